/**
 * The platform team's stack: two AWS accounts, P0 Security on both, and
 * Cloudflare Magic Cloud Networking, Northflank, Qtangl and Avisi Cloud on
 * the first. Each vendor is one construct from cloudbridge/constructs; the
 * CloudbridgeChecks aspect fails synth on unsafe trust policies.
 */
import { App, Aspects, LocalBackend, TerraformOutput, TerraformStack, type TerraformOutputConfig } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider, type AwsProviderConfig } from '@cdktf/provider-aws/lib/provider';
import {
  AvisiAwsCloudAccount,
  CloudbridgeChecks,
  CloudflareAwsCloudIntegration,
  NorthflankAwsIntegration,
  P0AwsAccountIntegration,
  QtanglAwsIntegration,
} from '../../constructs';
import { CloudbridgeProvider, type CloudbridgeProviderConfig } from '../../constructs/gen/providers/cloudbridge/provider';
import type { AwsAccountConfig, PlatformConfig } from './config';

/** The stack's name: its Terraform JSON is `<outdir>/stacks/platform/cdk.tf.json`. */
export const PLATFORM_STACK = 'platform';

/** Placeholder secret for the emulated AWS, which reads only the access key id (the account). */
const EMULATED_AWS_SECRET = 'emulated';

/** Drops undefined fields, so unset settings stay out of cdk.tf.json (the provider then reads its env var). */
function defined<T extends object>(obj: T): T | undefined {
  const out = Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(out).length > 0 ? out : undefined;
}

function awsProviderConfig(config: PlatformConfig, account: AwsAccountConfig, alias: string): AwsProviderConfig {
  const common = { alias, region: config.region, allowedAccountIds: [account.accountId] };
  const endpoints = config.awsEndpoint ? { endpoints: [{ iam: config.awsEndpoint, sts: config.awsEndpoint }] } : {};
  if (config.target === 'emulator') {
    return {
      ...common,
      ...endpoints,
      // The emulated IAM/STS: a 12-digit access key id selects that account.
      accessKey: account.accountId,
      secretKey: EMULATED_AWS_SECRET,
      skipMetadataApiCheck: 'true',
      skipRegionValidation: true,
    };
  }
  return {
    ...common,
    ...endpoints,
    ...(account.profile ? { profile: account.profile } : {}),
    ...(account.assumeRoleArn ? { assumeRole: [{ roleArn: account.assumeRoleArn, sessionName: 'cloudbridge-platform' }] } : {}),
  };
}

function stateOf(item: Construct | undefined): string {
  if (!item || !('state' in item)) throw new Error(`no installed P0 component at ${item?.node.path ?? '(missing)'}`);
  return (item as Construct & { state: string }).state;
}

export class PlatformStack extends TerraformStack {
  readonly awsA: AwsProvider;
  readonly awsB: AwsProvider;
  readonly p0: readonly [P0AwsAccountIntegration, P0AwsAccountIntegration];
  readonly cloudflare: CloudflareAwsCloudIntegration;
  readonly northflank: NorthflankAwsIntegration;
  readonly qtangl: QtanglAwsIntegration;
  readonly avisi: AvisiAwsCloudAccount;

  constructor(scope: Construct, id: string, config: PlatformConfig) {
    super(scope, id);
    // State next to cdk.tf.json (cdktf's default is an absolute path under the synth's cwd).
    new LocalBackend(this, { path: 'terraform.tfstate' });
    const [a, b] = config.accounts;
    const v = config.vendors;
    const cloudbridge: CloudbridgeProviderConfig = {
      p0: defined({ baseUrl: v.p0.baseUrl, orgId: v.p0.orgId }),
      cloudflare: defined({ baseUrl: v.cloudflare.baseUrl, accountId: v.cloudflare.accountId }),
      northflank: defined({ baseUrl: v.northflank.baseUrl }),
      avisi: defined({ baseUrl: v.avisi.baseUrl, organisation: v.avisi.organisation }),
      qtangl: defined({ baseUrl: v.qtangl.baseUrl }),
    };
    new CloudbridgeProvider(this, 'cloudbridge', cloudbridge);
    this.awsA = new AwsProvider(this, 'aws-account-a', awsProviderConfig(config, a, 'account_a'));
    this.awsB = new AwsProvider(this, 'aws-account-b', awsProviderConfig(config, b, 'account_b'));

    // P0 Security on both accounts, sharing the stack's one P0 integration root.
    this.p0 = [
      new P0AwsAccountIntegration(this, 'p0-account-a', {
        accountId: a.accountId,
        awsProvider: this.awsA,
        label: 'account-a',
        iamWrite: { login: { type: 'iam', identity: { type: 'email' } } },
        iamAssessment: true,
        inventory: true,
      }),
      new P0AwsAccountIntegration(this, 'p0-account-b', {
        accountId: b.accountId,
        awsProvider: this.awsB,
        label: 'account-b',
        iamWrite: { login: { type: 'iam', identity: { type: 'email' } } },
        inventory: true,
      }),
    ];

    // The other vendors on account A.
    this.cloudflare = new CloudflareAwsCloudIntegration(this, 'cloudflare', {
      friendlyName: 'platform-account-a',
      description: 'Magic Cloud Networking for account A (managed by cloudbridge)',
      awsProvider: this.awsA,
    });
    this.northflank = new NorthflankAwsIntegration(this, 'northflank', {
      name: 'platform-account-a',
      description: 'BYOC in account A (managed by cloudbridge)',
      awsProvider: this.awsA,
      northflankPrincipal: config.northflankPrincipal,
      features: ['byoc', 'route53'],
    });
    this.qtangl = new QtanglAwsIntegration(this, 'qtangl', {
      qtanglPrincipal: config.qtanglPrincipal,
      awsProvider: this.awsA,
      region: config.region,
    });
    this.avisi = new AvisiAwsCloudAccount(this, 'avisi', {
      displayName: 'platform-account-a',
      awsProvider: this.awsA,
    });

    Aspects.of(this).add(new CloudbridgeChecks({ trustedAccounts: [a.accountId, b.accountId] }));
    this.outputs(a.accountId, b.accountId);
  }

  /** One output per vendor: what the demo prints. Identifiers and states only, never a secret. */
  /** Output `name` (construct id `<name>-output`: the vendor constructs use the plain names). */
  private output(name: string, config: TerraformOutputConfig): void {
    new TerraformOutput(this, `${name}-output`, config).overrideLogicalId(name);
  }

  private outputs(accountA: string, accountB: string): void {
    const p0Account = (p0: P0AwsAccountIntegration, accountId: string) => ({
      account_id: accountId,
      components: Object.fromEntries(
        Object.keys(p0.installed).map((name) => [
          name,
          { state: stateOf(p0.installed[name]), role_arn: p0.roles[name]?.arn ?? '' },
        ]),
      ),
    });
    this.output('p0', {
      description: 'P0 Security: per account, each component and its IAM role',
      value: { account_a: p0Account(this.p0[0], accountA), account_b: p0Account(this.p0[1], accountB) },
    });
    this.output('cloudflare', {
      description: 'Cloudflare Magic Cloud Networking: integration, discovery state, IAM role',
      value: { integration_id: this.cloudflare.integration.id, state: this.cloudflare.state, role_arn: this.cloudflare.role.arn },
    });
    this.output('northflank', {
      description: 'Northflank: integration and its cross-account IAM role',
      value: { integration_id: this.northflank.integration.id, role_arn: this.northflank.role?.arn ?? '' },
    });
    this.output('qtangl', {
      description: 'Qtangl: integration, status, read-only IAM role',
      value: { integration_id: this.qtangl.integration.id, status: this.qtangl.integration.status, role_arn: this.qtangl.role.arn },
    });
    this.output('avisi', {
      description: 'Avisi Cloud: cloud account, primary credentials, IAM access key id',
      value: {
        cloud_account: this.avisi.account.identity,
        credentials: this.avisi.credentials.identity,
        primary_credentials: this.avisi.primary.credentialsIdentity,
        access_key_id: this.avisi.accessKey.id,
      },
    });
  }
}

/** A cdktf App holding the platform stack, writing to `outdir`. */
export function platformApp(config: PlatformConfig, outdir: string): { app: App; stack: PlatformStack } {
  const app = new App({ outdir, skipValidation: false });
  const stack = new PlatformStack(app, PLATFORM_STACK, config);
  return { app, stack };
}
