/** IAM role actions: the role itself, its tags, inline policies and attached managed policies. */
import { deleteConflict, entityAlreadyExists, limitExceeded, noSuchEntity } from './errors';
import { isoTime, roleArn, roleId } from './ids';
import type { ActionContext, ActionHandler } from './context';
import { attachablePolicy, inlinePolicyHandlers } from './iam-policies';
import { checkTrustPolicySize, ROLE_INLINE_POLICIES_MAX_SIZE, validatePolicyDocument } from './policy-document';
import { nameKey, type RoleRecord } from './state';
import {
  DESCRIPTION,
  ENTITY_NAME,
  MAX_SESSION_DURATION,
  MIN_SESSION_DURATION,
  mergeTags,
  pageFields,
  paginate,
  PATH,
  PATH_PREFIX,
  POLICY_DOCUMENT,
  removeTags,
  validateTags,
  ARN,
} from './validation';
import { encodePolicyDocument, type XmlFields } from './xml';

/** IAM's quota of managed policies attached to one role (default). */
export const MANAGED_POLICIES_PER_ROLE = 10;
export const ROLES_PER_ACCOUNT = 1000;

export function findRole(ctx: ActionContext, roleName: string): RoleRecord {
  const role = ctx.account.roles[nameKey(roleName)];
  if (!role) throw noSuchEntity(`The role with name ${roleName} cannot be found.`);
  return role;
}

/** The `<Role>` element. ListRoles leaves out tags, the permissions boundary and last use, as IAM does. */
export function roleXml(role: RoleRecord, full: boolean): XmlFields {
  return {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: role.arn,
    CreateDate: isoTime(role.createDate),
    AssumeRolePolicyDocument: encodePolicyDocument(role.assumeRolePolicyDocument),
    Description: role.description === undefined || role.description === '' ? undefined : role.description,
    MaxSessionDuration: role.maxSessionDuration,
    PermissionsBoundary:
      full && role.permissionsBoundary ? { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: role.permissionsBoundary } : undefined,
    Tags: full && role.tags.length > 0 ? role.tags.map((t) => ({ Key: t.Key, Value: t.Value })) : undefined,
    RoleLastUsed: full ? {} : undefined,
  };
}

const roleName = (ctx: ActionContext): string => ctx.params.required('RoleName', ENTITY_NAME);

function sortedRoles(ctx: ActionContext): RoleRecord[] {
  return Object.values(ctx.account.roles).sort((a, b) => (a.roleName.toLowerCase() < b.roleName.toLowerCase() ? -1 : 1));
}

const createRole: ActionHandler = (ctx) => {
  const p = ctx.params;
  const name = roleName(ctx);
  const path = p.optional('Path', PATH) ?? '/';
  const document = p.required('AssumeRolePolicyDocument', POLICY_DOCUMENT);
  const description = p.optional('Description', DESCRIPTION);
  const maxSessionDuration = p.optionalInt('MaxSessionDuration', MIN_SESSION_DURATION, MAX_SESSION_DURATION) ?? MIN_SESSION_DURATION;
  const boundary = p.optional('PermissionsBoundary', ARN);
  const tags = p.tags();
  validateTags(tags);
  validatePolicyDocument(document, 'trust');
  checkTrustPolicySize(document);
  if (boundary !== undefined) attachablePolicy(ctx, boundary);
  if (ctx.account.roles[nameKey(name)]) throw entityAlreadyExists(`Role with name ${name} already exists.`);
  if (Object.keys(ctx.account.roles).length >= ROLES_PER_ACCOUNT) throw limitExceeded(`Cannot exceed quota for RolesPerAccount: ${ROLES_PER_ACCOUNT}`);
  const role: RoleRecord = {
    roleName: name,
    roleId: roleId(ctx.world),
    path,
    arn: roleArn(ctx.caller.accountId, path, name),
    createDate: ctx.world.now(),
    assumeRolePolicyDocument: document,
    description,
    maxSessionDuration,
    permissionsBoundary: boundary,
    tags,
    inlinePolicies: {},
    attachedPolicyArns: [],
  };
  ctx.account.roles[nameKey(name)] = role;
  const xml = roleXml(role, true);
  // CreateRole's answer has no RoleLastUsed.
  return { Role: { ...xml, RoleLastUsed: undefined } };
};

const getRole: ActionHandler = (ctx) => ({ Role: roleXml(findRole(ctx, roleName(ctx)), true) });

const listRoles: ActionHandler = (ctx) => {
  const prefix = ctx.params.optional('PathPrefix', PATH_PREFIX) ?? '/';
  const page = paginate(ctx.params, sortedRoles(ctx).filter((r) => r.path.startsWith(prefix)));
  return { Roles: page.items.map((r) => roleXml(r, false)), ...pageFields(page) };
};

const updateRole: ActionHandler = (ctx) => {
  const role = findRole(ctx, roleName(ctx));
  const description = ctx.params.optional('Description', DESCRIPTION);
  const maxSessionDuration = ctx.params.optionalInt('MaxSessionDuration', MIN_SESSION_DURATION, MAX_SESSION_DURATION);
  if (description !== undefined) role.description = description;
  if (maxSessionDuration !== undefined) role.maxSessionDuration = maxSessionDuration;
  return {};
};

const updateRoleDescription: ActionHandler = (ctx) => {
  const role = findRole(ctx, roleName(ctx));
  role.description = ctx.params.required('Description', DESCRIPTION);
  return { Role: roleXml(role, true) };
};

const updateAssumeRolePolicy: ActionHandler = (ctx) => {
  const name = roleName(ctx);
  const document = ctx.params.required('PolicyDocument', POLICY_DOCUMENT);
  const role = findRole(ctx, name);
  validatePolicyDocument(document, 'trust');
  checkTrustPolicySize(document);
  role.assumeRolePolicyDocument = document;
  return undefined;
};

const deleteRole: ActionHandler = (ctx) => {
  const role = findRole(ctx, roleName(ctx));
  if (role.attachedPolicyArns.length > 0) throw deleteConflict('Cannot delete entity, must detach all policies first.');
  if (Object.keys(role.inlinePolicies).length > 0) throw deleteConflict('Cannot delete entity, must delete policies first.');
  delete ctx.account.roles[nameKey(role.roleName)];
  return undefined;
};

const tagRole: ActionHandler = (ctx) => {
  const role = findRole(ctx, roleName(ctx));
  const tags = ctx.params.tags();
  validateTags(tags);
  role.tags = mergeTags(role.tags, tags);
  return undefined;
};

const untagRole: ActionHandler = (ctx) => {
  const role = findRole(ctx, roleName(ctx));
  role.tags = removeTags(role.tags, ctx.params.members('TagKeys'));
  return undefined;
};

const listRoleTags: ActionHandler = (ctx) => {
  const role = findRole(ctx, roleName(ctx));
  const page = paginate(ctx.params, role.tags);
  return { Tags: page.items.map((t) => ({ Key: t.Key, Value: t.Value })), ...pageFields(page) };
};

/** Instance profiles are not emulated: every role is in none. */
const listInstanceProfilesForRole: ActionHandler = (ctx) => {
  findRole(ctx, roleName(ctx));
  const page = paginate(ctx.params, []);
  return { InstanceProfiles: [], ...pageFields(page) };
};

const putRolePermissionsBoundary: ActionHandler = (ctx) => {
  const role = findRole(ctx, roleName(ctx));
  const arn = ctx.params.required('PermissionsBoundary', ARN);
  attachablePolicy(ctx, arn);
  role.permissionsBoundary = arn;
  return undefined;
};

const deleteRolePermissionsBoundary: ActionHandler = (ctx) => {
  const role = findRole(ctx, roleName(ctx));
  if (!role.permissionsBoundary) throw noSuchEntity(`The role with name ${role.roleName} does not have a permissions boundary.`);
  delete role.permissionsBoundary;
  return undefined;
};

const roleTarget = {
  kind: 'role' as const,
  param: 'RoleName',
  find: (ctx: ActionContext) => findRole(ctx, roleName(ctx)),
  name: (r: RoleRecord) => r.roleName,
  inlineMaxSize: ROLE_INLINE_POLICIES_MAX_SIZE,
  attachedMax: MANAGED_POLICIES_PER_ROLE,
  quotaName: 'PoliciesPerRole',
};

export const roleHandlers: Readonly<Record<string, ActionHandler>> = {
  CreateRole: createRole,
  GetRole: getRole,
  ListRoles: listRoles,
  UpdateRole: updateRole,
  UpdateRoleDescription: updateRoleDescription,
  UpdateAssumeRolePolicy: updateAssumeRolePolicy,
  DeleteRole: deleteRole,
  TagRole: tagRole,
  UntagRole: untagRole,
  ListRoleTags: listRoleTags,
  ListInstanceProfilesForRole: listInstanceProfilesForRole,
  PutRolePermissionsBoundary: putRolePermissionsBoundary,
  DeleteRolePermissionsBoundary: deleteRolePermissionsBoundary,
  ...inlinePolicyHandlers(roleTarget, { put: 'PutRolePolicy', get: 'GetRolePolicy', del: 'DeleteRolePolicy', list: 'ListRolePolicies', attach: 'AttachRolePolicy', detach: 'DetachRolePolicy', listAttached: 'ListAttachedRolePolicies' }),
};
