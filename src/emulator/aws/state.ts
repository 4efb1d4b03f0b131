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
  userName: string;
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

export interface PolicyVersionRecord {
  readonly versionId: string;
  readonly document: string;
  readonly createDate: number;
}

/** A customer managed policy (`arn:aws:iam::<account>:policy<path><name>`). */
export interface CustomerPolicyRecord {
  readonly policyName: string;
  readonly policyId: string;
  readonly path: string;
  readonly arn: string;
  readonly description?: string;
  readonly createDate: number;
  updateDate: number;
  defaultVersionId: string;
  /** Next version number to hand out. */
  nextVersion: number;
  versions: PolicyVersionRecord[];
  tags: AwsTag[];
}

export interface AwsAccountState {
  roles: Record<string, RoleRecord>;
  users: Record<string, UserRecord>;
  /** By ARN. */
  policies: Record<string, CustomerPolicyRecord>;
}

export interface IssuedKey {
  readonly accountId: string;
  /** Long-term keys: the owning user (renames follow it). */
  userName?: string;
  /** Session keys from AssumeRole. */
  readonly assumedRole?: { readonly arn: string; readonly assumedRoleId: string; readonly expiresAt: number };
}

export interface AwsEmulatorState {
  /** By 12-digit account id; an account appears on first use. */
  accounts: Record<string, AwsAccountState>;
  /** The keys the emulator issued (CreateAccessKey, AssumeRole), which select their own account. */
  issuedKeys: Record<string, IssuedKey>;
}

export function initialAwsState(): AwsEmulatorState {
  return { accounts: {}, issuedKeys: {} };
}

export function accountOf(state: AwsEmulatorState, accountId: string): AwsAccountState {
  // Older data files or admin PUTs may lack either map.
  state.accounts ??= {};
  state.issuedKeys ??= {};
  const account = (state.accounts[accountId] ??= { roles: {}, users: {}, policies: {} });
  account.policies ??= {};
  return account;
}

export const nameKey = (name: string): string => name.toLowerCase();
