/**
 * Evaluates a role's trust policy the way STS decides AssumeRole /
 * AssumeRoleWithWebIdentity: an explicit Deny wins, otherwise some Allow must
 * match the principal, the action and every condition.
 *
 * Supported: Principal / NotPrincipal (`"*"`, `AWS`, `Service`, `Federated`,
 * string or array; an account id or `arn:aws:iam::<acct>:root` stands for every
 * principal of that account), Action / NotAction with `*` and `?` wildcards,
 * and the condition operators StringEquals, StringNotEquals,
 * StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike,
 * Bool and Null, each optionally with `IfExists`. An unsupported operator
 * makes an Allow statement not apply and a Deny statement apply, so that the
 * evaluator never grants more than AWS would.
 */
import type { AwsRoleView, EmulatorWorld } from '../types';

export type TrustAction = 'sts:AssumeRole' | 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML' | 'sts:TagSession';

export interface TrustRequest {
  readonly principal: {
    /** A 12-digit account id (its root) or an IAM/STS ARN. */
    readonly AWS?: string;
    /** An identity provider, e.g. `accounts.google.com` or an OIDC provider ARN. */
    readonly Federated?: string;
    /** A service principal, e.g. `lambda.amazonaws.com`. */
    readonly Service?: string;
  };
  readonly action: TrustAction;
  /** Request context keys, e.g. `{'sts:ExternalId': 'x'}` or `{'accounts.google.com:aud': '123'}`. */
  readonly context?: Readonly<Record<string, string>>;
}

export interface TrustDecision {
  readonly allowed: boolean;
  readonly reason: string;
}

type Json = unknown;
type Statement = Record<string, Json>;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: Json): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** IAM wildcard match: `*` any run, `?` one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value);
}

interface ParsedArn {
  readonly service: string;
  readonly account: string;
  readonly resource: string;
}

function parseArn(arn: string): ParsedArn | undefined {
  const m = /^arn:aws[\w-]*:(iam|sts)::(\d{12}):(.+)$/.exec(arn);
  return m ? { service: m[1]!, account: m[2]!, resource: m[3]! } : undefined;
}

/** Account id and, for a role session, the role's name: `arn:aws:sts::1:assumed-role/Name/session`. */
function callerIdentity(aws: string): { account: string; arn?: string; assumedRoleName?: string } | undefined {
  if (/^\d{12}$/.test(aws)) return { account: aws };
  const parsed = parseArn(aws);
  if (!parsed) return undefined;
  if (parsed.resource === 'root') return { account: parsed.account };
  const session = /^assumed-role\/([^/]+)\/.+$/.exec(parsed.resource);
  return { account: parsed.account, arn: aws, assumedRoleName: session?.[1] };
}

/** Does one `AWS` principal entry of the policy cover the caller? */
function awsEntryMatches(entry: string, caller: string): boolean {
  if (entry === '*') return true;
  const who = callerIdentity(caller);
  if (!who) return entry === caller;
  // Account-wide forms: "123456789012" and "arn:aws:iam::123456789012:root".
  if (/^\d{12}$/.test(entry)) return entry === who.account;
  const parsed = parseArn(entry);
  if (!parsed) return false;
  if (parsed.resource === 'root') return parsed.account === who.account;
  if (who.arn === undefined) return false; // the account's root is not a specific role or user
  if (entry === who.arn) return true;
  // A role's session is covered by the role's ARN (any path).
  if (who.assumedRoleName && parsed.account === who.account && parsed.resource.startsWith('role/')) {
    return parsed.resource.slice(parsed.resource.lastIndexOf('/') + 1) === who.assumedRoleName;
  }
  return false;
}

function principalMatches(principal: Json, request: TrustRequest): boolean {
  if (principal === '*') return true;
  if (!isObject(principal)) return false;
  const { AWS, Federated, Service } = request.principal;
  for (const [type, values] of Object.entries(principal)) {
    for (const entry of asList(values)) {
      if (typeof entry !== 'string') continue;
      if (type === 'AWS' && AWS !== undefined && awsEntryMatches(entry, AWS)) return true;
      if (type === 'Federated' && Federated !== undefined && (entry === Federated || entry === '*')) return true;
      if (type === 'Service' && Service !== undefined && (entry === Service || entry === '*')) return true;
    }
  }
  return false;
}

function actionMatches(statement: Statement, action: string): boolean {
  if ('NotAction' in statement) return !asList(statement['NotAction']).some((a) => typeof a === 'string' && wildcardMatch(a, action, true));
  return asList(statement['Action']).some((a) => typeof a === 'string' && wildcardMatch(a, action, true));
}

/** Context lookup: condition keys are case-insensitive. */
function contextValue(context: Readonly<Record<string, string>>, key: string): string | undefined {
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(context)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

type ConditionResult = { ok: true } | { ok: false; why: string };

const SUPPORTED_OPERATORS = new Set([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'Bool',
  'Null',
]);

/** One operator over one key: `values` are ORed. */
function evaluateOperator(operator: string, key: string, values: readonly string[], actual: string | undefined): ConditionResult | 'unsupported' {
  const ifExists = operator.endsWith('IfExists');
  const base = ifExists ? operator.slice(0, -'IfExists'.length) : operator;
  const fail = (why: string): ConditionResult => ({ ok: false, why });
  if (!SUPPORTED_OPERATORS.has(base)) return 'unsupported';
  if (base === 'Null') {
    const wantsMissing = values.some((v) => v.toLowerCase() === 'true');
    const missing = actual === undefined;
    return missing === wantsMissing ? { ok: true } : fail(`${key} is ${missing ? 'absent' : 'present'}`);
  }
  const negated = /Not/.test(base);
  if (actual === undefined) {
    if (ifExists || negated) return { ok: true };
    return fail(`${key} is not in the request (${operator} needs one of ${JSON.stringify(values)})`);
  }
  let hit: boolean;
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
      hit = values.includes(actual);
      break;
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      hit = values.some((v) => v.toLowerCase() === actual.toLowerCase());
      break;
    case 'StringLike':
    case 'StringNotLike':
      hit = values.some((v) => wildcardMatch(v, actual));
      break;
    default: // Bool
      hit = values.some((v) => v.toLowerCase() === actual.toLowerCase());
  }
  if (negated) hit = !hit;
  return hit ? { ok: true } : fail(`${operator} ${key}: ${JSON.stringify(actual)} does not satisfy ${JSON.stringify(values)}`);
}

/** Every operator and every key must hold (AND); `unsupported` names the first unknown operator. */
function conditionsHold(condition: Json, context: Readonly<Record<string, string>>): ConditionResult | { unsupported: string } {
  if (condition === undefined) return { ok: true };
  if (!isObject(condition)) return { ok: false, why: 'malformed Condition' };
  for (const [operator, block] of Object.entries(condition)) {
    if (!isObject(block)) return { ok: false, why: `malformed ${operator} block` };
    for (const [key, raw] of Object.entries(block)) {
      const values = asList(raw).map((v) => String(v));
      const result = evaluateOperator(operator, key, values, contextValue(context, key));
      if (result === 'unsupported') return { unsupported: operator };
      if (!result.ok) return result;
    }
  }
  return { ok: true };
}

function describePrincipal(request: TrustRequest): string {
  const parts = Object.entries(request.principal).filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v}`);
  return parts.length > 0 ? parts.join(', ') : 'no principal';
}

const label = (s: Statement, i: number): string => (typeof s['Sid'] === 'string' && s['Sid'] !== '' ? `statement ${i} (${s['Sid']})` : `statement ${i}`);

/**
 * Would `role`'s trust policy let `request.principal` perform `request.action`?
 * `role` may be an `AwsRoleView` or anything with the parsed `trustPolicy`.
 */
export function roleTrusts(role: Pick<AwsRoleView, 'trustPolicy'>, request: TrustRequest): TrustDecision {
  const policy = role.trustPolicy;
  if (!isObject(policy)) return { allowed: false, reason: 'the role has no readable trust policy' };
  const statements = asList(policy['Statement']).filter(isObject);
  const context = request.context ?? {};
  const who = describePrincipal(request);
  const misses: string[] = [];
  let allowedBy: string | undefined;

  for (const [i, statement] of statements.entries()) {
    const name = label(statement, i);
    const effect = statement['Effect'];
    const isDeny = effect === 'Deny';
    // Only Allow statements explain a refusal; a Deny that does not apply is noise.
    const miss = (why: string): void => {
      if (!isDeny) misses.push(`${name}: ${why}`);
    };
    if (!actionMatches(statement, request.action)) {
      miss(`action ${request.action} not listed`);
      continue;
    }
    const principalHit =
      'NotPrincipal' in statement ? !principalMatches(statement['NotPrincipal'], request) : principalMatches(statement['Principal'], request);
    if (!principalHit) {
      miss(`principal does not match ${who}`);
      continue;
    }
    const conditions = conditionsHold(statement['Condition'], context);
    if ('unsupported' in conditions) {
      if (isDeny) return { allowed: false, reason: `explicitly denied by ${name} (unsupported condition operator ${conditions.unsupported} treated as matching)` };
      miss(`unsupported condition operator ${conditions.unsupported}`);
      continue;
    }
    if (!conditions.ok) {
      miss(`condition not met: ${conditions.why}`);
      continue;
    }
    if (isDeny) return { allowed: false, reason: `explicitly denied by ${name}` };
    if (effect === 'Allow') allowedBy ??= name;
  }
  if (allowedBy !== undefined) return { allowed: true, reason: `allowed by ${allowedBy}` };
  if (statements.length === 0) return { allowed: false, reason: 'the trust policy has no statements' };
  return { allowed: false, reason: `no statement allows ${request.action} for ${who}${misses.length > 0 ? `: ${misses.join('; ')}` : ''}` };
}

/**
 * A vendor's check that it can use a customer's role: may `principalArn` (the vendor's AWS
 * principal) call `sts:AssumeRole` on the role at `roleArn` with `externalId`? With an external
 * id the role must also *require* it (the confused-deputy guard vendors check): a role that the
 * vendor could assume without it is refused. Reads the emulated AWS account, as the real vendors
 * read the customer's.
 */
export function vendorCanAssume(world: EmulatorWorld, roleArn: string, principalArn: string, externalId?: string): TrustDecision {
  const role = world.aws.getRoleByArn(roleArn);
  if (!role) return { allowed: false, reason: `no role ${roleArn}` };
  const principal = { AWS: principalArn };
  if (!externalId) return roleTrusts(role, { principal, action: 'sts:AssumeRole' });
  const withId = roleTrusts(role, { principal, action: 'sts:AssumeRole', context: { 'sts:ExternalId': externalId } });
  if (!withId.allowed) return withId;
  if (roleTrusts(role, { principal, action: 'sts:AssumeRole' }).allowed) {
    return { allowed: false, reason: `the role lets ${principalArn} assume it without sts:ExternalId` };
  }
  return withId;
}
