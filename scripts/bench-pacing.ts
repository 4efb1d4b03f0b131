/**
 * Pacing benchmark: with the emulator's rate limits lowered, a burst of
 * concurrent operations through the real vendor clients (Qtangl and
 * Cloudflare, the vendors with a documented limit) over several limit windows.
 * Reports the 429s the emulator answered (target 0) and the achieved rate as a
 * share of the allowed one (target ≥ 90 %).
 *
 *   npm run build && node dist/scripts/bench-pacing.js [--windows N] [--concurrency N] [--window-ms MS] [--requests N]
 *
 * `benchPacing()` is the same run for other benchmark drivers (`npm run bench`).
 * A benchmark, not a test: it measures, and exits 1 only when a target is missed.
 */
import { closeHttpPools, pacingIntervalMs } from '../src/http/client';
import { startDefaultEmulator, emulatedApis } from '../src/emulate';
import { completeIdentities } from '../src/emulator/identities';
import type { RunningEmulator } from '../src/emulator/server';
import { CloudflareClient } from '../src/vendors/cloudflare/client';
import { QtanglClient } from '../src/vendors/qtangl/client';

export interface PacingOptions {
  /** How many limit windows the burst spans. Default 4 (at least 3 are needed to see a steady rate). */
  readonly windows?: number;
  /** Concurrent operations sharing the vendor's bucket. Default 8. */
  readonly concurrency?: number;
  /** The lowered limit's window. Default 5 s. */
  readonly windowMs?: number;
  /** Requests allowed per window. Default 100 (so the 3 % margin is 3 requests: room for a scheduling hiccup). */
  readonly requests?: number;
}

export interface PacingResult {
  readonly vendor: 'qtangl' | 'cloudflare';
  readonly limit: { readonly requests: number; readonly windowMs: number };
  readonly concurrency: number;
  /** Requests the emulator served (429s included). */
  readonly served: number;
  /** 429s the emulator answered. Target 0. */
  readonly rejected: number;
  /** Operations that failed for any reason. */
  readonly failed: number;
  readonly elapsedMs: number;
  /** Windows the run spanned. */
  readonly windows: number;
  readonly achievedPerMinute: number;
  readonly allowedPerMinute: number;
  /** achieved / allowed. Target ≥ 0.9. */
  readonly ratio: number;
}

export const PACING_TARGETS = { rejected: 0, ratio: 0.9 } as const;

interface Workload {
  readonly vendor: 'qtangl' | 'cloudflare';
  /** One operation, the `i`th of the run: a read or a write through the vendor client. */
  op(i: number): Promise<unknown>;
}

function qtanglWorkload(em: RunningEmulator, rpm: number): () => Workload {
  const key = (em.identities.tokens['qtangl'] as Record<string, string>)['admin']!;
  return () => {
    const client = new QtanglClient({ baseUrl: em.endpoints['qtangl'], apiKey: key, userAgent: 'cloudbridge-bench', requestsPerMinute: rpm });
    return {
      vendor: 'qtangl',
      op: (i) => (i % 4 === 3 ? client.upsertIntegration('kubernetes', { kubeconfigJson: `{"n":${i}}` }) : client.listIntegrations()),
    };
  };
}

function cloudflareWorkload(em: RunningEmulator, rpm: number): () => Workload {
  const token = em.identities.tokens['cloudflare'] as string;
  const accountId = em.identities.ids['cloudflare_account']!;
  let created: string | undefined;
  return () => {
    const client = new CloudflareClient({ baseUrl: em.endpoints['cloudflare'], apiToken: token, accountId, userAgent: 'cloudbridge-bench', requestsPerMinute: rpm });
    return {
      vendor: 'cloudflare',
      op: async (i) => {
        if (created === undefined || i % 10 === 0) {
          created = (await client.createIntegration({ cloud_type: 'AWS', friendly_name: `bench-${i}`, description: '' })).id;
          return created;
        }
        return i % 2 === 0 ? client.listIntegrations() : client.getIntegration(created);
      },
    };
  };
}

async function rejectedOf(em: RunningEmulator, vendor: string): Promise<number> {
  const res = await fetch(`${em.url}/_emulator/limits`);
  const limits = (await res.json()) as Record<string, { rejected: number }>;
  return limits[vendor]?.rejected ?? 0;
}

function servedOf(em: RunningEmulator, vendor: string): number {
  return Object.values(em.requestCounts()[vendor] ?? {}).reduce((a, b) => a + b, 0);
}

async function run(em: RunningEmulator, workload: () => Workload, options: Required<PacingOptions>): Promise<PacingResult> {
  const sample = workload();
  const vendor = sample.vendor;
  em.setLimit(vendor, { requests: options.requests, windowMs: options.windowMs });
  // The provider's `requests_per_minute`, set to the lowered limit as a user of that account would.
  const allowedPerMinute = (options.requests * 60_000) / options.windowMs;
  // Enough operations to span the windows at the paced rate (n paced requests take n - 1 intervals).
  const total = Math.ceil((options.windows * options.windowMs) / pacingIntervalMs(allowedPerMinute)) + 1;
  const servedBefore = servedOf(em, vendor);
  const rejectedBefore = await rejectedOf(em, vendor);
  let next = 0;
  let failed = 0;
  const started = Date.now();
  const workers = Array.from({ length: options.concurrency }, async (_, w) => {
    const ops = w === 0 ? sample : workload();
    for (let i = next++; i < total; i = next++) {
      try {
        await ops.op(i);
      } catch (err) {
        failed += 1;
        process.stderr.write(`bench-pacing: ${vendor} operation ${i} failed: ${err instanceof Error ? err.message : String(err)}\n`);
      }
    }
  });
  await Promise.all(workers);
  const elapsedMs = Date.now() - started;
  const served = servedOf(em, vendor) - servedBefore;
  const rejected = (await rejectedOf(em, vendor)) - rejectedBefore;
  const achievedPerMinute = ((served - rejected) * 60_000) / elapsedMs;
  em.setLimit(vendor, null);
  return {
    vendor,
    limit: { requests: options.requests, windowMs: options.windowMs },
    concurrency: options.concurrency,
    served,
    rejected,
    failed,
    elapsedMs,
    windows: elapsedMs / options.windowMs,
    achievedPerMinute,
    allowedPerMinute,
    ratio: achievedPerMinute / allowedPerMinute,
  };
}

/** Runs the benchmark for Qtangl and Cloudflare (one after the other, each in its own emulator). */
export async function benchPacing(options: PacingOptions = {}): Promise<PacingResult[]> {
  const resolved: Required<PacingOptions> = { windows: 4, concurrency: 8, windowMs: 5_000, requests: 100, ...options };
  if (resolved.windows < 3) throw new Error('the burst must span at least 3 windows');
  const results: PacingResult[] = [];
  for (const make of [qtanglWorkload, cloudflareWorkload]) {
    const em = await startDefaultEmulator({ identities: completeIdentities(emulatedApis()) });
    try {
      results.push(await run(em, make(em, (resolved.requests * 60_000) / resolved.windowMs), resolved));
    } finally {
      await em.close();
      await closeHttpPools();
    }
  }
  return results;
}

/** Whether a result meets the targets. */
export function meetsTargets(r: PacingResult): boolean {
  return r.rejected <= PACING_TARGETS.rejected && r.failed === 0 && r.ratio >= PACING_TARGETS.ratio;
}

export function formatPacing(results: readonly PacingResult[]): string {
  const lines = ['vendor      limit            ops  served  429s  failed  windows  achieved/min  allowed/min  ratio   target'];
  for (const r of results) {
    lines.push(
      [
        r.vendor.padEnd(10),
        `${r.limit.requests}/${r.limit.windowMs / 1000}s`.padEnd(15),
        String(r.concurrency).padStart(4),
        String(r.served).padStart(7),
        String(r.rejected).padStart(5),
        String(r.failed).padStart(7),
        r.windows.toFixed(1).padStart(8),
        r.achievedPerMinute.toFixed(0).padStart(13),
        r.allowedPerMinute.toFixed(0).padStart(12),
        `${(r.ratio * 100).toFixed(1)}%`.padStart(6),
        meetsTargets(r) ? '  met' : '  MISSED',
      ].join(' '),
    );
  }
  return lines.join('\n');
}

function flag(args: readonly string[], name: string): number | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = Number(args[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const options: PacingOptions = {
    windows: flag(args, '--windows'),
    concurrency: flag(args, '--concurrency'),
    windowMs: flag(args, '--window-ms'),
    requests: flag(args, '--requests'),
  };
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as PacingOptions;
  benchPacing(defined).then(
    (results) => {
      process.stdout.write(`${formatPacing(results)}\n`);
      process.exitCode = results.every(meetsTargets) ? 0 : 1;
    },
    (err: unknown) => {
      process.stderr.write(`bench-pacing: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
