/** The trust-policy evaluator that vendor emulators use for their cross-checks. */
import { roleTrusts, vendorCanAssume, wildcardMatch, type TrustRequest } from '../../src/emulator/aws/trust';
import type { AwsRoleView, EmulatorWorld } from '../../src/emulator/types';

const VENDOR = '111122223333';
const OTHER = '444455556666';

const policy = (...Statement: unknown[]) => ({ trustPolicy: { Version: '2012-10-17', Statement } });
const assume = (AWS: string, context: Record<string, string> = {}): TrustRequest => ({ principal: { AWS }, action: 'sts:AssumeRole', context });

const vendorWithExternalId = policy({
  Sid: 'VendorAccess',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${VENDOR}:root` },
  Action: 'sts:AssumeRole',
  Condition: { StringEquals: { 'sts:ExternalId': 'ext-123' } },
});

describe('roleTrusts: principals', () => {
  it('allows the trusted account with the right external id and names the statement', () => {
    expect(roleTrusts(vendorWithExternalId, assume(VENDOR, { 'sts:ExternalId': 'ext-123' }))).toEqual({ allowed: true, reason: 'allowed by statement 0 (VendorAccess)' });
  });

  it('treats a bare account id and the :root ARN as the same account, for callers given either way', () => {
    const bare = policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole' });
    expect(roleTrusts(bare, assume(`arn:aws:iam::${VENDOR}:root`)).allowed).toBe(true);
    expect(roleTrusts(bare, assume(`arn:aws:iam::${VENDOR}:role/cloudflare-discovery`)).allowed).toBe(true);
    expect(roleTrusts(vendorWithExternalId, assume(`arn:aws:iam::${VENDOR}:user/svc`, { 'sts:ExternalId': 'ext-123' })).allowed).toBe(true);
  });

  it('refuses another account, naming the principal', () => {
    const d = roleTrusts(vendorWithExternalId, assume(OTHER, { 'sts:ExternalId': 'ext-123' }));
    expect(d.allowed).toBe(false);
    expect(d.reason).toBe(`no statement allows sts:AssumeRole for AWS ${OTHER}: statement 0 (VendorAccess): principal does not match AWS ${OTHER}`);
  });

  it('a specific role ARN trusts only that role (and its sessions), not the account root', () => {
    const p = policy({ Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${VENDOR}:role/svc/discovery`] }, Action: 'sts:AssumeRole' });
    expect(roleTrusts(p, assume(`arn:aws:iam::${VENDOR}:role/svc/discovery`)).allowed).toBe(true);
    expect(roleTrusts(p, assume(`arn:aws:sts::${VENDOR}:assumed-role/discovery/session-1`)).allowed).toBe(true);
    expect(roleTrusts(p, assume(VENDOR)).allowed).toBe(false);
    expect(roleTrusts(p, assume(`arn:aws:iam::${VENDOR}:role/other`)).allowed).toBe(false);
    expect(roleTrusts(p, assume(`arn:aws:sts::${VENDOR}:assumed-role/other/s`)).allowed).toBe(false);
  });

  it('accepts arrays of principals and the "*" forms', () => {
    const list = policy({ Effect: 'Allow', Principal: { AWS: [OTHER, `arn:aws:iam::${VENDOR}:root`] }, Action: 'sts:AssumeRole' });
    expect(roleTrusts(list, assume(VENDOR)).allowed).toBe(true);
    expect(roleTrusts(policy({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }), assume(OTHER)).allowed).toBe(true);
    expect(roleTrusts(policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }), assume(OTHER)).allowed).toBe(true);
  });

  it('matches Federated and Service principals exactly, and never an AWS caller against them', () => {
    const google = policy({
      Effect: 'Allow',
      Principal: { Federated: 'accounts.google.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'accounts.google.com:aud': '1234567890' } },
    });
    const web = (Federated: string, aud: string): TrustRequest => ({ principal: { Federated }, action: 'sts:AssumeRoleWithWebIdentity', context: { 'accounts.google.com:aud': aud } });
    expect(roleTrusts(google, web('accounts.google.com', '1234567890')).allowed).toBe(true);
    expect(roleTrusts(google, web('accounts.google.com', '999')).allowed).toBe(false);
    expect(roleTrusts(google, web('cognito-identity.amazonaws.com', '1234567890')).allowed).toBe(false);
    expect(roleTrusts(google, { principal: { AWS: VENDOR }, action: 'sts:AssumeRoleWithWebIdentity', context: { 'accounts.google.com:aud': '1234567890' } }).allowed).toBe(false);
    const lambda = policy({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });
    expect(roleTrusts(lambda, { principal: { Service: 'lambda.amazonaws.com' }, action: 'sts:AssumeRole' }).allowed).toBe(true);
    expect(roleTrusts(lambda, { principal: { Service: 'ec2.amazonaws.com' }, action: 'sts:AssumeRole' }).allowed).toBe(false);
  });

  it('NotPrincipal allows everyone except the listed principals', () => {
    const p = policy({ Effect: 'Allow', NotPrincipal: { AWS: OTHER }, Action: 'sts:AssumeRole' });
    expect(roleTrusts(p, assume(VENDOR)).allowed).toBe(true);
    expect(roleTrusts(p, assume(OTHER)).allowed).toBe(false);
  });
});

describe('roleTrusts: actions', () => {
  it('matches wildcards and arrays case-insensitively, and NotAction', () => {
    const p = (Action: unknown) => policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, Action });
    expect(roleTrusts(p('sts:*'), assume(VENDOR)).allowed).toBe(true);
    expect(roleTrusts(p('*'), assume(VENDOR)).allowed).toBe(true);
    expect(roleTrusts(p('STS:assumerole'), assume(VENDOR)).allowed).toBe(true);
    expect(roleTrusts(p('sts:AssumeRole?'), assume(VENDOR)).allowed).toBe(false);
    expect(roleTrusts(p(['sts:TagSession', 'sts:AssumeRole']), assume(VENDOR)).allowed).toBe(true);
    const web = roleTrusts(p('sts:AssumeRole'), { principal: { AWS: VENDOR }, action: 'sts:AssumeRoleWithWebIdentity' });
    expect(web).toEqual({ allowed: false, reason: `no statement allows sts:AssumeRoleWithWebIdentity for AWS ${VENDOR}: statement 0: action sts:AssumeRoleWithWebIdentity not listed` });
    const notAction = policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, NotAction: 'sts:AssumeRoleWithSAML' });
    expect(roleTrusts(notAction, assume(VENDOR)).allowed).toBe(true);
    expect(roleTrusts(notAction, { principal: { AWS: VENDOR }, action: 'sts:AssumeRoleWithSAML' }).allowed).toBe(false);
  });
});

describe('roleTrusts: conditions', () => {
  it('requires the external id: missing and wrong ids are refused with the reason', () => {
    expect(roleTrusts(vendorWithExternalId, assume(VENDOR))).toEqual({
      allowed: false,
      reason: `no statement allows sts:AssumeRole for AWS ${VENDOR}: statement 0 (VendorAccess): condition not met: sts:ExternalId is not in the request (StringEquals needs one of ["ext-123"])`,
    });
    expect(roleTrusts(vendorWithExternalId, assume(VENDOR, { 'sts:ExternalId': 'ext-124' })).reason).toContain(
      'StringEquals sts:ExternalId: "ext-124" does not satisfy ["ext-123"]',
    );
  });

  it('StringEquals is case-sensitive on values, keys are case-insensitive, any listed value matches', () => {
    const p = policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:externalid': ['a-1', 'b-2'] } } });
    expect(roleTrusts(p, assume(VENDOR, { 'sts:ExternalId': 'b-2' })).allowed).toBe(true);
    expect(roleTrusts(p, assume(VENDOR, { 'sts:ExternalId': 'A-1' })).allowed).toBe(false);
  });

  it('StringLike supports * and ?; StringEqualsIgnoreCase ignores case', () => {
    const like = policy({ Effect: 'Allow', Principal: { Federated: 'accounts.google.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'accounts.google.com:sub': 'svc-*-prod?' } } });
    const web = (sub: string): TrustRequest => ({ principal: { Federated: 'accounts.google.com' }, action: 'sts:AssumeRoleWithWebIdentity', context: { 'accounts.google.com:sub': sub } });
    expect(roleTrusts(like, web('svc-p0-prod1')).allowed).toBe(true);
    expect(roleTrusts(like, web('svc-p0-prod12')).allowed).toBe(false);
    expect(roleTrusts(like, web('x-svc-p0-prod1')).allowed).toBe(false);
    const ic = policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition: { StringEqualsIgnoreCase: { 'sts:ExternalId': 'ABC' } } });
    expect(roleTrusts(ic, assume(VENDOR, { 'sts:ExternalId': 'abc' })).allowed).toBe(true);
  });

  it('all operators and all keys must hold', () => {
    const p = policy({
      Effect: 'Allow',
      Principal: { AWS: VENDOR },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'x-1' }, StringLike: { 'aws:PrincipalTag/team': 'plat*' } },
    });
    expect(roleTrusts(p, assume(VENDOR, { 'sts:ExternalId': 'x-1', 'aws:PrincipalTag/team': 'platform' })).allowed).toBe(true);
    expect(roleTrusts(p, assume(VENDOR, { 'sts:ExternalId': 'x-1', 'aws:PrincipalTag/team': 'data' })).allowed).toBe(false);
    expect(roleTrusts(p, assume(VENDOR, { 'sts:ExternalId': 'x-1' })).allowed).toBe(false);
  });

  it('negated operators hold when the key is absent; IfExists passes on absence only', () => {
    const not = policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'sts:ExternalId': 'bad' } } });
    expect(roleTrusts(not, assume(VENDOR)).allowed).toBe(true);
    expect(roleTrusts(not, assume(VENDOR, { 'sts:ExternalId': 'bad' })).allowed).toBe(false);
    const ifExists = policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition: { StringEqualsIfExists: { 'sts:ExternalId': 'ok' } } });
    expect(roleTrusts(ifExists, assume(VENDOR)).allowed).toBe(true);
    expect(roleTrusts(ifExists, assume(VENDOR, { 'sts:ExternalId': 'ok' })).allowed).toBe(true);
    expect(roleTrusts(ifExists, assume(VENDOR, { 'sts:ExternalId': 'no' })).allowed).toBe(false);
  });

  it('Null and Bool', () => {
    const mustHave = policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition: { Null: { 'sts:ExternalId': 'false' } } });
    expect(roleTrusts(mustHave, assume(VENDOR, { 'sts:ExternalId': 'any' })).allowed).toBe(true);
    expect(roleTrusts(mustHave, assume(VENDOR)).allowed).toBe(false);
    const mfa = policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } });
    expect(roleTrusts(mfa, assume(VENDOR, { 'aws:MultiFactorAuthPresent': 'true' })).allowed).toBe(true);
    expect(roleTrusts(mfa, assume(VENDOR, { 'aws:MultiFactorAuthPresent': 'false' })).allowed).toBe(false);
  });

  it('an unsupported operator never grants: Allow does not apply, Deny does', () => {
    const allow = policy({ Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } });
    expect(roleTrusts(allow, assume(VENDOR, { 'aws:SourceIp': '10.1.2.3' }))).toEqual({
      allowed: false,
      reason: `no statement allows sts:AssumeRole for AWS ${VENDOR}: statement 0: unsupported condition operator IpAddress`,
    });
    const deny = policy(
      { Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole' },
      { Effect: 'Deny', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
    );
    expect(roleTrusts(deny, assume(VENDOR)).allowed).toBe(false);
  });
});

describe('roleTrusts: Allow and Deny together', () => {
  const both = policy(
    { Effect: 'Allow', Principal: { AWS: [VENDOR, OTHER] }, Action: 'sts:AssumeRole' },
    { Sid: 'NoOther', Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:*' },
  );

  it('an explicit Deny wins over an Allow, in any order', () => {
    expect(roleTrusts(both, assume(OTHER))).toEqual({ allowed: false, reason: 'explicitly denied by statement 1 (NoOther)' });
    expect(roleTrusts(both, assume(VENDOR))).toEqual({ allowed: true, reason: 'allowed by statement 0' });
    const reversed = { trustPolicy: { Statement: [...(both.trustPolicy.Statement as unknown[])].reverse() } };
    expect(roleTrusts(reversed, assume(OTHER)).allowed).toBe(false);
  });

  it('a Deny whose condition does not hold does not deny', () => {
    const p = policy(
      { Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole' },
      { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'sts:ExternalId': 'good' } } },
    );
    expect(roleTrusts(p, assume(VENDOR, { 'sts:ExternalId': 'good' })).allowed).toBe(true);
    expect(roleTrusts(p, assume(VENDOR, { 'sts:ExternalId': 'evil' })).reason).toBe('explicitly denied by statement 1');
  });

  it('a single statement object (not an array) works; empty or unreadable policies refuse', () => {
    expect(roleTrusts({ trustPolicy: { Statement: { Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'sts:AssumeRole' } } }, assume(VENDOR)).allowed).toBe(true);
    expect(roleTrusts({ trustPolicy: { Statement: [] } }, assume(VENDOR))).toEqual({ allowed: false, reason: 'the trust policy has no statements' });
    expect(roleTrusts({ trustPolicy: 'not json' }, assume(VENDOR))).toEqual({ allowed: false, reason: 'the role has no readable trust policy' });
  });
});

describe('wildcardMatch', () => {
  it('escapes regex metacharacters and anchors the match', () => {
    expect(wildcardMatch('a.b', 'a.b')).toBe(true);
    expect(wildcardMatch('a.b', 'axb')).toBe(false);
    expect(wildcardMatch('arn:aws:iam::*:role/(x)', 'arn:aws:iam::1:role/(x)')).toBe(true);
    expect(wildcardMatch('a*', 'ba')).toBe(false);
  });
});

describe('vendorCanAssume: the check a vendor runs on a customer role', () => {
  const VENDOR = 'arn:aws:iam::466203627421:root';
  const ARN = 'arn:aws:iam::123456789012:role/vendor';
  const worldWith = (trustPolicy: unknown): EmulatorWorld => {
    const role: AwsRoleView = { accountId: '123456789012', roleName: 'vendor', arn: ARN, trustPolicy, inlinePolicies: {}, attachedPolicyArns: [] };
    const aws = { getRole: () => role, getRoleByArn: (arn: string) => (arn === ARN ? role : undefined) };
    return { aws } as unknown as EmulatorWorld;
  };
  const trust = (condition?: unknown) => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '466203627421' }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }],
  });

  it('allows a role that trusts the vendor and requires its external id', () => {
    expect(vendorCanAssume(worldWith(trust({ StringEquals: { 'sts:ExternalId': 'ext-1' } })), ARN, VENDOR, 'ext-1')).toEqual({ allowed: true, reason: 'allowed by statement 0' });
  });

  it('refuses a wrong external id, a role that does not require one, and a missing role', () => {
    expect(vendorCanAssume(worldWith(trust({ StringEquals: { 'sts:ExternalId': 'ext-1' } })), ARN, VENDOR, 'ext-2').allowed).toBe(false);
    expect(vendorCanAssume(worldWith(trust()), ARN, VENDOR, 'ext-1')).toEqual({ allowed: false, reason: `the role lets ${VENDOR} assume it without sts:ExternalId` });
    expect(vendorCanAssume(worldWith(trust()), 'arn:aws:iam::123456789012:role/other', VENDOR, 'ext-1')).toEqual({ allowed: false, reason: 'no role arn:aws:iam::123456789012:role/other' });
  });

  it('without an external id, only the trust itself is checked', () => {
    expect(vendorCanAssume(worldWith(trust()), ARN, VENDOR).allowed).toBe(true);
    expect(vendorCanAssume(worldWith(trust({ StringEquals: { 'sts:ExternalId': 'ext-1' } })), ARN, VENDOR).allowed).toBe(false);
  });
});
