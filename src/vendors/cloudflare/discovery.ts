/**
 * Run discovery on a cloud integration and wait for its verdict. While AWS
 * trust propagates, Cloudflare's first attempts can be rejected: a FAILED
 * run is started again until the deadline, then the last discovery message
 * is the error.
 */
import { abortableSleep, abortError } from '../../util/sleep';
import type { CloudIntegration, CloudflareClient } from './client';
import { ApiError } from '../../http/errors';

export interface DiscoveryProgressLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

export interface AwaitDiscoveryOptions {
  /** Overall deadline for discovery including retries of rejections. */
  readonly timeoutMs: number;
  /** How often to read `state` while discovery runs. */
  readonly pollIntervalMs?: number;
  /** Pause before starting discovery again after a rejection. */
  readonly retryDelayMs?: number;
  readonly logger?: DiscoveryProgressLogger;
  readonly signal?: AbortSignal;
  /** Clock and sleep, injectable for tests. */
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class DiscoveryFailedError extends Error {
  constructor(
    readonly integrationId: string,
    /** Cloudflare's `status.discovery_message` of the last run. */
    readonly discoveryMessage: string,
    readonly attempts: number,
    readonly timedOut: boolean,
  ) {
    super(
      timedOut
        ? `Cloudflare discovery for cloud integration ${integrationId} did not succeed within the timeout (${attempts} attempt(s)); last discovery message: ${discoveryMessage}`
        : `Cloudflare discovery for cloud integration ${integrationId} failed: ${discoveryMessage}`,
    );
  }
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return abortableSleep(ms, signal, () => (signal?.reason instanceof Error ? signal.reason : abortError()));
}

/**
 * Start discovery and poll until SUCCEEDED (returns the integration read with
 * status) or until the deadline passes (throws DiscoveryFailedError).
 */
export async function runDiscoveryUntilSucceeded(
  client: CloudflareClient,
  integrationId: string,
  options: AwaitDiscoveryOptions,
): Promise<CloudIntegration> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const retryDelayMs = options.retryDelayMs ?? 5_000;
  const deadline = now() + options.timeoutMs;
  const log = options.logger;
  let attempts = 0;
  let lastMessage = 'discovery did not complete';
  /** The message of the last run that ended (FAILED): what the user must fix, even if a later retry is cut short by the deadline. */
  let lastRejection: string | undefined;

  for (;;) {
    attempts += 1;
    try {
      await client.discover(integrationId, {}, { signal: options.signal });
    } catch (err) {
      // 409: a discovery is already running (started elsewhere, or a retried request); wait for it.
      if (!(err instanceof ApiError && err.status === 409)) throw err;
    }
    log?.info('cloudflare discovery started', { integration_id: integrationId, attempt: attempts });

    let current = await client.getIntegration(integrationId, { status: true }, { signal: options.signal });
    while (current.state === 'DISCOVERING' || current.state === 'PENDING') {
      if (now() >= deadline) break;
      const progress = current.status?.discovery_progress;
      log?.info('waiting for Cloudflare discovery to finish', {
        integration_id: integrationId,
        waiting_for: 'state SUCCEEDED or FAILED',
        state: current.state,
        done: progress?.done ?? undefined,
        total: progress?.total ?? undefined,
        remaining_ms: Math.max(0, deadline - now()),
      });
      await sleep(Math.min(pollIntervalMs, Math.max(0, deadline - now())), options.signal);
      current = await client.getIntegration(integrationId, { status: true }, { signal: options.signal });
    }

    if (current.state === 'SUCCEEDED') {
      log?.info('cloudflare discovery succeeded', {
        integration_id: integrationId,
        attempt: attempts,
        regions: current.status?.regions ?? [],
      });
      return current;
    }
    const stillRunning = current.state === 'DISCOVERING' || current.state === 'PENDING';
    lastMessage = current.status?.discovery_message ?? `discovery ended in state ${current.state}`;
    if (stillRunning && lastRejection !== undefined) lastMessage = lastRejection;
    else if (!stillRunning) lastRejection = lastMessage;
    const remaining = deadline - now();
    if (remaining <= 0) throw new DiscoveryFailedError(integrationId, lastMessage, attempts, true);
    log?.info('cloudflare discovery rejected; retrying while AWS trust propagates', {
      integration_id: integrationId,
      attempt: attempts,
      state: current.state,
      discovery_message: lastMessage,
      retry_in_ms: Math.min(retryDelayMs, remaining),
      remaining_ms: remaining,
    });
    await sleep(Math.min(retryDelayMs, remaining), options.signal);
    if (deadline - now() <= 0) throw new DiscoveryFailedError(integrationId, lastMessage, attempts, true);
  }
}
