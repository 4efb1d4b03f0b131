// plan, apply and refresh of N resources: cloudbridge (`cloudbridge_external_id`, no API calls),
// Terraform's builtin `terraform_data` (no plugin at all), the Go `hashicorp/aws` 5.100.0
// (an offline `aws_iam_policy_document` data source), and one vendor resource of cloudbridge
// against the emulator (`cloudbridge_northflank_cloud_integration`), interleaved so that all
// see the same machine load. Peak RSS of the cloudbridge provider processes comes from one
// more run of each operation with a --require hook that records
// `process.resourceUsage().maxRSS` at exit.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { median, removeState, run, workdir } = require('./terraform');

const KINDS = {
  vendor: (n) => `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

resource "cloudbridge_northflank_cloud_integration" "x" {
  count          = ${n}
  name           = "bench-\${count.index}"
  cloud_provider = "byok"
}
`,
  cloudbridge: (n) => `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

resource "cloudbridge_external_id" "x" {
  count = ${n}
}
`,
  terraform_data: (n) => `resource "terraform_data" "x" {
  count = ${n}
  input = count.index
}
`,
  aws: (n) => `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "bench"
  secret_key                  = "bench"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

data "aws_iam_policy_document" "x" {
  count = ${n}
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::bench-\${count.index}/*"]
  }
}
`,
};

const OPS = {
  // From an empty state: N to add.
  plan: ['plan', '-input=false', '-no-color', '-lock=false'],
  // From an empty state: creates N.
  apply: ['apply', '-input=false', '-no-color', '-auto-approve'],
  // N in state: every object read again, no changes (a GitOps pull request's plan).
  refresh: ['plan', '-input=false', '-no-color', '-lock=false', '-detailed-exitcode'],
};

/** Records each provider process's peak RSS (KiB) and CPU time (ms) in the file CLOUDBRIDGE_BENCH_RSS_FILE names. */
const RSS_HOOK = `'use strict';
const file = process.env.CLOUDBRIDGE_BENCH_RSS_FILE;
if (file && /plugin-main\\.js$/.test(process.argv[1] || '')) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    try { require('fs').appendFileSync(file, u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) / 1000 + '\\n'); } catch {}
  });
}
`;

/**
 * @param {{ work: string, env: object, vendor: { env: object, reset: () => Promise<unknown> }, sizes: number[], runs: (n: number) => number, log: (s: string) => void }} o
 *   vendor: the emulator's environment, and how to empty it before an apply from empty.
 * @returns {Promise<{ rows: object[] }>}
 */
async function compare(o) {
  const hook = path.join(o.work, 'rss-hook.js');
  fs.writeFileSync(hook, RSS_HOOK);
  const rows = [];
  const envOf = (kind) => (kind === 'vendor' ? { ...o.env, ...o.vendor.env } : o.env);
  const empty = async (kind, dir) => {
    removeState(dir);
    if (kind === 'vendor') await o.vendor.reset();
  };
  for (const n of o.sizes) {
    const dirs = {};
    for (const [kind, hcl] of Object.entries(KINDS)) dirs[kind] = await workdir(o.work, `${kind}-${n}`, { 'main.tf': hcl(n) }, envOf(kind));
    // Warm-up: file cache, code caches.
    for (const [kind, dir] of Object.entries(dirs)) {
      await empty(kind, dir);
      await run(dir, OPS.plan, envOf(kind));
    }
    const times = Object.fromEntries(Object.keys(KINDS).map((k) => [k, { plan: [], apply: [], refresh: [] }]));
    const runs = o.runs(n);
    for (let r = 0; r < runs; r++) {
      for (const [kind, dir] of Object.entries(dirs)) await empty(kind, dir);
      for (const op of Object.keys(OPS)) {
        for (const [kind, dir] of Object.entries(dirs)) {
          const res = await run(dir, OPS[op], envOf(kind));
          times[kind][op].push(res.ms);
        }
      }
      o.log(`  N=${n}: run ${r + 1}/${runs} done`);
    }
    // Peak RSS of the cloudbridge provider processes, per operation.
    const rss = {};
    const rssFile = path.join(o.work, `rss-${n}.txt`);
    const hooked = { ...o.env, NODE_OPTIONS: `--require ${hook}`, CLOUDBRIDGE_BENCH_RSS_FILE: rssFile };
    removeState(dirs.cloudbridge);
    for (const op of Object.keys(OPS)) {
      fs.rmSync(rssFile, { force: true });
      await run(dirs.cloudbridge, OPS[op], hooked);
      const lines = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number)) : [];
      rss[op] = {
        processes: lines.length,
        peakMiB: lines.length ? Math.max(...lines.map((l) => l[0])) / 1024 : null,
        cpuMs: lines.reduce((sum, l) => sum + l[1], 0),
      };
    }
    for (const op of Object.keys(OPS)) {
      const cb = times.cloudbridge[op];
      const td = times.terraform_data[op];
      const aws = times.aws[op];
      const vendor = times.vendor[op];
      rows.push({
        n,
        op,
        runs,
        cloudbridge: median(cb),
        terraform_data: median(td),
        aws: median(aws),
        vendor: median(vendor),
        // Pair by pair (same run), then the median: robust to the machine's drift.
        ratio: median(cb.map((t, i) => t / td[i])),
        diff: median(cb.map((t, i) => t - td[i])),
        awsRatio: median(cb.map((t, i) => t / aws[i])),
        rss: rss[op],
      });
    }
  }
  return { rows };
}

module.exports = { compare, KINDS, OPS };
