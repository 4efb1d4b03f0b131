/** IAM user actions, the user sub-resources the provider's delete path lists, and access keys. */
import type { ActionContext, ActionHandler } from './context';
import { deleteConflict, entityAlreadyExists, invalidInput, limitExceeded, noSuchEntity } from './errors';
import { accessKeyId, isoTime, secretAccessKey, userArn, userId } from './ids';
import { attachablePolicy, inlinePolicyHandlers } from './iam-policies';
import { constraintError } from './params';
import { USER_INLINE_POLICIES_MAX_SIZE } from './policy-document';
import { nameKey, type AccessKeyRecord, type UserRecord } from './state';
import { ACCESS_KEY_ID, ARN, ENTITY_NAME, mergeTags, pageFields, paginate, PATH, PATH_PREFIX, removeTags, validateTags } from './validation';
import type { XmlFields } from './xml';

export const ACCESS_KEYS_PER_USER = 2;
export const MANAGED_POLICIES_PER_USER = 10;
export const USERS_PER_ACCOUNT = 5000;

export function findUser(ctx: ActionContext, userName: string): UserRecord {
  const user = ctx.account.users[nameKey(userName)];
  if (!user) throw noSuchEntity(`The user with name ${userName} cannot be found.`);
  return user;
}

const userName = (ctx: ActionContext): string => ctx.params.required('UserName', ENTITY_NAME);

/** `UserName` when given, else the calling user (IAM's rule for access key calls). */
function userOrCaller(ctx: ActionContext): UserRecord {
  const given = ctx.params.optional('UserName', ENTITY_NAME);
  if (given !== undefined) return findUser(ctx, given);
  if (ctx.caller.userName) return findUser(ctx, ctx.caller.userName);
  throw invalidInput('Must specify userName when calling with non-User credentials');
}

export function userXml(user: UserRecord, full: boolean): XmlFields {
  return {
    Path: user.path,
    UserName: user.userName,
    UserId: user.userId,
    Arn: user.arn,
    CreateDate: isoTime(user.createDate),
    PermissionsBoundary: full && user.permissionsBoundary ? { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: user.permissionsBoundary } : undefined,
    Tags: full && user.tags.length > 0 ? user.tags.map((t) => ({ Key: t.Key, Value: t.Value })) : undefined,
  };
}

const keyMetadata = (key: AccessKeyRecord): XmlFields => ({
  UserName: key.userName,
  AccessKeyId: key.accessKeyId,
  Status: key.status,
  CreateDate: isoTime(key.createDate),
});

function findAccessKey(ctx: ActionContext, user: UserRecord | undefined, keyId: string): [UserRecord, AccessKeyRecord] {
  const users = user ? [user] : Object.values(ctx.account.users);
  for (const u of users) {
    const key = u.accessKeys.find((k) => k.accessKeyId === keyId);
    if (key) return [u, key];
  }
  throw noSuchEntity(`The Access Key with id ${keyId} cannot be found.`);
}

/** Sub-resources the emulator does not model: the user always has none. */
const emptyList = (element: string, paged = true): ActionHandler => (ctx) => {
  findUser(ctx, userName(ctx));
  if (!paged) return { [element]: [] };
  return { [element]: [], ...pageFields(paginate(ctx.params, [])) };
};

const userTarget = {
  kind: 'user' as const,
  param: 'UserName',
  find: (ctx: ActionContext) => findUser(ctx, userName(ctx)),
  name: (u: UserRecord) => u.userName,
  inlineMaxSize: USER_INLINE_POLICIES_MAX_SIZE,
  attachedMax: MANAGED_POLICIES_PER_USER,
  quotaName: 'PoliciesPerUser',
};

export const userHandlers: Readonly<Record<string, ActionHandler>> = {
  CreateUser: (ctx) => {
    const name = userName(ctx);
    const path = ctx.params.optional('Path', PATH) ?? '/';
    const boundary = ctx.params.optional('PermissionsBoundary', ARN);
    const tags = ctx.params.tags();
    validateTags(tags);
    if (boundary !== undefined) attachablePolicy(ctx, boundary);
    if (ctx.account.users[nameKey(name)]) throw entityAlreadyExists(`User with name ${name} already exists.`);
    if (Object.keys(ctx.account.users).length >= USERS_PER_ACCOUNT) throw limitExceeded(`Cannot exceed quota for UsersPerAccount: ${USERS_PER_ACCOUNT}`);
    const user: UserRecord = {
      userName: name,
      userId: userId(ctx.world),
      path,
      arn: userArn(ctx.caller.accountId, path, name),
      createDate: ctx.world.now(),
      permissionsBoundary: boundary,
      tags,
      inlinePolicies: {},
      attachedPolicyArns: [],
      accessKeys: [],
    };
    ctx.account.users[nameKey(name)] = user;
    return { User: userXml(user, true) };
  },
  GetUser: (ctx) => {
    const given = ctx.params.optional('UserName', ENTITY_NAME);
    if (given === undefined && !ctx.caller.userName) throw invalidInput('Must specify userName when calling with non-User credentials');
    return { User: userXml(findUser(ctx, given ?? ctx.caller.userName!), true) };
  },
  ListUsers: (ctx) => {
    const prefix = ctx.params.optional('PathPrefix', PATH_PREFIX) ?? '/';
    const users = Object.values(ctx.account.users)
      .filter((u) => u.path.startsWith(prefix))
      .sort((a, b) => (a.userName.toLowerCase() < b.userName.toLowerCase() ? -1 : 1));
    const page = paginate(ctx.params, users);
    return { Users: page.items.map((u) => userXml(u, false)), ...pageFields(page) };
  },
  UpdateUser: (ctx) => {
    const user = findUser(ctx, userName(ctx));
    const newName = ctx.params.optional('NewUserName', ENTITY_NAME);
    const newPath = ctx.params.optional('NewPath', PATH);
    if (newName !== undefined && nameKey(newName) !== nameKey(user.userName) && ctx.account.users[nameKey(newName)]) {
      throw entityAlreadyExists(`User with name ${newName} already exists.`);
    }
    delete ctx.account.users[nameKey(user.userName)];
    if (newName !== undefined) user.userName = newName;
    if (newPath !== undefined) user.path = newPath;
    user.arn = userArn(ctx.caller.accountId, user.path, user.userName);
    for (const key of user.accessKeys) {
      key.userName = user.userName;
      const issued = ctx.state.issuedKeys[key.accessKeyId];
      if (issued) issued.userName = user.userName;
    }
    ctx.account.users[nameKey(user.userName)] = user;
    return undefined;
  },
  DeleteUser: (ctx) => {
    const user = findUser(ctx, userName(ctx));
    if (user.accessKeys.length > 0) throw deleteConflict('Cannot delete entity, must delete access keys first.');
    if (Object.keys(user.inlinePolicies).length > 0) throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (user.attachedPolicyArns.length > 0) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    delete ctx.account.users[nameKey(user.userName)];
    return undefined;
  },
  TagUser: (ctx) => {
    const user = findUser(ctx, userName(ctx));
    const tags = ctx.params.tags();
    validateTags(tags);
    user.tags = mergeTags(user.tags, tags);
    return undefined;
  },
  UntagUser: (ctx) => {
    const user = findUser(ctx, userName(ctx));
    user.tags = removeTags(user.tags, ctx.params.members('TagKeys'));
    return undefined;
  },
  ListUserTags: (ctx) => {
    const user = findUser(ctx, userName(ctx));
    const page = paginate(ctx.params, user.tags);
    return { Tags: page.items.map((t) => ({ Key: t.Key, Value: t.Value })), ...pageFields(page) };
  },
  PutUserPermissionsBoundary: (ctx) => {
    const user = findUser(ctx, userName(ctx));
    const arn = ctx.params.required('PermissionsBoundary', ARN);
    attachablePolicy(ctx, arn);
    user.permissionsBoundary = arn;
    return undefined;
  },
  DeleteUserPermissionsBoundary: (ctx) => {
    const user = findUser(ctx, userName(ctx));
    delete user.permissionsBoundary;
    return undefined;
  },
  ListGroupsForUser: emptyList('Groups'),
  ListMFADevices: emptyList('MFADevices'),
  ListSSHPublicKeys: emptyList('SSHPublicKeys'),
  ListSigningCertificates: emptyList('Certificates'),
  ListServiceSpecificCredentials: emptyList('ServiceSpecificCredentials', false),
  /** Account-wide; the provider's user force-destroy lists them. MFA is not emulated. */
  ListVirtualMFADevices: (ctx) => {
    const status = ctx.params.optional('AssignmentStatus');
    if (status !== undefined && !['Assigned', 'Unassigned', 'Any'].includes(status)) {
      throw constraintError('AssignmentStatus', status, 'Member must satisfy enum value set: [Assigned, Unassigned, Any]');
    }
    return { VirtualMFADevices: [], ...pageFields(paginate(ctx.params, [])) };
  },
  GetLoginProfile: (ctx) => {
    const user = findUser(ctx, userName(ctx));
    throw noSuchEntity(`Login Profile for User ${user.userName} cannot be found.`);
  },
  DeleteLoginProfile: (ctx) => {
    const user = findUser(ctx, userName(ctx));
    throw noSuchEntity(`Login Profile for User ${user.userName} cannot be found.`);
  },

  CreateAccessKey: (ctx) => {
    const user = userOrCaller(ctx);
    if (user.accessKeys.length >= ACCESS_KEYS_PER_USER) throw limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${ACCESS_KEYS_PER_USER}`);
    const key: AccessKeyRecord = { accessKeyId: accessKeyId(ctx.world), userName: user.userName, status: 'Active', createDate: ctx.world.now() };
    user.accessKeys.push(key);
    ctx.state.issuedKeys[key.accessKeyId] = { accountId: ctx.caller.accountId, userName: user.userName };
    // The secret exists only in this response, as in IAM.
    return { AccessKey: { ...keyMetadata(key), SecretAccessKey: secretAccessKey(ctx.world) } };
  },
  ListAccessKeys: (ctx) => {
    const user = userOrCaller(ctx);
    const page = paginate(ctx.params, user.accessKeys);
    return { AccessKeyMetadata: page.items.map(keyMetadata), ...pageFields(page) };
  },
  UpdateAccessKey: (ctx) => {
    const given = ctx.params.optional('UserName', ENTITY_NAME);
    const keyId = ctx.params.required('AccessKeyId', ACCESS_KEY_ID);
    const status = ctx.params.required('Status');
    if (status !== 'Active' && status !== 'Inactive') throw constraintError('Status', status, 'Member must satisfy enum value set: [Active, Inactive]');
    const [, key] = findAccessKey(ctx, given === undefined ? undefined : findUser(ctx, given), keyId);
    key.status = status;
    return undefined;
  },
  DeleteAccessKey: (ctx) => {
    const given = ctx.params.optional('UserName', ENTITY_NAME);
    const keyId = ctx.params.required('AccessKeyId', ACCESS_KEY_ID);
    const [user] = findAccessKey(ctx, given === undefined ? undefined : findUser(ctx, given), keyId);
    user.accessKeys = user.accessKeys.filter((k) => k.accessKeyId !== keyId);
    delete ctx.state.issuedKeys[keyId];
    return undefined;
  },
  GetAccessKeyLastUsed: (ctx) => {
    const keyId = ctx.params.required('AccessKeyId', ACCESS_KEY_ID);
    const [user, key] = findAccessKey(ctx, undefined, keyId);
    const last = key.lastUsed;
    return {
      UserName: user.userName,
      AccessKeyLastUsed: last
        ? { LastUsedDate: isoTime(last.date), ServiceName: last.serviceName, Region: last.region }
        : { ServiceName: 'N/A', Region: 'N/A' },
    };
  },
  ...inlinePolicyHandlers(userTarget, { put: 'PutUserPolicy', get: 'GetUserPolicy', del: 'DeleteUserPolicy', list: 'ListUserPolicies', attach: 'AttachUserPolicy', detach: 'DetachUserPolicy', listAttached: 'ListAttachedUserPolicies' }),
};
