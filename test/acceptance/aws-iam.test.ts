/**
 * hashicorp/aws 5.100.0 through real terraform against the emulated IAM/STS:
 * roles with tags, inline policies and managed-policy attachments, users and
 * access keys. Apply, a clean second plan, an in-place update, drift after an
 * out-of-band delete, and destroy.
 */
import { awsEmulator, type AwsEmulatorState } from '../../src/emulator/aws';
import { apiModule } from '../../src/emulator/types';
import { deleteRole } from '../support/aws';
import { withEmulator } from '../support/emulator';
import { Workspace, expectOk, plannedActionsOf } from './harness';

const ACCOUNT = '123456789012';
const em = withEmulator({ modules: [apiModule(awsEmulator)] });

function config(endpoint: string, v: { description: string; env: string; externalId: string; owner: string }): string {
  return `
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                  = "us-east-1"
  access_key              = "${ACCOUNT}"
  secret_key              = "emulated"
  skip_metadata_api_check = true
  skip_region_validation  = true
  endpoints {
    iam = "${endpoint}"
    sts = "${endpoint}"
  }
}

resource "aws_iam_role" "vendor" {
  name                 = "cb-vendor-role"
  path                 = "/vendors/"
  description          = "${v.description}"
  max_session_duration = 7200
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = "${v.externalId}" } }
    }]
  })
  tags = { team = "platform", env = "${v.env}" }
}

resource "aws_iam_role_policy" "read" {
  name = "inline-read"
  role = aws_iam_role.vendor.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:ListBucket"], Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "readonly" {
  role       = aws_iam_role.vendor.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user" "ci" {
  name = "cb-ci-user"
  tags = { owner = "${v.owner}" }
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}

output "role_arn" { value = aws_iam_role.vendor.arn }
output "key_id" { value = aws_iam_access_key.ci.id }
`;
}

const initial = { description: 'vendor access', env: 'test', externalId: 'ext-123', owner: 'me' };

/** `plan -detailed-exitcode -json`: the exit code and the planned actions. */
async function plan(ws: Workspace): Promise<{ code: number | null; actions: Record<string, string> }> {
  const r = await ws.tf(['plan', '-input=false', '-no-color', '-json', '-detailed-exitcode']);
  if (r.code !== 0 && r.code !== 2) throw new Error(`terraform plan exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return { code: r.code, actions: plannedActionsOf(r) };
}

/** `apply -json`; returns what it planned. (Each terraform run costs seconds of aws provider start-up, so the apply's own plan is the assertion.) */
async function apply(ws: Workspace): Promise<Record<string, string>> {
  const r = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color', '-json']);
  expectOk(r);
  return plannedActionsOf(r);
}

const account = () => em.state<AwsEmulatorState>('aws').accounts[ACCOUNT];

describe('hashicorp/aws 5.100.0 against the emulated IAM', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await Workspace.create({ files: { 'main.tf': config(em.endpoints.aws, initial) } });
    await ws.init();
  });

  afterAll(async () => {
    await ws?.cleanup();
  });

  it('applies roles, inline policies, attachments, users and access keys', async () => {
    expect(await apply(ws)).toEqual({
      'aws_iam_role.vendor': 'create',
      'aws_iam_role_policy.read': 'create',
      'aws_iam_role_policy_attachment.readonly': 'create',
      'aws_iam_user.ci': 'create',
      'aws_iam_access_key.ci': 'create',
    });
    const role = em.world.aws.getRole(ACCOUNT, 'cb-vendor-role');
    expect(role).toEqual({
      accountId: ACCOUNT,
      roleName: 'cb-vendor-role',
      arn: `arn:aws:iam::${ACCOUNT}:role/vendors/cb-vendor-role`,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'ext-123' } } }],
      },
      inlinePolicies: { 'inline-read': { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }] } },
      attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
    });
    const record = account()!.roles['cb-vendor-role']!;
    expect([record.description, record.maxSessionDuration, Object.fromEntries(record.tags.map((t) => [t.Key, t.Value]))]).toEqual(['vendor access', 7200, { team: 'platform', env: 'test' }]);
    const user = account()!.users['cb-ci-user']!;
    expect(user.tags).toEqual([{ Key: 'owner', Value: 'me' }]);
    expect(user.accessKeys.map((k) => k.status)).toEqual(['Active']);
    // `output` reads the state only: no provider start-up, unlike `show -json`.
    const outputs = JSON.parse((await ws.tf(['output', '-json'])).stdout) as Record<string, { value: string }>;
    expect(outputs['role_arn']!.value).toBe(`arn:aws:iam::${ACCOUNT}:role/vendors/cb-vendor-role`);
    expect(outputs['key_id']!.value).toBe(user.accessKeys[0]!.accessKeyId);
  });

  it('a second plan shows no changes', async () => {
    expect(await plan(ws)).toEqual({ code: 0, actions: {} });
  });

  it('changes description, tags and trust policy in place, then plans clean again', async () => {
    ws.write('main.tf', config(em.endpoints.aws, { description: 'vendor access v2', env: 'prod', externalId: 'ext-456', owner: 'you' }));
    expect(await apply(ws)).toEqual({ 'aws_iam_role.vendor': 'update', 'aws_iam_user.ci': 'update' });
    const record = account()!.roles['cb-vendor-role']!;
    expect(record.description).toBe('vendor access v2');
    expect(Object.fromEntries(record.tags.map((t) => [t.Key, t.Value]))).toEqual({ team: 'platform', env: 'prod' });
    expect(em.world.aws.getRole(ACCOUNT, 'cb-vendor-role')!.trustPolicy).toMatchObject({ Statement: [{ Condition: { StringEquals: { 'sts:ExternalId': 'ext-456' } } }] });
    expect(account()!.users['cb-ci-user']!.tags).toEqual([{ Key: 'owner', Value: 'you' }]);
    expect(await plan(ws)).toEqual({ code: 0, actions: {} });
  });

  it('a role deleted out of band shows as drift: terraform plans to create it again', async () => {
    await deleteRole(em, ACCOUNT, 'cb-vendor-role', true);
    const drift = await plan(ws);
    expect(drift.code).toBe(2);
    expect(drift.actions).toEqual({
      'aws_iam_role.vendor': 'create',
      'aws_iam_role_policy.read': 'create',
      'aws_iam_role_policy_attachment.readonly': 'create',
    });
  });

  it('destroys everything (after the drift, terraform forgets the vanished role and removes the rest)', async () => {
    expectOk(await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color']));
    expect(account()!.roles).toEqual({});
    expect(account()!.users).toEqual({});
    expect(em.state<AwsEmulatorState>('aws').issuedKeys).toEqual({});
  });
});
