/** STS: GetCallerIdentity (the provider's configure step) and AssumeRole against emulated trust policies. */
import type { ActionContext, ActionHandler } from './context';
import { AwsQueryError } from './errors';
import { ID_PREFIX, isoTime, secretAccessKey, uniqueId } from './ids';
import { checkString } from './params';
import { accountOf, nameKey } from './state';
import { roleTrusts } from './trust';
import { ARN } from './validation';

export const STS_ACTIONS = new Set(['GetCallerIdentity', 'AssumeRole']);

/** The caller's ARN: an emulated user, a role session, or the account root. */
function callerArn(ctx: ActionContext): { arn: string; userId: string } {
  const { caller } = ctx;
  if (caller.assumedRole) return { arn: caller.assumedRole.arn, userId: caller.assumedRole.assumedRoleId };
  if (caller.userName) {
    const user = ctx.account.users[nameKey(caller.userName)];
    if (user) return { arn: user.arn, userId: user.userId };
  }
  return { arn: `arn:aws:iam::${caller.accountId}:root`, userId: caller.accountId };
}

const getCallerIdentity: ActionHandler = (ctx) => {
  const { arn, userId } = callerArn(ctx);
  return { UserId: userId, Account: ctx.caller.accountId, Arn: arn };
};

const accessDenied = (who: string, roleArn: string) =>
  new AwsQueryError(403, 'AccessDenied', `User: ${who} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);

const assumeRole: ActionHandler = (ctx) => {
  const p = ctx.params;
  const roleArn = p.required('RoleArn', ARN);
  const sessionName = p.required('RoleSessionName', { min: 2, max: 64, pattern: /^[\w+=,.@-]*$/, patternText: '[\\w+=,.@-]*' });
  const externalId = p.optional('ExternalId', { min: 2, max: 1224, pattern: /^[\w+=,.@:/-]*$/, patternText: '[\\w+=,.@:\\/-]*' });
  const duration = p.optionalInt('DurationSeconds', 900, 43200) ?? 3600;
  const { arn: who } = callerArn(ctx);
  const m = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(roleArn);
  if (!m) throw accessDenied(who, roleArn);
  checkString('RoleArn', roleArn, ARN);
  const role = accountOf(ctx.state, m[1]!).roles[nameKey(m[2]!)];
  if (!role || role.arn !== roleArn) throw accessDenied(who, roleArn);
  let trustPolicy: unknown;
  try {
    trustPolicy = JSON.parse(role.assumeRolePolicyDocument);
  } catch {
    throw accessDenied(who, roleArn);
  }
  const decision = roleTrusts({ trustPolicy }, { principal: { AWS: who }, action: 'sts:AssumeRole', context: externalId === undefined ? {} : { 'sts:ExternalId': externalId } });
  if (!decision.allowed) throw accessDenied(who, roleArn);
  if (duration > role.maxSessionDuration) {
    throw new AwsQueryError(400, 'ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  }
  const now = ctx.world.now();
  const expiresAt = now + duration * 1000;
  const keyId = uniqueId(ctx.world, ID_PREFIX.temporaryAccessKey, 16);
  const assumedRoleId = `${role.roleId}:${sessionName}`;
  const sessionArn = `arn:aws:sts::${m[1]}:assumed-role/${role.roleName}/${sessionName}`;
  // Expired sessions can never authenticate again; drop them so state stays small.
  for (const [id, issued] of Object.entries(ctx.state.issuedKeys)) if (issued.assumedRole && issued.assumedRole.expiresAt <= now) delete ctx.state.issuedKeys[id];
  ctx.state.issuedKeys[keyId] = { accountId: m[1]!, assumedRole: { arn: sessionArn, assumedRoleId, expiresAt } };
  return {
    Credentials: {
      AccessKeyId: keyId,
      SecretAccessKey: secretAccessKey(ctx.world),
      SessionToken: Buffer.from(ctx.world.randomId(96), 'hex').toString('base64'),
      Expiration: isoTime(expiresAt),
    },
    AssumedRoleUser: { AssumedRoleId: assumedRoleId, Arn: sessionArn },
  };
};

export const stsHandlers: Readonly<Record<string, ActionHandler>> = {
  GetCallerIdentity: getCallerIdentity,
  AssumeRole: assumeRole,
};
