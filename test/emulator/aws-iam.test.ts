/**
 * The emulated IAM query API over HTTP: XML shapes, IAM's errors and
 * statuses, validation, pagination, accounts and the AwsView.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { awsEmulator, type AwsEmulatorState } from '../../src/emulator/aws';
import { apiModule } from '../../src/emulator/types';
import { emulatedApis } from '../../src/emulate';
import { startEmulator } from '../../src/emulator/server';
import { awsQuery, createRole, deleteRole, type AwsQueryResult } from '../support/aws';
import { withEmulator } from '../support/emulator';

const ACCOUNT = '123456789012';
const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';

const em = withEmulator({ modules: [apiModule(awsEmulator)], resetBeforeEach: true });

const trust = (account = '111122223333', externalId = 'ext-1') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': externalId } } }],
});
const readS3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }] };

const iam = (action: string, params: Record<string, string> = {}, key = ACCOUNT): Promise<AwsQueryResult> => awsQuery(em, key, action, params);

function expectError(r: AwsQueryResult, status: number, code: string, message?: string): void {
  expect({ status: r.status, code: r.xml.find('ErrorResponse/Error/Code')?.value }).toEqual({ status, code });
  expect(r.xml.text('ErrorResponse/Error/Type')).toBe('Sender');
  expect(r.xml.text('ErrorResponse/RequestId')).toBe(r.headers.get('x-amzn-requestid'));
  expect(r.xml.find('ErrorResponse')!.attributes['xmlns']).toBe(IAM_NS);
  if (message !== undefined) expect(r.xml.text('ErrorResponse/Error/Message')).toBe(message);
}

describe('registration', () => {
  it('the aws module is in the registry and served at {url}/aws', () => {
    expect(emulatedApis().filter((m) => m.api === 'aws')).toHaveLength(1);
    expect(em.endpoints.aws).toBe(`${em.url}/aws`);
  });
});

describe('roles', () => {
  it('CreateRole answers IAM XML with ids, ARN with path, timestamp and the URL-encoded trust policy', async () => {
    const doc = JSON.stringify(trust());
    const r = await iam('CreateRole', { RoleName: 'Vendor-Role', Path: '/vendors/', AssumeRolePolicyDocument: doc, Description: 'for the vendor', MaxSessionDuration: '7200', 'Tags.member.1.Key': 'team', 'Tags.member.1.Value': 'platform' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/xml');
    const root = r.xml.find('CreateRoleResponse')!;
    expect(root.attributes['xmlns']).toBe(IAM_NS);
    expect(root.childNames()).toEqual(['CreateRoleResult', 'ResponseMetadata']);
    expect(r.xml.text('CreateRoleResponse/ResponseMetadata/RequestId')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const role = r.xml.find('CreateRoleResponse/CreateRoleResult/Role')!;
    expect(role.childNames()).toEqual(['Path', 'RoleName', 'RoleId', 'Arn', 'CreateDate', 'AssumeRolePolicyDocument', 'Description', 'MaxSessionDuration', 'Tags']);
    expect(role.text('Arn')).toBe(`arn:aws:iam::${ACCOUNT}:role/vendors/Vendor-Role`);
    expect(role.text('RoleId')).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(role.text('CreateDate')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(role.text('AssumeRolePolicyDocument')).toBe(encodeURIComponent(doc));
    expect(decodeURIComponent(role.text('AssumeRolePolicyDocument'))).toBe(doc);
    expect(role.text('MaxSessionDuration')).toBe('7200');
    expect(role.all('Tags/member').map((m) => [m.text('Key'), m.text('Value')])).toEqual([['team', 'platform']]);
  });

  it('GetRole returns tags, description and RoleLastUsed; ListRoles leaves tags out', async () => {
    await createRole(em, ACCOUNT, 'r1', trust(), { description: 'd', tags: { a: '1' } });
    const got = await iam('GetRole', { RoleName: 'r1' });
    const role = got.xml.find('GetRoleResponse/GetRoleResult/Role')!;
    expect(role.childNames()).toEqual(['Path', 'RoleName', 'RoleId', 'Arn', 'CreateDate', 'AssumeRolePolicyDocument', 'Description', 'MaxSessionDuration', 'Tags', 'RoleLastUsed']);
    expect(role.text('MaxSessionDuration')).toBe('3600');
    expect(role.text('Path')).toBe('/');
    const listed = await iam('ListRoles');
    expect(listed.xml.all('ListRolesResponse/ListRolesResult/Roles/member').map((m) => m.childNames())).toEqual([
      ['Path', 'RoleName', 'RoleId', 'Arn', 'CreateDate', 'AssumeRolePolicyDocument', 'Description', 'MaxSessionDuration'],
    ]);
    expect(listed.xml.text('ListRolesResponse/ListRolesResult/IsTruncated')).toBe('false');
  });

  it('names are unique case-insensitively; lookups ignore case', async () => {
    await createRole(em, ACCOUNT, 'MyRole', trust());
    expectError(await iam('CreateRole', { RoleName: 'myrole', AssumeRolePolicyDocument: JSON.stringify(trust()) }), 409, 'EntityAlreadyExists', 'Role with name myrole already exists.');
    expect((await iam('GetRole', { RoleName: 'MYROLE' })).xml.text('GetRoleResponse/GetRoleResult/Role/RoleName')).toBe('MyRole');
  });

  it('a missing role is 404 NoSuchEntity in the ErrorResponse shape', async () => {
    const r = await iam('GetRole', { RoleName: 'nope' });
    expectError(r, 404, 'NoSuchEntity', 'The role with name nope cannot be found.');
    expect(r.xml.find('ErrorResponse')!.childNames()).toEqual(['Error', 'RequestId']);
    expect(r.xml.find('ErrorResponse/Error')!.childNames()).toEqual(['Type', 'Code', 'Message']);
    expectError(await iam('DeleteRole', { RoleName: 'nope' }), 404, 'NoSuchEntity');
    expectError(await iam('UpdateAssumeRolePolicy', { RoleName: 'nope', PolicyDocument: JSON.stringify(trust()) }), 404, 'NoSuchEntity');
  });

  it.each([
    [{ RoleName: 'bad name' }, "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"],
    [{ RoleName: 'x'.repeat(65) }, `1 validation error detected: Value '${'x'.repeat(65)}' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64`],
    [{ RoleName: '' }, "1 validation error detected: Value '' at 'roleName' failed to satisfy constraint: Member must have length greater than or equal to 1"],
    [{ RoleName: undefined }, "1 validation error detected: Value null at 'roleName' failed to satisfy constraint: Member must not be null"],
    [{ Path: 'vendors' }, "1 validation error detected: Value 'vendors' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"],
    [{ MaxSessionDuration: '100' }, "1 validation error detected: Value '100' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600"],
    [{ MaxSessionDuration: '43201' }, "1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200"],
    [{ Description: 'd'.repeat(1001) }, `1 validation error detected: Value '${'d'.repeat(1001)}' at 'description' failed to satisfy constraint: Member must have length less than or equal to 1000`],
  ])('CreateRole %j is a 400 ValidationError', async (override, message) => {
    const params: Record<string, string> = { RoleName: 'ok', AssumeRolePolicyDocument: JSON.stringify(trust()) };
    for (const [k, v] of Object.entries(override)) {
      if (v === undefined) delete params[k];
      else params[k] = v;
    }
    expectError(await iam('CreateRole', params), 400, 'ValidationError', message);
    expectError(await iam('GetRole', { RoleName: 'ok' }), 404, 'NoSuchEntity');
  });

  it.each([
    ['{"Version": "2012-10-17", "Statement": [', 'This policy contains invalid Json'],
    [JSON.stringify({ Version: '2012-10-17' }), 'Syntax errors in policy.'],
    [JSON.stringify({ Version: '2012-10-18', Statement: [] }), 'The policy failed legacy parsing'],
    [JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole', Resource: '*' }] }), 'Has prohibited field Resource'],
    [JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }), 'Missing required field Principal'],
    [JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: 'not-an-account' }, Action: 'sts:AssumeRole' }] }), 'Invalid principal in policy: "AWS":"not-an-account"'],
    [JSON.stringify({ Statement: [{ Effect: 'Maybe', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }] }), 'Invalid effect: Maybe'],
    [JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject' }] }), 'AssumeRole policy may only specify STS AssumeRole actions.'],
    [JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'AssumeRole' }] }), 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.'],
  ])('a bad trust policy %s is 400 MalformedPolicyDocument', async (doc, message) => {
    expectError(await iam('CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: doc }), 400, 'MalformedPolicyDocument', message);
  });

  it('a trust policy without Version is accepted (IAM defaults it)', async () => {
    const r = await iam('CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });
    expect(r.status).toBe(200);
  });

  it('a trust policy over 2048 non-blank characters is 409 LimitExceeded', async () => {
    const big = { Version: '2012-10-17', Statement: Array.from({ length: 40 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::1111222233${String(i).padStart(2, '0')}:root` }, Action: 'sts:AssumeRole' })) };
    expectError(await iam('CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: JSON.stringify(big) }), 409, 'LimitExceeded', 'Cannot exceed quota for ACLSizePerRole: 2048');
  });

  it('UpdateRole, UpdateRoleDescription and UpdateAssumeRolePolicy change what GetRole shows', async () => {
    await createRole(em, ACCOUNT, 'r', trust());
    expect((await iam('UpdateRole', { RoleName: 'r', Description: 'new', MaxSessionDuration: '43200' })).xml.find('UpdateRoleResponse/UpdateRoleResult')).toBeDefined();
    expect((await iam('UpdateRoleDescription', { RoleName: 'r', Description: 'newer' })).xml.text('UpdateRoleDescriptionResponse/UpdateRoleDescriptionResult/Role/Description')).toBe('newer');
    const updated = JSON.stringify(trust('444455556666', 'ext-2'));
    const upd = await iam('UpdateAssumeRolePolicy', { RoleName: 'r', PolicyDocument: updated });
    expect(upd.xml.find('UpdateAssumeRolePolicyResponse')!.childNames()).toEqual(['ResponseMetadata']);
    const role = (await iam('GetRole', { RoleName: 'r' })).xml.find('GetRoleResponse/GetRoleResult/Role')!;
    expect([role.text('Description'), role.text('MaxSessionDuration'), decodeURIComponent(role.text('AssumeRolePolicyDocument'))]).toEqual(['newer', '43200', updated]);
    expectError(await iam('UpdateAssumeRolePolicy', { RoleName: 'r', PolicyDocument: '{}' }), 400, 'MalformedPolicyDocument');
  });

  it('tags: TagRole merges case-insensitively, UntagRole removes, limits and duplicates are refused', async () => {
    await createRole(em, ACCOUNT, 'r', trust(), { tags: { Team: 'a', env: 'dev' } });
    await iam('TagRole', { RoleName: 'r', 'Tags.member.1.Key': 'team', 'Tags.member.1.Value': 'b', 'Tags.member.2.Key': 'cost', 'Tags.member.2.Value': '42' });
    await iam('UntagRole', { RoleName: 'r', 'TagKeys.member.1': 'env' });
    const tags = await iam('ListRoleTags', { RoleName: 'r' });
    expect(tags.xml.all('ListRoleTagsResponse/ListRoleTagsResult/Tags/member').map((m) => `${m.text('Key')}=${m.text('Value')}`)).toEqual(['team=b', 'cost=42']);
    const many: Record<string, string> = { RoleName: 'r' };
    for (let i = 1; i <= 49; i++) Object.assign(many, { [`Tags.member.${i}.Key`]: `k${i}`, [`Tags.member.${i}.Value`]: 'v' });
    expectError(await iam('TagRole', many), 409, 'LimitExceeded', 'The number of tags has reached the maximum limit of 50.');
    expectError(await iam('TagRole', { RoleName: 'r', 'Tags.member.1.Key': 'x', 'Tags.member.1.Value': '1', 'Tags.member.2.Key': 'X', 'Tags.member.2.Value': '2' }), 400, 'InvalidInput');
  });

  it('inline policies: put, get (URL-encoded), list, delete; DeleteRole refuses while any remain', async () => {
    await createRole(em, ACCOUNT, 'r', trust());
    const doc = JSON.stringify(readS3, null, 2);
    expect((await iam('PutRolePolicy', { RoleName: 'r', PolicyName: 'read', PolicyDocument: doc })).status).toBe(200);
    const got = await iam('GetRolePolicy', { RoleName: 'r', PolicyName: 'read' });
    expect(got.xml.find('GetRolePolicyResponse/GetRolePolicyResult')!.childNames()).toEqual(['RoleName', 'PolicyName', 'PolicyDocument']);
    expect(got.xml.text('GetRolePolicyResponse/GetRolePolicyResult/PolicyDocument')).toBe(encodeURIComponent(doc));
    expect((await iam('ListRolePolicies', { RoleName: 'r' })).xml.all('ListRolePoliciesResponse/ListRolePoliciesResult/PolicyNames/member').map((m) => m.value)).toEqual(['read']);
    expectError(await iam('DeleteRole', { RoleName: 'r' }), 409, 'DeleteConflict', 'Cannot delete entity, must delete policies first.');
    expectError(await iam('GetRolePolicy', { RoleName: 'r', PolicyName: 'other' }), 404, 'NoSuchEntity', 'The role policy with name other cannot be found.');
    expect((await iam('DeleteRolePolicy', { RoleName: 'r', PolicyName: 'read' })).status).toBe(200);
    expect((await iam('DeleteRole', { RoleName: 'r' })).status).toBe(200);
  });

  it('identity policies must name resources and no principal', async () => {
    await createRole(em, ACCOUNT, 'r', trust());
    const put = (d: unknown) => iam('PutRolePolicy', { RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify(d) });
    expectError(await put({ Statement: [{ Effect: 'Allow', Action: 's3:*' }] }), 400, 'MalformedPolicyDocument', 'Policy statement must contain resources.');
    expectError(await put({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Principal: '*' }] }), 400, 'MalformedPolicyDocument', 'Policy document should not specify a principal.');
    expectError(await put({ Statement: [{ Effect: 'Allow', Resource: '*' }] }), 400, 'MalformedPolicyDocument', 'Policy statement must contain actions.');
    expectError(await put({ Statement: [{ Sid: 'has space', Effect: 'Allow', Action: 's3:*', Resource: '*' }] }), 400, 'MalformedPolicyDocument');
    const huge = { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-number-${i}/*`) }] };
    expectError(await put(huge), 409, 'LimitExceeded', 'Maximum policy size of 10240 bytes exceeded for role r');
  });

  it('attached policies: AWS managed ones attach, unknown ones are 404, bad ARNs 400, quota 10; GetPolicy/GetPolicyVersion read them', async () => {
    await createRole(em, ACCOUNT, 'r', trust());
    const ro = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    expect((await iam('AttachRolePolicy', { RoleName: 'r', PolicyArn: ro })).status).toBe(200);
    expectError(await iam('AttachRolePolicy', { RoleName: 'r', PolicyArn: 'arn:aws:iam::aws:policy/NoSuchPolicy' }), 404, 'NoSuchEntity', 'Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.');
    expectError(await iam('AttachRolePolicy', { RoleName: 'r', PolicyArn: 'arn:aws:s3:::not-a-policy' }), 400, 'InvalidInput', 'ARN arn:aws:s3:::not-a-policy is not valid.');
    const attached = await iam('ListAttachedRolePolicies', { RoleName: 'r' });
    expect(attached.xml.all('ListAttachedRolePoliciesResponse/ListAttachedRolePoliciesResult/AttachedPolicies/member').map((m) => [m.text('PolicyName'), m.text('PolicyArn')])).toEqual([['ReadOnlyAccess', ro]]);
    const policy = (await iam('GetPolicy', { PolicyArn: ro })).xml.find('GetPolicyResponse/GetPolicyResult/Policy')!;
    expect([policy.text('PolicyName'), policy.text('Arn'), policy.text('DefaultVersionId'), policy.text('AttachmentCount'), policy.text('IsAttachable')]).toEqual(['ReadOnlyAccess', ro, 'v1', '1', 'true']);
    const version = (await iam('GetPolicyVersion', { PolicyArn: ro, VersionId: 'v1' })).xml.find('GetPolicyVersionResponse/GetPolicyVersionResult/PolicyVersion')!;
    expect(JSON.parse(decodeURIComponent(version.text('Document')))).toMatchObject({ Version: '2012-10-17' });
    expect(version.text('IsDefaultVersion')).toBe('true');
    expectError(await iam('DeleteRole', { RoleName: 'r' }), 409, 'DeleteConflict', 'Cannot delete entity, must detach all policies first.');
    expectError(await iam('DetachRolePolicy', { RoleName: 'r', PolicyArn: 'arn:aws:iam::aws:policy/SecurityAudit' }), 404, 'NoSuchEntity', 'Policy arn:aws:iam::aws:policy/SecurityAudit was not found.');

    const customer: string[] = [];
    for (let i = 0; i < 10; i++) {
      const c = await iam('CreatePolicy', { PolicyName: `p${i}`, PolicyDocument: JSON.stringify(readS3) });
      customer.push(c.xml.text('CreatePolicyResponse/CreatePolicyResult/Policy/Arn'));
    }
    expect(customer[0]).toBe(`arn:aws:iam::${ACCOUNT}:policy/p0`);
    for (const arn of customer.slice(0, 9)) expect((await iam('AttachRolePolicy', { RoleName: 'r', PolicyArn: arn })).status).toBe(200);
    expectError(await iam('AttachRolePolicy', { RoleName: 'r', PolicyArn: customer[9]! }), 409, 'LimitExceeded', 'Cannot exceed quota for PoliciesPerRole: 10');
    expectError(await iam('DeletePolicy', { PolicyArn: customer[0]! }), 409, 'DeleteConflict', 'Cannot delete a policy attached to entities.');
    expect((await iam('DeletePolicy', { PolicyArn: customer[9]! })).status).toBe(200);
  });

  it('ListInstanceProfilesForRole is empty; unknown roles are 404', async () => {
    await createRole(em, ACCOUNT, 'r', trust());
    const r = await iam('ListInstanceProfilesForRole', { RoleName: 'r' });
    expect(r.xml.find('ListInstanceProfilesForRoleResponse/ListInstanceProfilesForRoleResult')!.childNames()).toEqual(['InstanceProfiles', 'IsTruncated']);
    expectError(await iam('ListInstanceProfilesForRole', { RoleName: 'x' }), 404, 'NoSuchEntity');
  });
});

describe('pagination', () => {
  it('Marker/IsTruncated/MaxItems walk every role once, in name order', async () => {
    for (const name of ['e', 'b', 'd', 'a', 'c']) await createRole(em, ACCOUNT, name, trust());
    const seen: string[] = [];
    const truncations: string[] = [];
    let marker: string | undefined;
    do {
      const r = await iam('ListRoles', { MaxItems: '2', ...(marker ? { Marker: marker } : {}) });
      const result = r.xml.find('ListRolesResponse/ListRolesResult')!;
      seen.push(...result.all('Roles/member/RoleName').map((m) => m.value));
      truncations.push(result.text('IsTruncated'));
      marker = result.find('Marker')?.value;
    } while (marker);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(truncations).toEqual(['true', 'true', 'false']);
  });

  it('PathPrefix filters; bad MaxItems and Marker are 400', async () => {
    await createRole(em, ACCOUNT, 'x', trust(), { path: '/team/' });
    await createRole(em, ACCOUNT, 'y', trust());
    expect((await iam('ListRoles', { PathPrefix: '/team/' })).xml.all('ListRolesResponse/ListRolesResult/Roles/member/RoleName').map((m) => m.value)).toEqual(['x']);
    expectError(await iam('ListRoles', { MaxItems: '0' }), 400, 'ValidationError', "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1");
    expectError(await iam('ListRoles', { MaxItems: '1001' }), 400, 'ValidationError');
    expectError(await iam('ListRoles', { Marker: 'garbage' }), 400, 'ValidationError');
  });
});

describe('users and access keys', () => {
  it('CreateUser/GetUser/UpdateUser/ListUsers/DeleteUser', async () => {
    const created = await iam('CreateUser', { UserName: 'alice', Path: '/people/', 'Tags.member.1.Key': 'owner', 'Tags.member.1.Value': 'me' });
    const user = created.xml.find('CreateUserResponse/CreateUserResult/User')!;
    expect(user.childNames()).toEqual(['Path', 'UserName', 'UserId', 'Arn', 'CreateDate', 'Tags']);
    expect(user.text('UserId')).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(user.text('Arn')).toBe(`arn:aws:iam::${ACCOUNT}:user/people/alice`);
    expectError(await iam('CreateUser', { UserName: 'ALICE' }), 409, 'EntityAlreadyExists', 'User with name ALICE already exists.');
    expect((await iam('UpdateUser', { UserName: 'alice', NewUserName: 'alicia', NewPath: '/' })).status).toBe(200);
    expectError(await iam('GetUser', { UserName: 'alice' }), 404, 'NoSuchEntity', 'The user with name alice cannot be found.');
    expect((await iam('GetUser', { UserName: 'alicia' })).xml.text('GetUserResponse/GetUserResult/User/Arn')).toBe(`arn:aws:iam::${ACCOUNT}:user/alicia`);
    expect((await iam('ListUsers')).xml.all('ListUsersResponse/ListUsersResult/Users/member/UserName').map((m) => m.value)).toEqual(['alicia']);
    await iam('TagUser', { UserName: 'alicia', 'Tags.member.1.Key': 'x', 'Tags.member.1.Value': 'y' });
    await iam('UntagUser', { UserName: 'alicia', 'TagKeys.member.1': 'owner' });
    expect((await iam('ListUserTags', { UserName: 'alicia' })).xml.all('ListUserTagsResponse/ListUserTagsResult/Tags/member/Key').map((m) => m.value)).toEqual(['x']);
    expect((await iam('DeleteUser', { UserName: 'alicia' })).status).toBe(200);
    expectError(await iam('DeleteUser', { UserName: 'alicia' }), 404, 'NoSuchEntity');
  });

  it('the lists the provider reads before deleting a user are empty; there is no login profile', async () => {
    await iam('CreateUser', { UserName: 'bob' });
    const lists: [string, string][] = [
      ['ListGroupsForUser', 'Groups'],
      ['ListMFADevices', 'MFADevices'],
      ['ListSSHPublicKeys', 'SSHPublicKeys'],
      ['ListSigningCertificates', 'Certificates'],
      ['ListServiceSpecificCredentials', 'ServiceSpecificCredentials'],
      ['ListUserPolicies', 'PolicyNames'],
      ['ListAttachedUserPolicies', 'AttachedPolicies'],
      ['ListAccessKeys', 'AccessKeyMetadata'],
    ];
    for (const [action, element] of lists) {
      const r = await iam(action, { UserName: 'bob' });
      expect({ action, status: r.status, members: r.xml.all(`${action}Response/${action}Result/${element}/member`).length, present: r.xml.find(`${action}Response/${action}Result/${element}`) !== undefined }).toEqual({ action, status: 200, members: 0, present: true });
    }
    expectError(await iam('GetLoginProfile', { UserName: 'bob' }), 404, 'NoSuchEntity', 'Login Profile for User bob cannot be found.');
    // force_destroy also deletes the login profile and lists the account's virtual MFA devices.
    expectError(await iam('DeleteLoginProfile', { UserName: 'bob' }), 404, 'NoSuchEntity', 'Login Profile for User bob cannot be found.');
    const mfa = await iam('ListVirtualMFADevices', { AssignmentStatus: 'Assigned' });
    expect(mfa.xml.find('ListVirtualMFADevicesResponse/ListVirtualMFADevicesResult')!.childNames()).toEqual(['VirtualMFADevices', 'IsTruncated']);
    expectError(await iam('ListVirtualMFADevices', { AssignmentStatus: 'Some' }), 400, 'ValidationError');
  });

  it('user inline policies and attachments', async () => {
    await iam('CreateUser', { UserName: 'carol' });
    await iam('PutUserPolicy', { UserName: 'carol', PolicyName: 'p', PolicyDocument: JSON.stringify(readS3) });
    expect((await iam('GetUserPolicy', { UserName: 'carol', PolicyName: 'p' })).xml.text('GetUserPolicyResponse/GetUserPolicyResult/UserName')).toBe('carol');
    await iam('AttachUserPolicy', { UserName: 'carol', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' });
    expectError(await iam('DeleteUser', { UserName: 'carol' }), 409, 'DeleteConflict', 'Cannot delete entity, must delete policies first.');
    await iam('DeleteUserPolicy', { UserName: 'carol', PolicyName: 'p' });
    expectError(await iam('DeleteUser', { UserName: 'carol' }), 409, 'DeleteConflict', 'Cannot delete entity, must detach all policies first.');
    await iam('DetachUserPolicy', { UserName: 'carol', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' });
    expect((await iam('DeleteUser', { UserName: 'carol' })).status).toBe(200);
  });

  it('access keys: create (secret returned once, never stored), list, quota, deactivate, last used, delete', async () => {
    await iam('CreateUser', { UserName: 'dave' });
    const created = await iam('CreateAccessKey', { UserName: 'dave' });
    const key = created.xml.find('CreateAccessKeyResponse/CreateAccessKeyResult/AccessKey')!;
    expect(key.childNames()).toEqual(['UserName', 'AccessKeyId', 'Status', 'CreateDate', 'SecretAccessKey']);
    const keyId = key.text('AccessKeyId');
    const secret = key.text('SecretAccessKey');
    expect(keyId).toMatch(new RegExp(`^${'AK'}IA[A-Z2-7]{16}$`));
    expect(secret).toHaveLength(40);
    expect(JSON.stringify(em.state('aws'))).not.toContain(secret);
    expect((await iam('ListAccessKeys', { UserName: 'dave' })).xml.all('ListAccessKeysResponse/ListAccessKeysResult/AccessKeyMetadata/member').map((m) => [m.text('AccessKeyId'), m.text('Status')])).toEqual([[keyId, 'Active']]);
    await iam('CreateAccessKey', { UserName: 'dave' });
    expectError(await iam('CreateAccessKey', { UserName: 'dave' }), 409, 'LimitExceeded', 'Cannot exceed quota for AccessKeysPerUser: 2');

    // The issued key works and selects its own account and user.
    const asDave = await awsQuery(em, keyId, 'GetCallerIdentity');
    expect(asDave.xml.text('GetCallerIdentityResponse/GetCallerIdentityResult/Arn')).toBe(`arn:aws:iam::${ACCOUNT}:user/dave`);
    const lastUsed = await iam('GetAccessKeyLastUsed', { AccessKeyId: keyId });
    expect(lastUsed.xml.text('GetAccessKeyLastUsedResponse/GetAccessKeyLastUsedResult/AccessKeyLastUsed/ServiceName')).toBe('sts');

    expectError(await iam('UpdateAccessKey', { UserName: 'dave', AccessKeyId: keyId, Status: 'Paused' }), 400, 'ValidationError');
    expect((await iam('UpdateAccessKey', { UserName: 'dave', AccessKeyId: keyId, Status: 'Inactive' })).status).toBe(200);
    const refused = await awsQuery(em, keyId, 'ListRoles');
    expect([refused.status, refused.xml.text('ErrorResponse/Error/Code')]).toEqual([403, 'InvalidClientTokenId']);

    expectError(await iam('DeleteUser', { UserName: 'dave' }), 409, 'DeleteConflict', 'Cannot delete entity, must delete access keys first.');
    expect((await iam('DeleteAccessKey', { UserName: 'dave', AccessKeyId: keyId })).status).toBe(200);
    expectError(await iam('DeleteAccessKey', { UserName: 'dave', AccessKeyId: keyId }), 404, 'NoSuchEntity', `The Access Key with id ${keyId} cannot be found.`);
  });
});

describe('accounts and the AwsView', () => {
  it('each 12-digit key id is its own account; other keys share 000000000000', async () => {
    await createRole(em, ACCOUNT, 'shared-name', trust());
    expectError(await iam('GetRole', { RoleName: 'shared-name' }, '210987654321'), 404, 'NoSuchEntity');
    const arn = await createRole(em, 'test', 'shared-name', trust());
    expect(arn).toBe('arn:aws:iam::000000000000:role/shared-name');
    expect((await iam('GetRole', { RoleName: 'shared-name' }, 'another-key-entirely')).status).toBe(200);
  });

  it('vendor emulators read roles with parsed trust and inline policies and attached ARNs', async () => {
    const arn = await createRole(em, ACCOUNT, 'Vendor', trust('111122223333', 'x-9'), { path: '/ext/', inlinePolicies: { read: readS3 }, attachedPolicyArns: ['arn:aws:iam::aws:policy/SecurityAudit'] });
    const expected = {
      accountId: ACCOUNT,
      roleName: 'Vendor',
      arn,
      trustPolicy: trust('111122223333', 'x-9'),
      inlinePolicies: { read: readS3 },
      attachedPolicyArns: ['arn:aws:iam::aws:policy/SecurityAudit'],
    };
    expect(em.world.aws.getRole(ACCOUNT, 'vendor')).toEqual(expected);
    expect(em.world.aws.getRoleByArn(`arn:aws:iam::${ACCOUNT}:role/ext/Vendor`)).toEqual(expected);
    expect(em.world.aws.getRoleByArn(`arn:aws:iam::${ACCOUNT}:role/Vendor`)).toBeUndefined();
    expect(em.world.aws.getRole('210987654321', 'Vendor')).toBeUndefined();
    await deleteRole(em, ACCOUNT, 'Vendor', true);
    expect(em.world.aws.getRole(ACCOUNT, 'Vendor')).toBeUndefined();
  });

  it('state survives a restart with --data', async () => {
    const dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aws-em-')), 'state.json');
    const first = await startEmulator({ modules: [apiModule(awsEmulator)], dataFile });
    await createRole(first, ACCOUNT, 'kept', trust(), { inlinePolicies: { read: readS3 } });
    await first.close();
    const second = await startEmulator({ modules: [apiModule(awsEmulator)], dataFile });
    try {
      expect(second.state<AwsEmulatorState>('aws').accounts[ACCOUNT]!.roles['kept']!.inlinePolicies).toEqual({ read: JSON.stringify(readS3) });
      expect((await awsQuery(second, ACCOUNT, 'GetRolePolicy', { RoleName: 'kept', PolicyName: 'read' })).status).toBe(200);
    } finally {
      await second.close();
      fs.rmSync(path.dirname(dataFile), { recursive: true, force: true });
    }
  });
});
