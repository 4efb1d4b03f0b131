import { AnnotationMetadataEntryType, App, Aspects, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { CloudbridgeChecks, acknowledgeRule } from '../../constructs/checks';
import { AwsPrincipal, ServicePrincipal, WebIdentityPrincipal, trustPolicy } from '../../constructs/iam';

const VENDOR_ACCOUNT = '111122223333';
const OWN_ACCOUNT = '444455556666';

function stackWith(build: (stack: Construct) => void, trustedAccounts: string[] = []): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'checks');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  build(stack);
  Aspects.of(stack).add(new CloudbridgeChecks({ trustedAccounts }));
  return { app, stack };
}

function role(scope: Construct, id: string, document: unknown, name = id): IamRole {
  return new IamRole(scope, id, { name, assumeRolePolicy: JSON.stringify(document) });
}

function synthErrors(app: App): string {
  try {
    app.synth();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

function infos(node: Construct): string[] {
  return node.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.INFO).map((m) => String(m.data));
}

describe('CB1 third-party trust needs a guard', () => {
  it('fails synth for a vendor account without sts:ExternalId, naming the rule and the principal', () => {
    const { app } = stackWith((s) => role(s, 'vendor', trustPolicy(new AwsPrincipal(VENDOR_ACCOUNT))));
    const message = synthErrors(app);
    expect(message).toContain('[CB1] third-party principal arn:aws:iam::111122223333:root is trusted without an sts:ExternalId condition');
    expect(message).toContain('checks/vendor');
  });

  it('passes with an external id', () => {
    const { app, stack } = stackWith((s) =>
      role(s, 'vendor', trustPolicy(new AwsPrincipal(VENDOR_ACCOUNT).withExternalId('ext-123'))),
    );
    expect(synthErrors(app)).toBe('');
    const synthesized = JSON.parse(Testing.synth(stack));
    const doc = JSON.parse(synthesized.resource.aws_iam_role.vendor.assume_role_policy);
    expect(doc.Statement[0].Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'ext-123' } });
  });

  it('fails for web identity without aud and passes with it', () => {
    const bad = stackWith((s) => role(s, 'gcp', trustPolicy(new WebIdentityPrincipal('accounts.google.com'))));
    expect(synthErrors(bad.app)).toContain('[CB1] web-identity principal accounts.google.com is trusted without a accounts.google.com:aud condition');
    const good = stackWith((s) =>
      role(s, 'gcp', trustPolicy(new WebIdentityPrincipal('accounts.google.com').withAudience('1234567890'))),
    );
    expect(synthErrors(good.app)).toBe('');
  });

  it('treats the customer\'s own accounts as trusted and ignores service principals', () => {
    const { app } = stackWith(
      (s) => role(s, 'own', trustPolicy(new AwsPrincipal(OWN_ACCOUNT, false), new ServicePrincipal('lambda.amazonaws.com'))),
      [OWN_ACCOUNT],
    );
    expect(synthErrors(app)).toBe('');
  });

  it('can be acknowledged on a parent scope with a reason, reported as info', () => {
    let holder: Construct | undefined;
    const { app } = stackWith((s) => {
      holder = new Construct(s, 'legacy');
      role(holder, 'vendor', trustPolicy(new AwsPrincipal(VENDOR_ACCOUNT)));
      acknowledgeRule(holder, 'CB1', 'vendor does not support external ids yet');
    });
    expect(synthErrors(app)).toBe('');
    const vendorRole = holder!.node.findChild('vendor') as IamRole;
    expect(infos(vendorRole)).toEqual([
      '[CB1] acknowledged: third-party principal arn:aws:iam::111122223333:root is trusted without an sts:ExternalId condition (reason: vendor does not support external ids yet)',
    ]);
  });

  it('refuses an acknowledgement without a reason', () => {
    const app = Testing.app();
    expect(() => acknowledgeRule(app, 'CB1', '  ')).toThrow('acknowledgeRule(CB1): a reason is required');
  });
});

describe('CB2 wildcard principal', () => {
  it('fails for "*" and for {"AWS": "*"}', () => {
    const star = stackWith((s) =>
      role(s, 'star', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }] }),
    );
    expect(synthErrors(star.app)).toContain('[CB2] the trust policy allows the * principal');
    const aws = stackWith((s) =>
      role(s, 'awsstar', {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }],
      }),
    );
    expect(synthErrors(aws.app)).toContain('[CB2]');
  });
});

describe('CB3 admin inline policy', () => {
  const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
  const scoped = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }] };

  it('fails for * on *', () => {
    const { app } = stackWith((s) => {
      const r = role(s, 'r', trustPolicy(new AwsPrincipal(VENDOR_ACCOUNT).withExternalId('x')));
      new IamRolePolicy(s, 'admin', { role: r.name, policy: JSON.stringify(admin) });
    });
    expect(synthErrors(app)).toContain('[CB3] the policy allows every action (*) on every resource (*)');
  });

  it('passes for a scoped policy', () => {
    const { app } = stackWith((s) => {
      const r = role(s, 'r', trustPolicy(new AwsPrincipal(VENDOR_ACCOUNT).withExternalId('x')));
      new IamRolePolicy(s, 'scoped', { role: r.name, policy: JSON.stringify(scoped) });
    });
    expect(synthErrors(app)).toBe('');
  });
});

describe('CB4 role name length', () => {
  it('fails over 64 characters and passes at 64', () => {
    const long = 'r'.repeat(65);
    const bad = stackWith((s) => role(s, 'long', trustPolicy(new ServicePrincipal('lambda.amazonaws.com')), long));
    expect(synthErrors(bad.app)).toContain(`[CB4] role name "${long}" is 65 characters; IAM allows 64`);
    const ok = stackWith((s) => role(s, 'ok', trustPolicy(new ServicePrincipal('lambda.amazonaws.com')), 'r'.repeat(64)));
    expect(synthErrors(ok.app)).toBe('');
  });
});

describe('trust values compose', () => {
  it('merges conditions of the same operator', () => {
    const p = new AwsPrincipal(VENDOR_ACCOUNT).withExternalId('a').withSourceAccount(OWN_ACCOUNT);
    expect(p.toStatement()).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'a', 'aws:SourceAccount': OWN_ACCOUNT } },
    });
  });

  it('keeps an ARN principal as given and rejects an empty one', () => {
    expect(new AwsPrincipal('arn:aws:iam::111122223333:role/x').principal).toEqual({ AWS: 'arn:aws:iam::111122223333:role/x' });
    expect(() => new AwsPrincipal('')).toThrow('AwsPrincipal: an account id or ARN is required');
  });
});
