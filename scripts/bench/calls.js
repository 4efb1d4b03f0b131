// API calls per refresh, per vendor collection: N objects applied against the emulator, then one
// `terraform plan` (every object refreshed, no changes expected) with the emulator's request
// counts zeroed just before it. Rate limits are lifted and pacing is off for this part: it
// counts calls, it does not time them (the scale check runs with the limits on).
'use strict';
const { run, workdir } = require('./terraform');
const { emulatorEnv, startEmulator, vendorCalls } = require('./emulator');

const HEAD = `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
`;

/** One collection per scenario: the vendor API it counts and the configuration of N objects in it. */
const COLLECTIONS = [
  {
    name: 'P0: items of the AWS integration config',
    vendor: 'p0',
    // `GET …/config` holds every item of every component.
    pageSize: Infinity,
    hcl: (n) => `${HEAD}
resource "cloudbridge_p0_aws_integration" "root" {}

resource "cloudbridge_p0_aws_inventory_staged" "x" {
  count      = ${n}
  account_id = format("%012d", 100000000000 + count.index)
  label      = "bench-\${count.index}"
  depends_on = [cloudbridge_p0_aws_integration.root]
}
`,
  },
  {
    name: 'Cloudflare: cloud integrations',
    vendor: 'cloudflare',
    // The list is not paged: one call holds every integration of the account.
    pageSize: Infinity,
    hcl: (n) => `${HEAD}
resource "cloudbridge_cloudflare_cloud_integration" "x" {
  count         = ${n}
  cloud_type    = "AWS"
  friendly_name = "bench-\${count.index}"
}
`,
  },
  {
    name: 'Northflank: cloud integrations',
    vendor: 'northflank',
    pageSize: 100,
    hcl: (n) => `${HEAD}
resource "cloudbridge_northflank_cloud_integration" "x" {
  count          = ${n}
  name           = "bench-\${count.index}"
  cloud_provider = "byok"
}
`,
  },
  {
    name: 'Avisi: cloud accounts',
    vendor: 'avisi',
    pageSize: 100,
    hcl: (n) => `${HEAD}
resource "cloudbridge_avisi_cloud_account" "x" {
  count         = ${n}
  cloud_profile = "aws"
  display_name  = "bench-\${count.index}"
}
`,
  },
  {
    name: "Avisi: one account's credentials",
    vendor: 'avisi',
    pageSize: 100,
    // The account itself is read too: one call of the accounts collection.
    extra: 1,
    hcl: (n) => `${HEAD}
resource "cloudbridge_avisi_cloud_account" "a" {
  cloud_profile = "dummy"
  display_name  = "bench-account"
}

resource "cloudbridge_avisi_cloud_credentials" "x" {
  count                  = ${n}
  cloud_account_identity = cloudbridge_avisi_cloud_account.a.identity
  cloud_type             = "dummy"
  display_name           = "bench-\${count.index}"
}
`,
  },
];

/**
 * @param {{ work: string, env: object, sizes: number[], log: (s: string) => void }} o
 */
async function countCalls(o) {
  const em = await startEmulator(o.work);
  const rows = [];
  try {
    for (const vendor of ['cloudflare', 'qtangl']) await em.setLimit(vendor, null);
    const env = {
      ...o.env,
      ...emulatorEnv(em.info),
      CLOUDBRIDGE_CLOUDFLARE_REQUESTS_PER_MINUTE: '0',
      CLOUDBRIDGE_QTANGL_REQUESTS_PER_MINUTE: '0',
    };
    for (const c of COLLECTIONS) {
      for (const n of o.sizes) {
        await em.reset();
        for (const vendor of ['cloudflare', 'qtangl']) await em.setLimit(vendor, null);
        const dir = await workdir(o.work, `calls-${c.vendor}-${rows.length}`, { 'main.tf': c.hcl(n) }, env);
        await run(dir, ['apply', '-input=false', '-no-color', '-auto-approve'], env);
        await em.resetCounts();
        const t0 = Date.now();
        // 0: no changes. A refresh that made Terraform plan anything would be a bug.
        await run(dir, ['plan', '-input=false', '-no-color', '-detailed-exitcode'], env);
        const ms = Date.now() - t0;
        const calls = vendorCalls(await em.counts(), c.vendor);
        // A list that is not paged is one call, whatever N.
        const pages = c.pageSize === Infinity ? 1 : Math.ceil(n / c.pageSize);
        const bound = pages + 1 + (c.extra || 0);
        rows.push({ collection: c.name, vendor: c.vendor, n, pageSize: c.pageSize, bound, calls: calls.total, routes: calls.routes, ms });
        o.log(`  ${c.name}, N=${n}: ${calls.total} calls (${JSON.stringify(calls.routes)})`);
      }
    }
  } finally {
    await em.stop();
  }
  return { rows };
}

module.exports = { countCalls, COLLECTIONS, HEAD };
