/**
 * The official AWS SDK for JavaScript v3 (`@aws-sdk/client-iam` and
 * `@aws-sdk/client-sts`, pinned in package.json) against the emulator's IAM
 * and STS: every action the emulator serves (the calls hashicorp/aws 5.100.0
 * and the constructs make for roles, role policies, users, access keys and
 * the caller identity) goes through the SDK's own serializer and XML parser.
 * By reflection over the SDK, every command of those families is either
 * driven here or named as outside the emulator's scope, so a new one fails.
 */
import * as iam from '@aws-sdk/client-iam';
import * as sts from '@aws-sdk/client-sts';
import { policyHandlers } from '../../src/emulator/aws/iam-policies';
import { roleHandlers } from '../../src/emulator/aws/iam-roles';
import { userHandlers } from '../../src/emulator/aws/iam-users';
import { stsHandlers } from '../../src/emulator/aws/sts';
import { withEmulator } from '../support/emulator';

const em = withEmulator({ resetBeforeEach: true });
const ACCOUNT = '123456789012';
const sent = new Set<string>();

type AnyCommand = { constructor: { name: string } };
function recorded<C extends { send: (command: never) => Promise<unknown> }>(client: C): C {
  const send = client.send.bind(client) as (command: AnyCommand) => Promise<unknown>;
  (client as unknown as { send: (command: AnyCommand) => Promise<unknown> }).send = (command: AnyCommand) => {
    sent.add(command.constructor.name.replace(/Command$/, ''));
    return send(command);
  };
  return client;
}

const credentials = (accessKeyId = ACCOUNT) => ({ accessKeyId, secretAccessKey: 'emulated-secret-access-key' });
const iamClient = (): iam.IAMClient => recorded(new iam.IAMClient({ endpoint: em.endpoints.aws, region: 'us-east-1', credentials: credentials(), maxAttempts: 1 }));
const stsClient = (keyId = ACCOUNT, secret?: string, sessionToken?: string): sts.STSClient =>
  recorded(new sts.STSClient({ endpoint: em.endpoints.aws, region: 'us-east-1', credentials: secret ? { accessKeyId: keyId, secretAccessKey: secret, sessionToken } : credentials(keyId), maxAttempts: 1 }));

const trustAccount = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] });
const readPolicy = (action = 's3:GetObject') => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const decoded = (document: string | undefined): unknown => JSON.parse(decodeURIComponent(document ?? ''));

async function rejects(promise: Promise<unknown>): Promise<{ name: string; status: number | undefined }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { name: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the SDK call to fail');
}

it('roles and role policies (aws_iam_role, aws_iam_role_policy, managed attachments)', async () => {
  const c = iamClient();
  const created = await c.send(new iam.CreateRoleCommand({ RoleName: 'vendor', Path: '/cb/', AssumeRolePolicyDocument: trustAccount, Description: 'first', MaxSessionDuration: 3600, Tags: [{ Key: 'team', Value: 'platform' }] }));
  expect(created.Role).toMatchObject({ RoleName: 'vendor', Path: '/cb/', Arn: `arn:aws:iam::${ACCOUNT}:role/cb/vendor`, Description: 'first', MaxSessionDuration: 3600 });
  expect(created.Role!.CreateDate).toBeInstanceOf(Date);

  const got = await c.send(new iam.GetRoleCommand({ RoleName: 'vendor' }));
  expect(decoded(got.Role!.AssumeRolePolicyDocument)).toEqual(JSON.parse(trustAccount));
  expect(got.Role!.Tags).toEqual([{ Key: 'team', Value: 'platform' }]);
  expect((await c.send(new iam.ListRolesCommand({ PathPrefix: '/cb/' }))).Roles!.map((r) => r.RoleName)).toEqual(['vendor']);

  await c.send(new iam.UpdateRoleCommand({ RoleName: 'vendor', MaxSessionDuration: 7200 }));
  await c.send(new iam.UpdateRoleDescriptionCommand({ RoleName: 'vendor', Description: 'second' }));
  const newTrust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x-1' } } }] });
  await c.send(new iam.UpdateAssumeRolePolicyCommand({ RoleName: 'vendor', PolicyDocument: newTrust }));
  const updated = (await c.send(new iam.GetRoleCommand({ RoleName: 'vendor' }))).Role!;
  expect([updated.MaxSessionDuration, updated.Description, decoded(updated.AssumeRolePolicyDocument)]).toEqual([7200, 'second', JSON.parse(newTrust)]);

  await c.send(new iam.TagRoleCommand({ RoleName: 'vendor', Tags: [{ Key: 'env', Value: 'prod' }] }));
  await c.send(new iam.UntagRoleCommand({ RoleName: 'vendor', TagKeys: ['team'] }));
  expect((await c.send(new iam.ListRoleTagsCommand({ RoleName: 'vendor' }))).Tags).toEqual([{ Key: 'env', Value: 'prod' }]);
  expect((await c.send(new iam.ListInstanceProfilesForRoleCommand({ RoleName: 'vendor' }))).InstanceProfiles).toEqual([]);

  const boundary = (await c.send(new iam.CreatePolicyCommand({ PolicyName: 'boundary', PolicyDocument: readPolicy('s3:*') }))).Policy!.Arn!;
  await c.send(new iam.PutRolePermissionsBoundaryCommand({ RoleName: 'vendor', PermissionsBoundary: boundary }));
  expect((await c.send(new iam.GetRoleCommand({ RoleName: 'vendor' }))).Role!.PermissionsBoundary).toEqual({ PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: boundary });
  await c.send(new iam.DeleteRolePermissionsBoundaryCommand({ RoleName: 'vendor' }));
  expect((await c.send(new iam.GetRoleCommand({ RoleName: 'vendor' }))).Role!.PermissionsBoundary).toBeUndefined();

  await c.send(new iam.PutRolePolicyCommand({ RoleName: 'vendor', PolicyName: 'inline', PolicyDocument: readPolicy() }));
  const inline = await c.send(new iam.GetRolePolicyCommand({ RoleName: 'vendor', PolicyName: 'inline' }));
  expect([inline.RoleName, inline.PolicyName, decoded(inline.PolicyDocument)]).toEqual(['vendor', 'inline', JSON.parse(readPolicy())]);
  expect((await c.send(new iam.ListRolePoliciesCommand({ RoleName: 'vendor' }))).PolicyNames).toEqual(['inline']);
  await c.send(new iam.AttachRolePolicyCommand({ RoleName: 'vendor', PolicyArn: boundary }));
  expect((await c.send(new iam.ListAttachedRolePoliciesCommand({ RoleName: 'vendor' }))).AttachedPolicies).toEqual([{ PolicyName: 'boundary', PolicyArn: boundary }]);
  expect(await rejects(c.send(new iam.DeleteRoleCommand({ RoleName: 'vendor' })))).toEqual({ name: 'DeleteConflictException', status: 409 });
  await c.send(new iam.DetachRolePolicyCommand({ RoleName: 'vendor', PolicyArn: boundary }));
  await c.send(new iam.DeleteRolePolicyCommand({ RoleName: 'vendor', PolicyName: 'inline' }));
  expect(await rejects(c.send(new iam.GetRolePolicyCommand({ RoleName: 'vendor', PolicyName: 'inline' })))).toEqual({ name: 'NoSuchEntityException', status: 404 });
  await c.send(new iam.DeleteRoleCommand({ RoleName: 'vendor' }));
  expect(await rejects(c.send(new iam.GetRoleCommand({ RoleName: 'vendor' })))).toEqual({ name: 'NoSuchEntityException', status: 404 });
  expect(await rejects(c.send(new iam.CreateRoleCommand({ RoleName: 'bad', AssumeRolePolicyDocument: '{not json' })))).toEqual({ name: 'MalformedPolicyDocumentException', status: 400 });
});

it('managed policies and their versions and tags', async () => {
  const c = iamClient();
  const policy = (await c.send(new iam.CreatePolicyCommand({ PolicyName: 'vendor-read', Path: '/cb/', PolicyDocument: readPolicy(), Description: 'reads', Tags: [{ Key: 'a', Value: '1' }] }))).Policy!;
  expect(policy).toMatchObject({ PolicyName: 'vendor-read', Path: '/cb/', Arn: `arn:aws:iam::${ACCOUNT}:policy/cb/vendor-read`, DefaultVersionId: 'v1' });
  expect((await c.send(new iam.GetPolicyCommand({ PolicyArn: policy.Arn }))).Policy).toMatchObject({ Description: 'reads', AttachmentCount: 0 });
  await c.send(new iam.CreatePolicyVersionCommand({ PolicyArn: policy.Arn, PolicyDocument: readPolicy('s3:ListBucket'), SetAsDefault: true }));
  const versions = (await c.send(new iam.ListPolicyVersionsCommand({ PolicyArn: policy.Arn }))).Versions!;
  expect(versions.map((v) => [v.VersionId, v.IsDefaultVersion])).toEqual([
    ['v2', true],
    ['v1', false],
  ]);
  expect(decoded((await c.send(new iam.GetPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v2' }))).PolicyVersion!.Document)).toEqual(JSON.parse(readPolicy('s3:ListBucket')));
  await c.send(new iam.DeletePolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v1' }));
  await c.send(new iam.TagPolicyCommand({ PolicyArn: policy.Arn, Tags: [{ Key: 'b', Value: '2' }] }));
  await c.send(new iam.UntagPolicyCommand({ PolicyArn: policy.Arn, TagKeys: ['a'] }));
  expect((await c.send(new iam.ListPolicyTagsCommand({ PolicyArn: policy.Arn }))).Tags).toEqual([{ Key: 'b', Value: '2' }]);
  await c.send(new iam.DeletePolicyCommand({ PolicyArn: policy.Arn }));
  expect(await rejects(c.send(new iam.GetPolicyCommand({ PolicyArn: policy.Arn })))).toEqual({ name: 'NoSuchEntityException', status: 404 });
});

it('users, their policies and access keys (aws_iam_user, aws_iam_access_key)', async () => {
  const c = iamClient();
  const user = (await c.send(new iam.CreateUserCommand({ UserName: 'avisi', Path: '/cb/', Tags: [{ Key: 'vendor', Value: 'avisi' }] }))).User!;
  expect(user).toMatchObject({ UserName: 'avisi', Path: '/cb/', Arn: `arn:aws:iam::${ACCOUNT}:user/cb/avisi` });
  expect((await c.send(new iam.GetUserCommand({ UserName: 'avisi' }))).User!.Tags).toEqual([{ Key: 'vendor', Value: 'avisi' }]);
  expect((await c.send(new iam.ListUsersCommand({ PathPrefix: '/cb/' }))).Users!.map((u) => u.UserName)).toEqual(['avisi']);
  await c.send(new iam.TagUserCommand({ UserName: 'avisi', Tags: [{ Key: 'env', Value: 'prod' }] }));
  await c.send(new iam.UntagUserCommand({ UserName: 'avisi', TagKeys: ['vendor'] }));
  expect((await c.send(new iam.GetUserCommand({ UserName: 'avisi' }))).User!.Tags).toEqual([{ Key: 'env', Value: 'prod' }]);
  expect((await c.send(new iam.ListUserTagsCommand({ UserName: 'avisi' }))).Tags).toEqual([{ Key: 'env', Value: 'prod' }]);

  const boundary = (await c.send(new iam.CreatePolicyCommand({ PolicyName: 'user-boundary', PolicyDocument: readPolicy('ec2:*') }))).Policy!.Arn!;
  await c.send(new iam.PutUserPermissionsBoundaryCommand({ UserName: 'avisi', PermissionsBoundary: boundary }));
  expect((await c.send(new iam.GetUserCommand({ UserName: 'avisi' }))).User!.PermissionsBoundary?.PermissionsBoundaryArn).toBe(boundary);
  await c.send(new iam.DeleteUserPermissionsBoundaryCommand({ UserName: 'avisi' }));

  // What hashicorp/aws reads before it deletes a user: nothing else may hang on it.
  expect((await c.send(new iam.ListGroupsForUserCommand({ UserName: 'avisi' }))).Groups).toEqual([]);
  expect((await c.send(new iam.ListMFADevicesCommand({ UserName: 'avisi' }))).MFADevices).toEqual([]);
  expect((await c.send(new iam.ListSSHPublicKeysCommand({ UserName: 'avisi' }))).SSHPublicKeys).toEqual([]);
  expect((await c.send(new iam.ListSigningCertificatesCommand({ UserName: 'avisi' }))).Certificates).toEqual([]);
  expect((await c.send(new iam.ListServiceSpecificCredentialsCommand({ UserName: 'avisi' }))).ServiceSpecificCredentials ?? []).toEqual([]);
  expect((await c.send(new iam.ListVirtualMFADevicesCommand({}))).VirtualMFADevices).toEqual([]);
  expect(await rejects(c.send(new iam.GetLoginProfileCommand({ UserName: 'avisi' })))).toEqual({ name: 'NoSuchEntityException', status: 404 });
  expect(await rejects(c.send(new iam.DeleteLoginProfileCommand({ UserName: 'avisi' })))).toEqual({ name: 'NoSuchEntityException', status: 404 });

  await c.send(new iam.PutUserPolicyCommand({ UserName: 'avisi', PolicyName: 'inline', PolicyDocument: readPolicy() }));
  expect(decoded((await c.send(new iam.GetUserPolicyCommand({ UserName: 'avisi', PolicyName: 'inline' }))).PolicyDocument)).toEqual(JSON.parse(readPolicy()));
  expect((await c.send(new iam.ListUserPoliciesCommand({ UserName: 'avisi' }))).PolicyNames).toEqual(['inline']);
  await c.send(new iam.AttachUserPolicyCommand({ UserName: 'avisi', PolicyArn: boundary }));
  expect((await c.send(new iam.ListAttachedUserPoliciesCommand({ UserName: 'avisi' }))).AttachedPolicies!.map((p) => p.PolicyArn)).toEqual([boundary]);
  await c.send(new iam.DetachUserPolicyCommand({ UserName: 'avisi', PolicyArn: boundary }));
  await c.send(new iam.DeleteUserPolicyCommand({ UserName: 'avisi', PolicyName: 'inline' }));

  const key = (await c.send(new iam.CreateAccessKeyCommand({ UserName: 'avisi' }))).AccessKey!;
  expect(key).toMatchObject({ UserName: 'avisi', Status: 'Active', AccessKeyId: expect.stringMatching(/^AKIA[A-Z0-9]{16}$/), SecretAccessKey: expect.any(String) });
  expect((await c.send(new iam.ListAccessKeysCommand({ UserName: 'avisi' }))).AccessKeyMetadata!.map((k) => [k.AccessKeyId, k.Status])).toEqual([[key.AccessKeyId, 'Active']]);
  await c.send(new iam.UpdateAccessKeyCommand({ UserName: 'avisi', AccessKeyId: key.AccessKeyId, Status: 'Inactive' }));
  expect((await c.send(new iam.ListAccessKeysCommand({ UserName: 'avisi' }))).AccessKeyMetadata![0]!.Status).toBe('Inactive');
  expect((await c.send(new iam.GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }))).UserName).toBe('avisi');
  await c.send(new iam.DeleteAccessKeyCommand({ UserName: 'avisi', AccessKeyId: key.AccessKeyId }));

  await c.send(new iam.UpdateUserCommand({ UserName: 'avisi', NewUserName: 'avisi-cloud' }));
  await c.send(new iam.DeleteUserCommand({ UserName: 'avisi-cloud' }));
  expect(await rejects(c.send(new iam.GetUserCommand({ UserName: 'avisi-cloud' })))).toEqual({ name: 'NoSuchEntityException', status: 404 });
});

it('STS: GetCallerIdentity per account key, and AssumeRole into a role that trusts the account', async () => {
  expect(await stsClient().send(new sts.GetCallerIdentityCommand({}))).toMatchObject({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:root` });
  expect((await stsClient('not-an-account').send(new sts.GetCallerIdentityCommand({}))).Account).toBe('000000000000');
  await iamClient().send(new iam.CreateRoleCommand({ RoleName: 'assumable', AssumeRolePolicyDocument: trustAccount }));
  const assumed = await stsClient().send(new sts.AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/assumable`, RoleSessionName: 'cb-test' }));
  expect(assumed.AssumedRoleUser!.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/assumable/cb-test`);
  expect(assumed.Credentials!.Expiration).toBeInstanceOf(Date);
  const asRole = await stsClient(assumed.Credentials!.AccessKeyId!, assumed.Credentials!.SecretAccessKey!, assumed.Credentials!.SessionToken!).send(new sts.GetCallerIdentityCommand({}));
  expect(asRole.Arn).toBe(assumed.AssumedRoleUser!.Arn);
});

/**
 * SDK commands of the same families (roles, users, access keys, policies,
 * caller identity) that neither hashicorp/aws 5.100.0's aws_iam_role,
 * aws_iam_role_policy, aws_iam_user, aws_iam_access_key nor the constructs
 * call: the emulator does not serve them.
 */
const OUT_OF_SCOPE = [
  'AcquireRole', 'AddRoleToInstanceProfile', 'AddUserToGroup', 'CreateLoginProfile', 'CreateServiceLinkedRole', 'CreateServiceSpecificCredential',
  'DeleteServiceLinkedRole', 'DeleteServiceSpecificCredential', 'DeleteSigningCertificate', 'DeleteSSHPublicKey', 'GetRoleTemplateVersion',
  'GetServiceLinkedRoleDeletionStatus', 'ListPolicies', 'RemoveRoleFromInstanceProfile', 'RemoveUserFromGroup',
  'ResetServiceSpecificCredential', 'SetDefaultPolicyVersion', 'UpdateLoginProfile', 'UpdateServiceSpecificCredential', 'UpdateSigningCertificate',
  'UpdateSSHPublicKey', 'UploadSigningCertificate', 'UploadSSHPublicKey', 'ListEntitiesForPolicy', 'ListPoliciesGrantingServiceAccess',
  'GetContextKeysForPrincipalPolicy', 'SimulatePrincipalPolicy', 'GetAccessKeyInfo', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'AssumeRoot',
];
const FAMILY = /Role|User|AccessKey|CallerIdentity|Polic(y|ies)$|PolicyVersion|PolicyTags/;
const GROUPS_AND_ACCOUNT = /Group|Account|Custom|MFADevice|SSHPublicKey$|Certificate$/;

it('drives every action the emulator serves, each an SDK command; every SDK command of those families is driven or named out of scope', () => {
  const commands = (mod: Record<string, unknown>): string[] => Object.keys(mod).filter((k) => k.endsWith('Command') && k !== '$Command').map((k) => k.slice(0, -'Command'.length));
  const sdkCommands = new Set([...commands(iam), ...commands(sts)]);
  const emulated = [...Object.keys(roleHandlers), ...Object.keys(userHandlers), ...Object.keys(policyHandlers), ...Object.keys(stsHandlers)].sort();
  expect(emulated.filter((action) => !sdkCommands.has(action))).toEqual([]);
  expect(emulated.filter((action) => !sent.has(action))).toEqual([]);
  const family = [...sdkCommands].filter((c) => FAMILY.test(c) && !(GROUPS_AND_ACCOUNT.test(c) && !emulated.includes(c)));
  expect(family.filter((c) => !emulated.includes(c) && !OUT_OF_SCOPE.includes(c)).sort()).toEqual([]);
  expect(OUT_OF_SCOPE.filter((c) => !sdkCommands.has(c))).toEqual([]);
});
