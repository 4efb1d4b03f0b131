/**
 * The synth-time rules, one by one: each has a failing and a passing case,
 * both as a bare rule and through the CloudbridgeChecks Aspect (errors fail
 * synth), and each can be acknowledged per construct with a reason.
 */
import { AnnotationMetadataEntryType, App, TerraformStack, Testing } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user';
import { IamUserPolicy } from '@cdktf/provider-aws/lib/iam-user-policy';
import {
  AvisiAwsCloudAccount,
  CloudbridgeChecks,
  CloudflareAwsCloudIntegration,
  NorthflankAwsIntegration,
  P0AwsAccountIntegration,
  P0LambdaFunctionCaller,
  QtanglAwsIntegration,
  acknowledgeRule,
  defaultRules,
  noAdminInlinePolicy,
  noWildcardPrincipal,
  roleNameLength,
  thirdPartyTrustRequiresGuard,
} from '../../constructs';
import { CloudbridgeProvider } from '../../constructs/gen/providers/cloudbridge/provider';
import {
  AwsPrincipal,
  PrincipalWithConditions,
  ServicePrincipal,
  TrustConditions,
  WebIdentityPrincipal,
  trustPolicy,
} from '../../constructs/iam';

const VENDOR = '111122223333';
const OWN = '444455556666';
const GUARDED = trustPolicy(new AwsPrincipal(VENDOR).withExternalId('ext-1'));
const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const SCOPED = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }] };

function stack(build: (scope: Construct) => void, trustedAccounts: string[] = []): App {
  const app = Testing.app();
  const s = new TerraformStack(app, 'rules');
  new AwsProvider(s, 'aws', { region: 'us-east-1' });
  new CloudbridgeProvider(s, 'cloudbridge', {});
  build(s);
  CloudbridgeChecks.applyTo(s, { trustedAccounts });
  return app;
}

function synthError(app: App): string {
  try {
    app.synth();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

function annotations(node: IConstruct, type: string): string[] {
  return node.node.metadata.filter((m) => m.type === type).map((m) => String(m.data));
}

/** Every annotation in the tree, as `path: message`. */
function allAnnotations(app: App, type: string): string[] {
  return app.node.findAll().flatMap((c) => annotations(c, type).map((m) => `${c.node.path}: ${m}`));
}

function role(scope: Construct, id: string, document: unknown, name = id): IamRole {
  return new IamRole(scope, id, { name, assumeRolePolicy: JSON.stringify(document) });
}

describe('CB1 third-party trust requires sts:ExternalId or aud', () => {
  const rule = thirdPartyTrustRequiresGuard([OWN]);
  const check = (document: unknown): string[] => {
    let findings: string[] = [];
    stack((s) => (findings = rule.check(role(s, 'r', document))));
    return findings;
  };

  it('finds an AWS principal without an external id and a web identity without aud', () => {
    expect(check(trustPolicy(new AwsPrincipal(VENDOR)))).toEqual([
      'third-party principal arn:aws:iam::111122223333:root is trusted without an sts:ExternalId condition',
    ]);
    expect(check(trustPolicy(new WebIdentityPrincipal('accounts.google.com').withSourceAccount(OWN)))).toEqual([
      'web-identity principal accounts.google.com is trusted without a accounts.google.com:aud condition',
    ]);
  });

  it('does not count a negative or Null condition as the guard', () => {
    const statement = (Condition: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition }] });
    expect(check(statement({ StringNotEquals: { 'sts:ExternalId': 'x' } }))).toEqual([`third-party principal ${VENDOR} is trusted without an sts:ExternalId condition`]);
    expect(check(statement({ Null: { 'sts:ExternalId': 'false' } }))).toEqual([`third-party principal ${VENDOR} is trusted without an sts:ExternalId condition`]);
    expect(check(statement({ StringLike: { 'sts:ExternalId': 'x-*' } }))).toEqual([]);
  });

  it('does not count a condition that holds without the key, or a wildcard-only match', () => {
    const statement = (Condition: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition }] });
    const finding = [`third-party principal ${VENDOR} is trusted without an sts:ExternalId condition`];
    expect(check(statement({ StringEqualsIfExists: { 'sts:ExternalId': 'x' } }))).toEqual(finding);
    expect(check(statement({ StringLike: { 'sts:ExternalId': '*' } }))).toEqual(finding);
    expect(check(statement({ StringLike: { 'sts:ExternalId': ['?*', '*'] } }))).toEqual(finding);
    expect(check(statement({ StringEquals: { 'sts:ExternalId': '' } }))).toEqual(finding);
    expect(check(statement({ 'ForAllValues:StringEquals': { 'sts:ExternalId': 'x' } }))).toEqual(finding);
    expect(check(statement({ 'ForAnyValue:StringEquals': { 'sts:ExternalId': ['x', 'y'] } }))).toEqual([]);
    expect(check(statement({ StringEqualsIgnoreCase: { 'sts:ExternalId': 'x' } }))).toEqual([]);
  });

  it('passes with the guard, for the customer\'s own accounts, and for services', () => {
    expect(check(GUARDED)).toEqual([]);
    expect(check(trustPolicy(new WebIdentityPrincipal('accounts.google.com').withAudience('1234')))).toEqual([]);
    expect(check(trustPolicy(new AwsPrincipal(OWN, false), new ServicePrincipal('lambda.amazonaws.com')))).toEqual([]);
  });

  it('fails synth through the Aspect and passes once guarded', () => {
    expect(synthError(stack((s) => role(s, 'vendor', trustPolicy(new AwsPrincipal(VENDOR)))))).toContain(
      '[CB1] third-party principal arn:aws:iam::111122223333:root is trusted without an sts:ExternalId condition',
    );
    expect(synthError(stack((s) => role(s, 'vendor', GUARDED)))).toBe('');
  });
});

describe('CB2 no * principal', () => {
  it('fails for "*" and {"AWS": "*"}, passes for a named principal', () => {
    let findings: string[][] = [];
    stack((s) => {
      findings = [
        noWildcardPrincipal.check(role(s, 'star', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }] })),
        noWildcardPrincipal.check(
          role(s, 'aws-star', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 'sts:AssumeRole' }] }),
        ),
        noWildcardPrincipal.check(role(s, 'named', GUARDED)),
      ];
    });
    expect(findings).toEqual([['the trust policy allows the * principal'], ['the trust policy allows the * principal'], []]);
  });

  it('fails synth through the Aspect and passes for a named principal', () => {
    const star = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: TrustConditions.externalId('x') }] };
    expect(synthError(stack((s) => role(s, 'star', star)))).toContain('[CB2] the trust policy allows the * principal');
    expect(synthError(stack((s) => role(s, 'named', GUARDED)))).toBe('');
  });

  it('can be acknowledged on the role with a reason', () => {
    let r: IamRole | undefined;
    const star = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: TrustConditions.externalId('x') }] };
    const app = stack((s) => {
      r = role(s, 'star', star);
      acknowledgeRule(r, 'CB2', 'public read-only probe role');
    });
    expect(synthError(app)).toBe('');
    expect(annotations(r!, AnnotationMetadataEntryType.INFO)).toEqual(['[CB2] acknowledged: the trust policy allows the * principal (reason: public read-only probe role)']);
  });
});

describe('CB3 no * on * in a policy', () => {
  it('fails for an aws_iam_role_policy, an aws_iam_user_policy and a role inline_policy block', () => {
    const message = synthError(
      stack((s) => {
        const r = role(s, 'r', GUARDED);
        new IamRolePolicy(s, 'role-admin', { role: r.name, policy: JSON.stringify(ADMIN) });
        const u = new IamUser(s, 'u', { name: 'u' });
        new IamUserPolicy(s, 'user-admin', { user: u.name, policy: JSON.stringify(ADMIN) });
        new IamRole(s, 'inline', { name: 'inline', assumeRolePolicy: JSON.stringify(GUARDED), inlinePolicy: [{ name: 'admin', policy: JSON.stringify(ADMIN) }] });
      }),
    );
    for (const path of ['rules/role-admin', 'rules/user-admin', 'rules/inline']) {
      expect(message).toContain(`[${path}] [CB3] the policy allows every action (*) on every resource (*): a policy must not allow * on *`);
    }
  });

  it('passes for scoped policies', () => {
    let findings: string[] = ['unset'];
    const app = stack((s) => {
      const r = role(s, 'r', GUARDED);
      findings = noAdminInlinePolicy.check(new IamRolePolicy(s, 'scoped', { role: r.name, policy: JSON.stringify(SCOPED) }));
      new IamRole(s, 'inline', { name: 'inline', assumeRolePolicy: JSON.stringify(GUARDED), inlinePolicy: [{ name: 'scoped', policy: JSON.stringify(SCOPED) }] });
    });
    expect(findings).toEqual([]);
    expect(synthError(app)).toBe('');
  });

  it('can be acknowledged on the policy with a reason, and only there', () => {
    const app = stack((s) => {
      const r = role(s, 'r', GUARDED);
      const accepted = new IamRolePolicy(s, 'accepted', { role: r.name, policy: JSON.stringify(ADMIN) });
      CloudbridgeChecks.acknowledge(accepted, 'CB3', 'break-glass role');
      new IamRolePolicy(s, 'other', { role: r.name, policy: JSON.stringify(ADMIN) });
    });
    const message = synthError(app);
    expect(message).toContain('rules/other');
    expect(message).not.toContain('rules/accepted');
    expect(allAnnotations(app, AnnotationMetadataEntryType.INFO)).toEqual([
      'rules/accepted: [CB3] acknowledged: the policy allows every action (*) on every resource (*) (reason: break-glass role)',
    ]);
  });
});

describe('CB4 role name length', () => {
  const long = 'n'.repeat(65);

  it('fails over 64 characters and passes at 64', () => {
    let findings: string[][] = [];
    stack((s) => {
      findings = [roleNameLength.check(role(s, 'long', GUARDED, long)), roleNameLength.check(role(s, 'ok', GUARDED, 'n'.repeat(64)))];
    });
    expect(findings).toEqual([[`role name "${long}" is 65 characters; IAM allows 64`], []]);
    expect(synthError(stack((s) => role(s, 'long', GUARDED, long)))).toContain(`[CB4] role name "${long}" is 65 characters; IAM allows 64`);
    expect(synthError(stack((s) => role(s, 'ok', GUARDED, 'n'.repeat(64))))).toBe('');
  });

  it('fails a name_prefix over 38 characters (the aws provider adds a 26-character suffix) and passes at 38', () => {
    let findings: string[][] = [];
    stack((s) => {
      const prefixed = (id: string, namePrefix: string) => new IamRole(s, id, { namePrefix, assumeRolePolicy: JSON.stringify(GUARDED) });
      findings = [roleNameLength.check(prefixed('long', 'p'.repeat(39))), roleNameLength.check(prefixed('ok', 'p'.repeat(38)))];
    });
    expect(findings).toEqual([[`role name_prefix "${'p'.repeat(39)}" is 39 characters; with the 26-character unique suffix IAM allows 38`], []]);
  });

  it('checks the name a vendor construct is given', () => {
    const message = synthError(
      stack((s) => new CloudflareAwsCloudIntegration(s, 'cf', { friendlyName: 'prod', awsProvider: s.node.findChild('aws') as AwsProvider, roleName: long })),
    );
    expect(message).toContain(`[rules/cf/role] [CB4] role name "${long}" is 65 characters; IAM allows 64`);
  });

  it('can be acknowledged on a parent construct with a reason', () => {
    const app = stack((s) => {
      const team = new Construct(s, 'team');
      role(team, 'long', GUARDED, long);
      acknowledgeRule(team, 'CB4', 'the name is checked by the team\'s own pipeline');
    });
    expect(synthError(app)).toBe('');
    expect(allAnnotations(app, AnnotationMetadataEntryType.INFO)).toEqual([
      `rules/team/long: [CB4] acknowledged: role name "${long}" is 65 characters; IAM allows 64 (reason: the name is checked by the team's own pipeline)`,
    ]);
  });
});

describe('acknowledgements', () => {
  it('cover only the rule named: acknowledging CB1 leaves CB2 failing on the same role', () => {
    const app = stack((s) => {
      const r = role(s, 'star', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] });
      acknowledgeRule(r, 'CB1', 'not a vendor');
    });
    const message = synthError(app);
    expect(message).toContain('[CB2]');
    expect(message).not.toContain('[CB1]');
  });

  it('need a reason', () => {
    expect(() => acknowledgeRule(Testing.app(), 'CB1', '')).toThrow('acknowledgeRule(CB1): a reason is required');
  });
});

describe('the vendor constructs under the checks', () => {
  it('synthesize with no error, warning or acknowledgement', () => {
    const app = stack((s) => {
      const aws = s.node.findChild('aws') as AwsProvider;
      new P0AwsAccountIntegration(s, 'p0', { accountId: OWN, awsProvider: aws, iamWrite: { login: { type: 'iam' } }, iamAssessment: true, inventory: true });
      new P0LambdaFunctionCaller(s, 'p0-fn', { functionArn: `arn:aws:lambda:us-east-1:${OWN}:function:f`, awsProvider: aws });
      new CloudflareAwsCloudIntegration(s, 'cf', { friendlyName: 'prod', awsProvider: aws });
      new NorthflankAwsIntegration(s, 'nf', { name: 'platform', awsProvider: aws, northflankPrincipal: VENDOR, features: ['byoc', 'route53'] });
      new QtanglAwsIntegration(s, 'q', { qtanglPrincipal: VENDOR, awsProvider: aws, region: 'us-east-1' });
      new AvisiAwsCloudAccount(s, 'avisi', { displayName: 'platform', awsProvider: aws });
    }, [OWN]);
    expect(synthError(app)).toBe('');
    for (const type of [AnnotationMetadataEntryType.ERROR, AnnotationMetadataEntryType.WARN, AnnotationMetadataEntryType.INFO]) {
      expect(allAnnotations(app, type)).toEqual([]);
    }
  });

  it('apply every rule by default', () => {
    expect(defaultRules().map((r) => r.id)).toEqual(['CB1', 'CB2', 'CB3', 'CB4']);
    expect(new CloudbridgeChecks().rules.map((r) => r.id)).toEqual(['CB1', 'CB2', 'CB3', 'CB4']);
  });
});

describe('trust values compose', () => {
  it('merge external id, source account and audience conditions', () => {
    const p = new WebIdentityPrincipal('accounts.google.com').withSourceAccount(OWN).withAudience('sa-1');
    expect(p).toBeInstanceOf(PrincipalWithConditions);
    expect(p.toStatement()).toEqual({
      Effect: 'Allow',
      Principal: { Federated: 'accounts.google.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'aws:SourceAccount': OWN, 'accounts.google.com:aud': 'sa-1' } },
    });
  });

  it('take condition values and collect repeated keys', () => {
    const p = new AwsPrincipal(VENDOR).withConditions(TrustConditions.externalId('a'), TrustConditions.externalId('b'), TrustConditions.sourceAccount(OWN));
    expect(p.toStatement('Vendor')).toEqual({
      Sid: 'Vendor',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': ['a', 'b'], 'aws:SourceAccount': OWN } },
    });
    expect(TrustConditions.audience('token.actions.githubusercontent.com', 'sts.amazonaws.com')).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
    });
  });

  it('fail early on bad values', () => {
    expect(() => new AwsPrincipal(VENDOR).withAudience('x')).toThrow('withAudience: only a web-identity (Federated) principal has an audience');
    expect(() => TrustConditions.externalId('')).toThrow('TrustConditions.externalId: a non-empty external id is required');
    expect(() => new WebIdentityPrincipal('')).toThrow('WebIdentityPrincipal: a provider is required');
    expect(() => trustPolicy()).toThrow('trustPolicy: at least one principal is required');
  });
});
