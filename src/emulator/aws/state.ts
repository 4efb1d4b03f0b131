/**
 * The emulated AWS accounts. JSON-serialisable: the core persists it with
 * `--data`. Names are unique case-insensitively in IAM, so records are keyed
 * by the lower-cased name and keep the name as created.
 *
 * Secret access keys are returned once by CreateAccessKey and never stored.
 */

export interface AwsTag {
  readonly Key: string;
  readonly Value: string;
}

export interface RoleRecord {
  readonly roleName: string;
  readonly roleId: string;
  readonly path: string;
  readonly arn: string;
  /** Epoch ms. */
  readonly createDate: number;
  /** As submitted (IAM keeps the caller's text). */
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration: number;
  permissionsBoundary?: string;
  tags: AwsTag[];
  /** Inline policies in creation order: name -> document as submitted. */
  inlinePolicies: Record<string, string>;
  attachedPolicyArns: string[];
}

export interface AccessKeyRecord {
  readonly accessKeyId: string;
  readonly userName: string;
  status: 'Active' | 'Inactive';
  readonly createDate: number;
  lastUsed?: { readonly date: number; readonly serviceName: string; readonly region: string };
}

export interface UserRecord {
  userName: string;
  readonly userId: string;
  path: string;
  arn: string;
  readonly createDate: number;
  permissionsBoundary?: string;
  tags: AwsTag[];
  inlinePolicies: Record<string, string>;
  attachedPolicyArns: string[];
  accessKeys: AccessKeyRecord[];
}

export interface AwsAccountState {
  roles: Record<string, RoleRecord>;
  users: Record<string, UserRecord>;
}

export interface AwsEmulatorState {
  /** By 12-digit account id; an account appears on first use. */
  accounts: Record<string, AwsAccountState>;
  /** Access key id -> [account id, user name] for the keys the emulator issued. */
  issuedKeys: Record<string, { readonly accountId: string; readonly userName: string }>;
}

export function initialAwsState(): AwsEmulatorState {
  return { accounts: {}, issuedKeys: {} };
}

export function accountOf(state: AwsEmulatorState, accountId: string): AwsAccountState {
  // Older data files or admin PUTs may lack either map.
  state.accounts ??= {};
  state.issuedKeys ??= {};
  return (state.accounts[accountId] ??= { roles: {}, users: {} });
}

export const nameKey = (name: string): string => name.toLowerCase();
