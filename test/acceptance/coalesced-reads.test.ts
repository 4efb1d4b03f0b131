/**
 * Reads at scale through real terraform: within one provider process the reads
 * of one collection share its list call (src/http/collection.ts). One emulator
 * and one workdir: six objects of every collection (P0's config, Cloudflare's
 * and Northflank's integrations, Avisi's cloud accounts and one account's
 * credentials, Qtangl's rows), then
 * - a refresh costs one list call per collection;
 * - a list that leaves an object out (the emulator's `omit` fault) costs one
 *   GET of that object, and Terraform plans no re-create;
 * - a read that follows a write in the same process sees the write: in one
 *   apply, P0's config is listed (the root's check before a new item), then
 *   one item gets a new label and another is created, then the config data
 *   source lists again and shows both.
 */
import { Workspace, expectOk } from './harness';
import { emulatorEnv, injectFault, withEmulator } from '../support/emulator';

const em = withEmulator();
const N = 6;

function hcl(): string {
  return `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

variable "label" {
  type = string
}

variable "accounts" {
  type    = number
  default = ${N}
}

resource "cloudbridge_p0_aws_integration" "root" {}

resource "cloudbridge_p0_aws_inventory_staged" "x" {
  count      = var.accounts
  account_id = format("%012d", 100000000000 + count.index)
  label      = count.index == 0 ? var.label : "account-\${count.index}"
  depends_on = [cloudbridge_p0_aws_integration.root]
}

data "cloudbridge_p0_aws_config" "all" {
  depends_on = [cloudbridge_p0_aws_inventory_staged.x]
}

output "first_label" {
  value = data.cloudbridge_p0_aws_config.all.inventory["100000000000"].label
}

resource "cloudbridge_cloudflare_cloud_integration" "x" {
  count         = ${N}
  cloud_type    = "AWS"
  friendly_name = "coalesced-\${count.index}"
}

resource "cloudbridge_northflank_cloud_integration" "x" {
  count          = ${N}
  name           = "coalesced-\${count.index}"
  cloud_provider = "byok"
}

resource "cloudbridge_avisi_cloud_account" "x" {
  count         = ${N}
  cloud_profile = "aws"
  display_name  = "coalesced-\${count.index}"
}

resource "cloudbridge_avisi_cloud_account" "holder" {
  cloud_profile = "dummy"
  display_name  = "coalesced-holder"
}

resource "cloudbridge_avisi_cloud_credentials" "x" {
  count                  = ${N}
  cloud_account_identity = cloudbridge_avisi_cloud_account.holder.identity
  cloud_type             = "dummy"
  display_name           = "coalesced-\${count.index}"
}

resource "cloudbridge_qtangl_cloud_integration" "aws" {
  cloud_provider         = "aws"
  region                 = "us-east-1"
  role_arn               = "arn:aws:iam::123456789012:role/qtangl"
  external_id_wo         = "coalesced-external-id"
  external_id_wo_version = 1
}
`;
}

/** Requests per vendor and route since the counts were last zeroed. */
async function counts(): Promise<Record<string, Record<string, number>>> {
  const res = await fetch(`${em.url}/_emulator/requests`);
  return (await res.json()) as Record<string, Record<string, number>>;
}

async function zeroCounts(): Promise<void> {
  await fetch(`${em.url}/_emulator/requests`, { method: 'DELETE' });
}

interface StateFile {
  resources: { mode: string; type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[];
}

describe('coalesced reads', () => {
  let ws: Workspace;
  let ids: { cloudflare: string; northflank: string; avisi: string; credentials: string; p0: string };

  beforeAll(async () => {
    ws = await Workspace.create({ files: { 'main.tf': hcl() }, env: emulatorEnv(em) });
    await ws.init();
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color', '-var', 'label=first']));
    const state = JSON.parse(ws.stateFile()) as StateFile;
    const third = (type: string, name = 'x') => state.resources.find((r) => r.mode === 'managed' && r.type === type && r.name === name)!.instances[2]!.attributes;
    ids = {
      cloudflare: String(third('cloudbridge_cloudflare_cloud_integration')['id']),
      northflank: String(third('cloudbridge_northflank_cloud_integration')['id']),
      avisi: String(third('cloudbridge_avisi_cloud_account')['identity']),
      credentials: String(third('cloudbridge_avisi_cloud_credentials')['identity']),
      p0: String(third('cloudbridge_p0_aws_inventory_staged')['account_id']),
    };
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  it('a refresh of every object costs one list call per collection', async () => {
    await zeroCounts();
    const plan = await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode', '-var', 'label=first']);
    expect(plan.code).toBe(0);
    expect(await counts()).toEqual({
      // The root, six items and the config data source: one listing.
      p0: { 'GET /o/:orgId/integrations/aws/config': 1 },
      cloudflare: { 'GET /accounts/:account_id/magic/cloud/providers': 1 },
      northflank: { 'GET /v1/cloud-providers/integrations': 1 },
      // Seven accounts in one listing, the holder's six credentials in another.
      avisi: { 'GET /api/v1/orgs/:organisationSlug/cloud-accounts': 1, 'GET /api/v1/orgs/:organisationSlug/cloud-accounts/:cloudAccountIdentity/credentials': 1 },
      qtangl: { 'GET /tenant/integrations/cloud': 1 },
    });
  });

  it('a list that leaves an object out costs that object one read of its own, and plans no re-create', async () => {
    const lists: [string, string, string][] = [
      ['p0', '/o/:orgId/integrations/aws/config', ids.p0],
      ['cloudflare', '/accounts/:account_id/magic/cloud/providers', ids.cloudflare],
      ['northflank', '/v1/cloud-providers/integrations', ids.northflank],
      ['avisi', '/api/v1/orgs/:organisationSlug/cloud-accounts', ids.avisi],
      ['avisi', '/api/v1/orgs/:organisationSlug/cloud-accounts/:cloudAccountIdentity/credentials', ids.credentials],
      ['qtangl', '/tenant/integrations/cloud', 'aws'],
    ];
    for (const [vendor, path, omit] of lists) await injectFault(em, { vendor, method: 'GET', path, omit });
    await zeroCounts();
    const plan = await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode', '-var', 'label=first']);
    expect({ code: plan.code, stdout: plan.code === 0 ? '' : plan.stdout }).toEqual({ code: 0, stdout: '' });
    expect(await counts()).toEqual({
      // The listing left out the account's base item too (the fault drops every entry keyed by the id): each is read on its own.
      p0: {
        'GET /o/:orgId/integrations/aws/config': 1,
        'GET /o/:orgId/integrations/aws/config/:component/:id': 1,
        'GET /o/:orgId/integrations/aws/config/base/:id': 1,
      },
      cloudflare: { 'GET /accounts/:account_id/magic/cloud/providers': 1, 'GET /accounts/:account_id/magic/cloud/providers/:provider_id': 1 },
      northflank: { 'GET /v1/cloud-providers/integrations': 1, 'GET /v1/cloud-providers/integrations/:integrationId': 1 },
      avisi: {
        'GET /api/v1/orgs/:organisationSlug/cloud-accounts': 1,
        'GET /api/v1/orgs/:organisationSlug/cloud-accounts/:cloudAccountIdentity': 1,
        // No GET of one credential exists: the missing one is looked for in a second listing.
        'GET /api/v1/orgs/:organisationSlug/cloud-accounts/:cloudAccountIdentity/credentials': 2,
      },
      // Qtangl has no GET of one row either.
      qtangl: { 'GET /tenant/integrations/cloud': 2 },
    });
  });

  it('a read after a write in the same process sees the write', async () => {
    // The config data source depends on the items, so Terraform reads it in the apply, after they changed.
    ws.write('accounts.tf', 'output "accounts" {\n  value = length(data.cloudbridge_p0_aws_config.all.inventory)\n}\n');
    await zeroCounts();
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color', '-var', 'label=second', '-var', `accounts=${N + 1}`]));
    expect((await ws.tf(['output', '-raw', 'first_label'])).stdout).toBe('second');
    expect((await ws.tf(['output', '-raw', 'accounts'])).stdout).toBe(String(N + 1));
    expect((await counts())['p0']).toEqual({
      // The plan's refresh; in the apply, the new item's check of the root, then (after the writes) the data source.
      'GET /o/:orgId/integrations/aws/config': 3,
      // The new item's ownership check (404) and item 0 before its label is set; then each staged item read back.
      'GET /o/:orgId/integrations/aws/config/:component/:id': 4,
      'PUT /o/:orgId/integrations/aws/config/:component/:id': 2,
      // Written since the listing: the two accounts' base items are read on their own, not from it.
      'GET /o/:orgId/integrations/aws/config/base/:id': 2,
    });
  });
});
