// The scale check: 500 P0 accounts (staged and installed, with their IAM roles) and 100
// objects of each other vendor whose API allows that many, applied, planned clean and destroyed
// against `cloudbridge emulate` with its rate limits on (Qtangl 300/min, Cloudflare 1,200 per
// five minutes) and the client's default pacing.
//
// The roles: hashicorp/aws acts in one AWS account per provider configuration, and each
// configuration is its own plugin process (about 8 CPU-seconds each to start, measured: ten
// aliases make a plan of ten data sources take 80 CPU-seconds). So the first account's roles are
// made by hashicorp/aws in the configuration, as in examples/hcl/p0-aws, and the other 499
// accounts' roles are made between the two applies through the emulated IAM query API (the calls
// hashicorp/aws makes: CreateRole, PutRolePolicy), as those accounts' own pipelines would.
'use strict';
/* global fetch */
const fs = require('node:fs');
const path = require('node:path');
const { URLSearchParams } = require('node:url');
const { run, workdir } = require('./terraform');
const { emulatorEnv, startEmulator } = require('./emulator');

const P0_ACCOUNTS = 500;
const OTHERS = 100;
/** The account the configuration's hashicorp/aws acts in (its access key id selects it in the emulator). */
const AWS_ACCOUNT = '123456789012';

function hcl(P0_ACCOUNTS, OTHERS) {
  return `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
    aws         = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "install" {
  description = "Second apply: install the P0 items (their roles exist by then)."
  type        = bool
  default     = false
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

locals {
  # The first account is the one hashicorp/aws acts in; its roles are made below.
  p0_accounts = concat(["${AWS_ACCOUNT}"], [for i in range(1, ${P0_ACCOUNTS}) : format("%012d", 200000000000 + i)])
}

# ---- P0: 500 accounts, IAM assessment staged, role, installed -----------------------------

resource "cloudbridge_p0_aws_integration" "root" {}

resource "cloudbridge_p0_aws_iam_assessment_staged" "account" {
  count      = length(local.p0_accounts)
  account_id = local.p0_accounts[count.index]
  label      = "account-\${count.index}"
  depends_on = [cloudbridge_p0_aws_integration.root]
}

resource "aws_iam_role" "p0" {
  name               = cloudbridge_p0_aws_iam_assessment_staged.account[0].role.name
  assume_role_policy = cloudbridge_p0_aws_iam_assessment_staged.account[0].role.trust_policy
}

resource "aws_iam_role_policy" "p0" {
  role   = aws_iam_role.p0.name
  name   = cloudbridge_p0_aws_iam_assessment_staged.account[0].role.inline_policy_name
  policy = cloudbridge_p0_aws_iam_assessment_staged.account[0].role.inline_policy
}

resource "cloudbridge_p0_aws_iam_assessment" "account" {
  count      = var.install ? length(local.p0_accounts) : 0
  account_id = cloudbridge_p0_aws_iam_assessment_staged.account[count.index].account_id
  depends_on = [aws_iam_role_policy.p0]
}

# ---- Cloudflare, Northflank, Avisi: 100 each ----------------------------------------------

resource "cloudbridge_cloudflare_cloud_integration" "x" {
  count         = ${OTHERS}
  cloud_type    = "AWS"
  friendly_name = "scale-\${count.index}"
}

resource "cloudbridge_northflank_cloud_integration" "x" {
  count          = ${OTHERS}
  name           = "scale-\${count.index}"
  cloud_provider = "byok"
}

resource "cloudbridge_avisi_cloud_account" "x" {
  count         = ${OTHERS}
  cloud_profile = "aws"
  display_name  = "scale-\${count.index}"
}

resource "cloudbridge_avisi_cloud_account" "credentials" {
  cloud_profile = "dummy"
  display_name  = "scale-credentials"
}

resource "cloudbridge_avisi_cloud_credentials" "x" {
  count                  = ${OTHERS}
  cloud_account_identity = cloudbridge_avisi_cloud_account.credentials.identity
  cloud_type             = "dummy"
  display_name           = "scale-\${count.index}"
}

# ---- Qtangl: one integration per cloud provider -------------------------------------------

resource "cloudbridge_external_id" "qtangl" {}

resource "aws_iam_role" "qtangl" {
  name = "qtangl-scale"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = cloudbridge_external_id.qtangl.result } }
    }]
  })
}

resource "cloudbridge_qtangl_cloud_integration" "aws" {
  cloud_provider         = "aws"
  region                 = "us-east-1"
  role_arn               = aws_iam_role.qtangl.arn
  external_id_wo         = cloudbridge_external_id.qtangl.result
  external_id_wo_version = 1
}
`;
}

/** A SigV4-shaped IAM query call in `accountId` (the emulator checks the shape, not the signature). */
async function iamCall(endpoint, accountId, params) {
  const date = new Date().toISOString().replace(/[-:]/g, '').slice(0, 8);
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      authorization: `AWS4-HMAC-SHA256 Credential=${accountId}/${date}/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: new URLSearchParams({ Version: '2010-05-08', ...params }).toString(),
  });
  if (res.status !== 200) throw new Error(`IAM ${params.Action} in ${accountId}: ${res.status} ${await res.text()}`);
}

/** The staged items' roles, from the state file, made in each account but the first. */
async function createRoles(dir, endpoint) {
  const state = JSON.parse(fs.readFileSync(path.join(dir, 'terraform.tfstate'), 'utf8'));
  const staged = state.resources.find((r) => r.mode === 'managed' && r.type === 'cloudbridge_p0_aws_iam_assessment_staged');
  let made = 0;
  for (const { attributes } of staged ? staged.instances : []) {
    const { account_id: accountId, role } = attributes;
    if (accountId === AWS_ACCOUNT) continue;
    await iamCall(endpoint, accountId, { Action: 'CreateRole', RoleName: role.name, AssumeRolePolicyDocument: role.trust_policy });
    await iamCall(endpoint, accountId, { Action: 'PutRolePolicy', RoleName: role.name, PolicyName: role.inline_policy_name, PolicyDocument: role.inline_policy });
    made += 1;
  }
  return made;
}

function sum(counts, vendors) {
  const out = {};
  for (const [vendor, routes] of Object.entries(counts)) {
    if (vendors && !vendors.includes(vendor)) continue;
    out[vendor] = Object.values(routes).reduce((a, b) => a + b, 0);
  }
  return out;
}

function rejectedOf(limits) {
  return Object.fromEntries(Object.entries(limits).map(([vendor, l]) => [vendor, l.rejected || 0]));
}

/**
 * @param {{ work: string, env: object, log: (s: string) => void, p0Accounts?: number, others?: number }} o
 *   p0Accounts, others: smaller sizes for a trial run (default 500 and 100).
 */
async function scaleCheck(o) {
  const p0Accounts = o.p0Accounts || P0_ACCOUNTS;
  const others = o.others || OTHERS;
  const em = await startEmulator(o.work);
  const steps = [];
  const perVendor = {};
  try {
    const limits = await em.limits();
    const env = { ...o.env, ...emulatorEnv(em.info, AWS_ACCOUNT) };
    const dir = await workdir(o.work, 'scale', { 'main.tf': hcl(p0Accounts, others) }, env);
    const step = async (name, fn, result) => {
      await em.resetCounts();
      const before = rejectedOf(await em.limits());
      const t0 = Date.now();
      const out = await fn();
      const elapsed = Date.now() - t0;
      const calls = sum(await em.counts());
      const after = rejectedOf(await em.limits());
      const rejected = Object.fromEntries(Object.keys(after).map((v) => [v, after[v] - (before[v] || 0)]));
      for (const [v, c] of Object.entries(calls)) (perVendor[v] ??= {})[name] = c;
      for (const [v, r] of Object.entries(rejected)) (perVendor[v] ??= {}).rejected = ((perVendor[v] ??= {}).rejected || 0) + r;
      const total = Object.values(calls).reduce((a, b) => a + b, 0);
      const rejectedTotal = Object.values(rejected).reduce((a, b) => a + b, 0);
      steps.push({ name, ms: elapsed, calls: total, rejected: rejectedTotal, result: typeof result === 'function' ? result(out) : result });
      o.log(`  ${name}: ${(elapsed / 1000).toFixed(1)} s, ${total} calls, ${rejectedTotal} × 429`);
      return out;
    };
    const apply = (vars) => run(dir, ['apply', '-input=false', '-no-color', '-auto-approve', ...vars], env);
    await step('apply: stage P0, create the rest', () => apply([]), 'applied');
    await step(`roles of ${p0Accounts - 1} accounts (IAM query API)`, () => createRoles(dir, em.info.endpoints.aws), (n) => `${n} roles with their inline policies`);
    await step(`apply: install the ${p0Accounts} P0 items`, () => apply(['-var', 'install=true']), 'applied');
    await step('plan', () => run(dir, ['plan', '-input=false', '-no-color', '-detailed-exitcode', '-var', 'install=true'], env), 'no changes');
    await step('destroy', () => run(dir, ['destroy', '-input=false', '-no-color', '-auto-approve', '-var', 'install=true'], env), 'destroyed');
    const resources = fs.readFileSync(path.join(dir, 'main.tf'), 'utf8').match(/^resource /gm).length;
    return {
      description:
        `One configuration (${resources} resource blocks): ${p0Accounts} P0 accounts, each an IAM assessment item staged, its role and inline policy, and the item installed; ` +
        `${others} Cloudflare integrations, ${others} Northflank integrations, ${others} Avisi cloud accounts and ${others} credentials of one more account; one Qtangl integration (Qtangl keeps one per cloud provider) with its role. ` +
        `The emulator's rate limits were on (${Object.entries(limits).filter(([, l]) => l.requests).map(([v, l]) => `${v} ${l.requests} per ${l.windowMs / 1000} s`).join(', ')}) and the provider paced its calls at its defaults. ` +
        `hashicorp/aws makes the first account's roles in the configuration; the other ${p0Accounts - 1} accounts' roles are made between the applies through the emulated IAM query API (CreateRole, PutRolePolicy), ` +
        'because each AWS account needs a provider configuration of its own and each is a plugin process of its own (ten of them take 80 CPU-seconds for one plan on this machine).',
      steps,
      perVendor,
    };
  } finally {
    await em.stop();
  }
}

module.exports = { scaleCheck };
