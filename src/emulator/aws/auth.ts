/**
 * SigV4 as far as the emulator needs it: the request must carry a SigV4
 * Authorization header (or presigned query parameters), and its Credential
 * names the access key id that selects the account. Signatures are not
 * verified: the emulator holds no secrets.
 */
import { AwsQueryError } from './errors';
import type { Caller } from './context';
import type { AwsEmulatorState } from './state';

/** The account of any access key id the emulator did not issue and that is not 12 digits (LocalStack's default). */
export const DEFAULT_ACCOUNT_ID = '000000000000';

export interface SigV4Credential {
  readonly accessKeyId: string;
  /** `iam` or `sts` from the credential scope. */
  readonly service: string;
  readonly region: string;
}

const missingToken = () => new AwsQueryError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
const incomplete = (message: string) => new AwsQueryError(403, 'IncompleteSignature', message);
export const invalidToken = () => new AwsQueryError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');

function parseScope(credential: string): SigV4Credential {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request' || !/^\d{8}$/.test(parts[1]!)) {
    throw incomplete(`Credential should be scoped to a valid region. Credential: ${credential.split('/')[0]}/...`);
  }
  if (parts[0] === '') throw invalidToken();
  return { accessKeyId: parts[0]!, region: parts[2]!, service: parts[3]! };
}

/** The credential of a request, from the Authorization header or `X-Amz-Credential` (presigned). */
export function parseSigV4(authorization: string | undefined, query: URLSearchParams): SigV4Credential {
  if (authorization === undefined || authorization.trim() === '') {
    const presigned = query.get('X-Amz-Credential');
    if (presigned === null) throw missingToken();
    if (query.get('X-Amz-Signature') === null) throw incomplete("AWS query-string parameters must include 'X-Amz-Signature'.");
    return parseScope(presigned);
  }
  const m = /^AWS4-HMAC-SHA256\s+(.*)$/s.exec(authorization.trim());
  if (!m) throw incomplete(`Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${authorization.split(' ')[0]}`);
  const fields = new Map<string, string>();
  for (const part of m[1]!.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((f) => !fields.get(f));
  if (missing.length > 0) throw incomplete(missing.map((f) => `Authorization header requires '${f}' parameter.`).join(' '));
  return parseScope(fields.get('Credential')!);
}

/**
 * Who is calling: an emulator-issued key selects its own account (and user or
 * role session); a 12-digit key id selects that account; any other key is
 * the default account. An issued key that is inactive or expired is refused
 * as AWS refuses it.
 */
export function resolveCaller(state: AwsEmulatorState, accessKeyId: string, now: number): Caller {
  const issued = state.issuedKeys?.[accessKeyId];
  if (issued) {
    if (issued.assumedRole) {
      if (issued.assumedRole.expiresAt <= now) throw new AwsQueryError(403, 'ExpiredToken', 'The security token included in the request is expired');
      return { accessKeyId, accountId: issued.accountId, assumedRole: issued.assumedRole };
    }
    const user = issued.userName ? state.accounts[issued.accountId]?.users[issued.userName.toLowerCase()] : undefined;
    const key = user?.accessKeys.find((k) => k.accessKeyId === accessKeyId);
    if (!user || !key || key.status !== 'Active') throw invalidToken();
    return { accessKeyId, accountId: issued.accountId, userName: user.userName };
  }
  return { accessKeyId, accountId: /^\d{12}$/.test(accessKeyId) ? accessKeyId : DEFAULT_ACCOUNT_ID };
}
