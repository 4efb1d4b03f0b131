// docs/performance.md from one `npm run bench` run: the targets, every table, the machine, the
// date and how to rerun. Nothing in it is written by hand.
'use strict';

const ms = (v) => (v === null || v === undefined ? '–' : v >= 10000 ? `${(v / 1000).toFixed(1)} s` : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
const x = (v, d = 2) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : `${v.toFixed(d)}×`);
const mib = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(0)} MiB`);
const yes = (ok) => (ok ? 'holds' : '**misses**');

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function table(head, rows) {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

/** The targets, each checked against this run. */
function targets(r) {
  const out = [];
  const bare = r.startup ? r.startup.bare : null;
  const cmp = r.compare ? r.compare.rows : [];
  const find = (n, op) => cmp.find((c) => c.n === n && c.op === op);
  const plan1 = find(1, 'plan');
  if (plan1 && bare) {
    const spawns = plan1.diff / bare;
    out.push([`plan of 1 resource: cloudbridge − terraform_data ≤ 5 bare \`node -e ''\` spawns`, `${ms(plan1.diff)} = ${spawns.toFixed(1)} spawns of ${ms(bare)}`, yes(spawns <= 5)]);
  }
  const plan1000 = find(1000, 'plan');
  if (plan1000) out.push(['plan of 1000 resources ≤ 1.6 × terraform_data', x(plan1000.ratio), yes(plan1000.ratio <= 1.6)]);
  const apply1000 = find(1000, 'apply');
  if (apply1000) out.push(['apply of 1000 from empty ≤ 1.05 × terraform_data', x(apply1000.ratio, 3), yes(apply1000.ratio <= 1.05)]);
  for (const c of r.calls ? r.calls.rows.filter((c) => c.n === 50) : []) {
    const bound = c.bound;
    out.push([`refresh of 50 (${c.collection}) ≤ ${bound} calls`, `${c.calls}`, yes(c.calls <= bound)]);
  }
  return out.length ? table(['target', 'this run', ''], out) : '_No target was measured in this run._';
}

function startupSection(s) {
  return table(
    ['from spawn of a fresh process', 'median'],
    [
      [`bare \`node -e ''\`, to exit`, ms(s.bare)],
      ['provider, to the handshake line (AutoMTLS)', ms(s.handshake)],
      ['provider, to GetProviderSchema answered (a command\'s first process)', ms(s.schema)],
      [`provider, to ValidateResourceConfig answered (later processes skip the schema)`, ms(s.validate)],
      [`provider, to a plan's four calls for one resource answered`, ms(s.plan)],
      ['… the same without the V8 code caches: to GetProviderSchema answered', ms(s.schemaNoCache)],
      ['… the same without the V8 code caches: to the plan\'s calls answered', ms(s.planNoCache)],
      ['provider, GRPCController.Shutdown to exit', ms(s.shutdown)],
      ['provider, peak RSS (VmHWM)', mib(s.rssMiB)],
    ],
  );
}

function compareSection(rows) {
  const opName = { plan: 'plan (empty state)', apply: 'apply (from empty)', refresh: 'plan with N in state (refresh, no changes)' };
  return table(
    ['N', 'operation', 'cloudbridge', 'terraform_data', 'cb / td', 'cb − td', 'hashicorp/aws', 'cb / aws', 'cloudbridge vendor resource (emulator)', 'provider CPU, all processes', 'provider peak RSS'],
    rows.map((c) => [
      String(c.n),
      opName[c.op] || c.op,
      ms(c.cloudbridge),
      ms(c.terraform_data),
      x(c.ratio),
      ms(c.diff),
      ms(c.aws),
      x(c.awsRatio),
      ms(c.vendor),
      c.rss && c.rss.cpuMs !== undefined ? ms(c.rss.cpuMs) : '–',
      c.rss && c.rss.peakMiB !== null ? `${mib(c.rss.peakMiB)} (${c.rss.processes} processes)` : '–',
    ]),
  );
}

function callsSection(calls) {
  const byCollection = new Map();
  for (const c of calls.rows) {
    if (!byCollection.has(c.collection)) byCollection.set(c.collection, []);
    byCollection.get(c.collection).push(c);
  }
  const sizes = [...new Set(calls.rows.map((c) => c.n))].sort((a, b) => a - b);
  return table(
    ['collection', 'page size', ...sizes.flatMap((n) => [`N = ${n}: calls`, `bound`])],
    [...byCollection.entries()].map(([name, cs]) => [
      name,
      cs[0].pageSize === Infinity ? 'all in one' : String(cs[0].pageSize),
      ...sizes.flatMap((n) => {
        const c = cs.find((y) => y.n === n);
        return c ? [String(c.calls), String(c.bound)] : ['–', '–'];
      }),
    ]),
  );
}

function scaleSection(s) {
  const lines = [
    s.description,
    '',
    table(
      ['step', 'wall time', 'API calls', '429 answered', 'result'],
      s.steps.map((st) => [st.name, ms(st.ms), String(st.calls), String(st.rejected), st.result]),
    ),
  ];
  if (s.perVendor) {
    lines.push('', table(['vendor', ...s.steps.map((st) => `${st.name}: calls`), '429 answered (whole check)'], Object.entries(s.perVendor).map(([v, p]) => [v, ...s.steps.map((st) => String(p[st.name] ?? 0)), String(p.rejected ?? 0)])));
  }
  return lines.join('\n');
}

function standaloneSection(sea) {
  const m = (st) => `${ms(st.median)} (${ms(st.min)}–${ms(st.max)})`;
  const rows = [
    ['spawn → handshake line', m(sea.startup.script), m(sea.startup.standalone), x(sea.startup.ratio)],
    ['package size (hashed by Terraform before every command)', `${(sea.h1.scriptBytes / 1e6).toFixed(1)} MB`, `${(sea.h1.standaloneBytes / 1e6).toFixed(1)} MB`, ''],
    ['package h1 hash', m(sea.h1.script), m(sea.h1.standalone), ''],
  ];
  if (sea.validate) rows.push(['`terraform validate`', m(sea.validate.script), m(sea.validate.standalone), x(sea.validate.ratio)]);
  return table(['', 'script launcher (node + bundles)', 'standalone executable', 'standalone / script'], rows);
}

/**
 * @param {object} r the bench result (scripts/bench.js)
 * @returns {string}
 */
function renderReport(r) {
  const m = r.machine;
  const parts = [
    '# Performance',
    '',
    `<!-- Written by \`npm run bench\` (scripts/bench.js); do not edit: rerun it. -->`,
    '',
    `Measured on ${r.started.slice(0, 10)} (${r.started.slice(11, 16)} UTC, ${Math.round((Date.parse(r.finished) - Date.parse(r.started)) / 60000)} min) on ${m.cpus} × ${m.cpuModel}, ${m.memGiB} GiB, ${m.os}, Node ${m.node}, Terraform ${r.terraform}; load average at the start ${m.load}. ` +
      'Every figure is a median of interleaved runs in this one run (cloudbridge, then what it is held against, in turn), so that all see the same machine; ratios are taken run by run. ' +
      'The machine is shared: read the ratios, not the absolute times.',
    '',
    '## Targets',
    '',
    targets(r),
  ];
  if (r.startup) {
    parts.push(
      '',
      '## Start-up and first calls',
      '',
      `Terraform starts the provider three times for a plan and four times for an apply. Each row is a fresh process driven over gRPC with AutoMTLS as Terraform does (${r.startup.runs} runs each, interleaved with the bare spawns, all in the environment Terraform passes on).`,
      '',
      startupSection(r.startup),
    );
  }
  if (r.compare) {
    parts.push(
      '',
      '## plan, apply and refresh against `terraform_data` and `hashicorp/aws`',
      '',
      "`cloudbridge_external_id` (no API call) against Terraform's builtin `terraform_data` (no plugin at all) and `hashicorp/aws` 5.100.0 (an offline `aws_iam_policy_document` data source), all with `count = N`; the vendor column is `cloudbridge_northflank_cloud_integration` against `cloudbridge emulate`. \"cb − td\" is the time cloudbridge adds over `terraform_data`: the provider processes' own CPU time (measured in one more run of that operation, with its peak RSS, the largest process) is part of it, the rest is Terraform's side of a plugin (it starts the processes, and encodes, sends and checks every call: two per resource in a plan).",
      '',
      compareSection(r.compare.rows),
    );
  }
  if (r.calls) {
    parts.push(
      '',
      '## API calls per refresh',
      '',
      'N objects of one collection applied against `cloudbridge emulate`, then one `terraform plan` (every object read again, no changes) with the emulator\'s request counts (`GET /_emulator/requests`) zeroed just before it. The bound is ceil(N / page size) + 1: the list pages, plus one call (the account of a credentials collection, or a GET that confirms an object missing from the list). Rate limits are lifted for this table; the scale check below keeps them.',
      '',
      callsSection(r.calls),
    );
  }
  if (r.scale) parts.push('', '## Scale check', '', scaleSection(r.scale));
  if (r.standalone) parts.push('', '## Standalone executable', '', standaloneSection(r.standalone));
  const notes = [
    ...(r.packageBytes ? [`The installed provider package (what Terraform hashes before every command) is ${(r.packageBytes / 1e6).toFixed(2)} MB: the bundles and their V8 code caches, no source maps.`] : []),
    'A V8 start-up snapshot (`node --build-snapshot`) does not pay here: a snapshot loads only in the very Node binary that built it, and the provider runs on whatever `node` the machine has, so the launcher would first have to tell the two apart, at the cost of a process or more; the code caches give most of the same (the start-up table shows the calls with and without them) and are rebuilt for another Node by themselves.',
    ...(r.notes || []),
  ];
  parts.push('', '## Notes', '', ...notes.map((n) => `- ${n}`));
  parts.push(
    '',
    '## Rerun',
    '',
    '```sh',
    'npm run bench                    # everything on this page but the scale check; writes this file',
    'npm run bench -- --scale         # with the scale check (it adds about 15–30 min on two cores)',
    'npm run bench -- --no-sea        # without the standalone executable (it runs npm run build:sea first)',
    'npm run bench -- --quick         # one run per figure, for a quick look',
    'npm run bench -- --no-write      # print the results (JSON) without writing this file',
    '```',
    '',
    'It needs what the tests need: Node 20, Terraform 1.11 on `PATH` and the `hashicorp/aws` 5.100.0 filesystem mirror (see the README). It uses only `node` and `terraform`.',
    '',
  );
  return parts.join('\n');
}

module.exports = { renderReport };
