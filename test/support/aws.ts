/**
 * Test helpers for the emulated AWS: signed-looking IAM/STS query calls, a
 * small XML reader for their answers, and out-of-band role set-up and removal
 * (through the real query API, as a person with the AWS CLI would do it).
 *
 *   await createRole(em, '123456789012', 'vendor-role', trustPolicy, { inline: policy });
 *   await deleteRole(em, '123456789012', 'vendor-role');
 */
import type { RunningEmulator } from '../../src/emulator/server';

export type AwsEndpoint = Pick<RunningEmulator, 'endpoints'>;

export interface AwsQueryResult {
  readonly status: number;
  readonly text: string;
  readonly xml: XmlElement;
  readonly headers: Headers;
}

export interface AwsQueryOptions {
  /** `iam` (default) or `sts`: the SigV4 credential scope. */
  readonly service?: 'iam' | 'sts';
  /** false sends no Authorization header. */
  readonly signed?: boolean;
  /** Replace the Authorization header outright. */
  readonly authorization?: string;
  /** Add `Version=` automatically (default true). */
  readonly version?: boolean;
}

/** A SigV4 Authorization header with `accessKeyId` in its Credential; the signature is not checked by the emulator. */
export function sigV4Authorization(accessKeyId: string, service: 'iam' | 'sts' = 'iam', region = 'us-east-1'): string {
  return `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20250101/${region}/${service}/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${'0'.repeat(64)}`;
}

/** POST `Action=...` to the emulated AWS endpoint as `accessKeyId` (a 12-digit id selects that account). */
export async function awsQuery(
  em: AwsEndpoint,
  accessKeyId: string,
  action: string,
  params: Readonly<Record<string, string>> = {},
  options: AwsQueryOptions = {},
): Promise<AwsQueryResult> {
  const service = options.service ?? (action === 'GetCallerIdentity' || action === 'AssumeRole' ? 'sts' : 'iam');
  const body = new URLSearchParams({ Action: action, ...(options.version === false ? {} : { Version: service === 'sts' ? '2011-06-15' : '2010-05-08' }), ...params });
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
  if (options.authorization !== undefined) headers['authorization'] = options.authorization;
  else if (options.signed !== false) headers['authorization'] = sigV4Authorization(accessKeyId, service);
  const res = await fetch(`${em.endpoints.aws}/`, { method: 'POST', headers, body: body.toString() });
  const text = await res.text();
  return { status: res.status, text, xml: parseXml(text), headers: res.headers };
}

/** Like awsQuery, but throws with the error body unless the answer is 200. */
export async function awsCall(em: AwsEndpoint, accessKeyId: string, action: string, params: Readonly<Record<string, string>> = {}): Promise<XmlElement> {
  const r = await awsQuery(em, accessKeyId, action, params);
  if (r.status !== 200) throw new Error(`${action} failed with ${r.status}: ${r.text}`);
  return r.xml;
}

// --- roles out of band -----------------------------------------------------------

export interface CreateRoleOptions {
  readonly path?: string;
  readonly description?: string;
  /** Inline policies by name (objects are JSON-encoded). */
  readonly inlinePolicies?: Readonly<Record<string, unknown>>;
  readonly attachedPolicyArns?: readonly string[];
  readonly tags?: Readonly<Record<string, string>>;
}

const asDocument = (doc: unknown): string => (typeof doc === 'string' ? doc : JSON.stringify(doc));

/** Creates a role (and its inline policies and attachments) in `accountId`; returns its ARN. */
export async function createRole(em: AwsEndpoint, accountId: string, roleName: string, trustPolicy: unknown, options: CreateRoleOptions = {}): Promise<string> {
  const params: Record<string, string> = { RoleName: roleName, AssumeRolePolicyDocument: asDocument(trustPolicy) };
  if (options.path) params['Path'] = options.path;
  if (options.description !== undefined) params['Description'] = options.description;
  Object.entries(options.tags ?? {}).forEach(([key, value], i) => {
    params[`Tags.member.${i + 1}.Key`] = key;
    params[`Tags.member.${i + 1}.Value`] = value;
  });
  const xml = await awsCall(em, accountId, 'CreateRole', params);
  for (const [name, doc] of Object.entries(options.inlinePolicies ?? {})) {
    await awsCall(em, accountId, 'PutRolePolicy', { RoleName: roleName, PolicyName: name, PolicyDocument: asDocument(doc) });
  }
  for (const arn of options.attachedPolicyArns ?? []) await awsCall(em, accountId, 'AttachRolePolicy', { RoleName: roleName, PolicyArn: arn });
  return xml.text('CreateRoleResponse/CreateRoleResult/Role/Arn');
}

/** Replaces a role's trust policy. */
export async function updateTrustPolicy(em: AwsEndpoint, accountId: string, roleName: string, trustPolicy: unknown): Promise<void> {
  await awsCall(em, accountId, 'UpdateAssumeRolePolicy', { RoleName: roleName, PolicyDocument: asDocument(trustPolicy) });
}

/** Adds or replaces one inline policy. */
export async function putRolePolicy(em: AwsEndpoint, accountId: string, roleName: string, policyName: string, document: unknown): Promise<void> {
  await awsCall(em, accountId, 'PutRolePolicy', { RoleName: roleName, PolicyName: policyName, PolicyDocument: asDocument(document) });
}

/** Deletes a role as IAM requires: inline policies and attachments first. Missing roles are fine unless `mustExist`. */
export async function deleteRole(em: AwsEndpoint, accountId: string, roleName: string, mustExist = false): Promise<void> {
  const listed = await awsQuery(em, accountId, 'ListRolePolicies', { RoleName: roleName });
  if (listed.status === 404 && !mustExist) return;
  if (listed.status !== 200) throw new Error(`ListRolePolicies failed with ${listed.status}: ${listed.text}`);
  for (const name of listed.xml.all('ListRolePoliciesResponse/ListRolePoliciesResult/PolicyNames/member').map((m) => m.value)) {
    await awsCall(em, accountId, 'DeleteRolePolicy', { RoleName: roleName, PolicyName: name });
  }
  const attached = await awsCall(em, accountId, 'ListAttachedRolePolicies', { RoleName: roleName });
  for (const arn of attached.all('ListAttachedRolePoliciesResponse/ListAttachedRolePoliciesResult/AttachedPolicies/member/PolicyArn').map((m) => m.value)) {
    await awsCall(em, accountId, 'DetachRolePolicy', { RoleName: roleName, PolicyArn: arn });
  }
  await awsCall(em, accountId, 'DeleteRole', { RoleName: roleName });
}

// --- a small XML reader (elements and text; enough for IAM/STS answers) ------------

export class XmlElement {
  constructor(
    readonly name: string,
    readonly attributes: Readonly<Record<string, string>>,
    readonly children: XmlElement[],
    /** Decoded text content (direct text only). */
    readonly value: string,
  ) {}

  /** The first element at a `/`-separated path below this one, or undefined. */
  find(path: string): XmlElement | undefined {
    return this.all(path)[0];
  }

  /** Every element at the path (the last step may match many). */
  all(path: string): XmlElement[] {
    let level: XmlElement[] = [this];
    for (const step of path.split('/').filter(Boolean)) level = level.flatMap((e) => e.children.filter((c) => c.name === step));
    return level;
  }

  /** Text at the path; throws when the element is absent so tests fail clearly. */
  text(path: string): string {
    const found = this.find(path);
    if (!found) throw new Error(`no <${path}> in <${this.name}>`);
    return found.value;
  }

  /** Names of the child elements, in order. */
  childNames(): string[] {
    return this.children.map((c) => c.name);
  }
}

const decodeEntities = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e]) return named[e]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

/** Parses a document into its root element (a synthetic `#document` root holding it). */
export function parseXml(text: string): XmlElement {
  const root = new XmlElement('#document', {}, [], '');
  const stack: { el: XmlElement; text: string[] }[] = [{ el: root, text: [] }];
  const re = /<\?[^>]*\?>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].startsWith('<?')) continue;
    if (m[5] !== undefined) {
      stack[stack.length - 1]!.text.push(m[5]);
      continue;
    }
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      const top = stack.pop()!;
      const el = new XmlElement(top.el.name, top.el.attributes, top.el.children, decodeEntities(top.text.join('').trim() === '' && top.el.children.length > 0 ? '' : top.text.join('')));
      stack[stack.length - 1]!.el.children.push(el);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) attributes[a[1]!] = decodeEntities(a[2]!);
    const el = new XmlElement(name!, attributes, [], '');
    if (selfClosing) stack[stack.length - 1]!.el.children.push(el);
    else stack.push({ el, text: [] });
  }
  return root;
}
