/**
 * IAM's checks on policy documents, with its MalformedPolicyDocument wording.
 * Trust policies (AssumeRolePolicyDocument) need a Principal and may not name
 * a Resource; identity policies (inline, managed) are the other way round.
 */
import { limitExceeded, malformedPolicy } from './errors';

export type PolicyKind = 'trust' | 'identity';

const STATEMENT_FIELDS = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const TOP_LEVEL_FIELDS = new Set(['Version', 'Id', 'Statement']);
const VERSIONS = new Set(['2012-10-17', '2008-10-17']);
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);

const AWS_PRINCIPAL = /^(\*|\d{12}|arn:aws[\w-]*:iam::\d{12}:(root|(role|user)\/[\w+=,.@/-]+)|arn:aws[\w-]*:sts::\d{12}:(assumed-role|federated-user)\/[\w+=,.@/-]+)$/;
const ACTION = /^(\*|[a-zA-Z0-9-]+:[\w*?-]+)$/;
const SID = /^[0-9A-Za-z]*$/;

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: Json): Json[] => (Array.isArray(v) ? v : [v]);
const syntax = () => malformedPolicy('Syntax errors in policy.');

/** Non-whitespace characters, which is how IAM measures policy size quotas. */
export const policySize = (document: string): number => document.replace(/\s/g, '').length;

/** Trust policies: IAM's default quota. */
export const TRUST_POLICY_MAX_SIZE = 2048;
/** Aggregate inline policy size per role / per user. */
export const ROLE_INLINE_POLICIES_MAX_SIZE = 10240;
export const USER_INLINE_POLICIES_MAX_SIZE = 2048;

/** Parse and check a document; returns the parsed JSON. */
export function validatePolicyDocument(document: string, kind: PolicyKind): Record<string, Json> {
  let parsed: Json;
  try {
    parsed = JSON.parse(document);
  } catch {
    throw malformedPolicy('This policy contains invalid Json');
  }
  if (!isObject(parsed)) throw malformedPolicy('This policy contains invalid Json');
  for (const key of Object.keys(parsed)) if (!TOP_LEVEL_FIELDS.has(key)) throw syntax();
  if ('Version' in parsed && (typeof parsed['Version'] !== 'string' || !VERSIONS.has(parsed['Version']))) throw malformedPolicy('The policy failed legacy parsing');
  if (!('Statement' in parsed)) throw syntax();
  const statements = asList(parsed['Statement']);
  if (statements.length === 0) throw syntax();
  const sids = new Set<string>();
  for (const statement of statements) {
    if (!isObject(statement)) throw syntax();
    for (const key of Object.keys(statement)) if (!STATEMENT_FIELDS.has(key)) throw syntax();
    const sid = statement['Sid'];
    if (sid !== undefined) {
      if (typeof sid !== 'string') throw syntax();
      if (kind === 'identity' && !SID.test(sid)) throw malformedPolicy('Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*');
      if (sid !== '' && sids.has(sid)) throw malformedPolicy('Statement IDs (SID) in a single policy must be unique.');
      sids.add(sid);
    }
    const effect = statement['Effect'];
    if (effect === undefined) throw malformedPolicy('Missing required field Effect');
    if (effect !== 'Allow' && effect !== 'Deny') throw malformedPolicy(`Invalid effect: ${String(effect)}`);
    checkActions(statement, kind);
    if (kind === 'trust') {
      if ('Resource' in statement) throw malformedPolicy('Has prohibited field Resource');
      if ('NotResource' in statement) throw malformedPolicy('Has prohibited field NotResource');
      if (!('Principal' in statement) && !('NotPrincipal' in statement)) throw malformedPolicy('Missing required field Principal');
      checkPrincipal(statement['Principal'] ?? statement['NotPrincipal']);
    } else {
      if ('Principal' in statement || 'NotPrincipal' in statement) throw malformedPolicy('Policy document should not specify a principal.');
      if (!('Resource' in statement) && !('NotResource' in statement)) throw malformedPolicy('Policy statement must contain resources.');
      const resources = asList(statement['Resource'] ?? statement['NotResource']);
      if (resources.length === 0 || resources.some((r) => typeof r !== 'string' || r === '')) throw syntax();
    }
    if ('Condition' in statement) checkCondition(statement['Condition']);
  }
  return parsed;
}

function checkActions(statement: Record<string, Json>, kind: PolicyKind): void {
  if (!('Action' in statement) && !('NotAction' in statement)) throw malformedPolicy('Policy statement must contain actions.');
  const actions = asList(statement['Action'] ?? statement['NotAction']);
  if (actions.length === 0) throw malformedPolicy('Policy statement must contain actions.');
  for (const action of actions) {
    if (typeof action !== 'string') throw syntax();
    if (!ACTION.test(action)) throw malformedPolicy('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
    if (kind === 'trust' && 'Action' in statement && action !== '*' && !action.toLowerCase().startsWith('sts:')) {
      throw malformedPolicy('AssumeRole policy may only specify STS AssumeRole actions.');
    }
  }
}

function checkPrincipal(principal: Json): void {
  if (principal === '*') return;
  if (!isObject(principal) || Object.keys(principal).length === 0) throw syntax();
  for (const [type, value] of Object.entries(principal)) {
    if (!PRINCIPAL_TYPES.has(type)) throw malformedPolicy(`Invalid principal in policy: "${type}"`);
    const values = asList(value);
    if (values.length === 0) throw syntax();
    for (const v of values) {
      if (typeof v !== 'string' || v.trim() === '' || /\s/.test(v)) throw malformedPolicy(`Invalid principal in policy: "${type}":${JSON.stringify(v)}`);
      if (type === 'AWS' && !AWS_PRINCIPAL.test(v)) throw malformedPolicy(`Invalid principal in policy: "AWS":"${v}"`);
    }
  }
}

function checkCondition(condition: Json): void {
  if (!isObject(condition)) throw syntax();
  for (const [operator, block] of Object.entries(condition)) {
    if (!/^(ForAnyValue:|ForAllValues:)?[A-Za-z]+$/.test(operator)) throw malformedPolicy(`Invalid Condition type : ${operator}`);
    if (!isObject(block)) throw syntax();
    for (const [key, value] of Object.entries(block)) {
      if (!/^[\w.:/-]+$/.test(key) && !key.includes('/')) throw malformedPolicy('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
      for (const v of asList(value)) if (!['string', 'number', 'boolean'].includes(typeof v)) throw syntax();
    }
  }
}

export function checkTrustPolicySize(document: string): void {
  if (policySize(document) > TRUST_POLICY_MAX_SIZE) throw limitExceeded(`Cannot exceed quota for ACLSizePerRole: ${TRUST_POLICY_MAX_SIZE}`);
}
