/**
 * The scope of one provider operation, carried across awaits (AsyncLocalStorage)
 * so that vendor clients, built once per process, still act for the operation
 * that calls them:
 * - their log lines go to the operation's logger (with its `tf_rpc` and `tf_resource_type`);
 * - no retry waits past the operation's own deadline (its `timeouts`);
 * - an observer sees each response's status and the vendor's clock (the `Date` header),
 *   which the framework uses to bound a create attempt in the vendor's own time;
 * - `fresh`: reads go to the vendor, never to a coalesced snapshot (collection.ts),
 *   as a create's ownership preflight and proof need (framework/ownership.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { HttpLogger } from './types';

export interface ResponseSeen {
  readonly status: number;
  /** The `Date` header as ms since the epoch (second precision), when the server sent one. */
  readonly date?: number;
}

export interface HttpScope {
  readonly logger?: HttpLogger;
  /** Ms since the epoch: retries stop here. */
  readonly deadline?: number;
  readonly onResponse?: (seen: ResponseSeen) => void;
  /** Reads in this scope ask the vendor now: no snapshot a list took earlier serves them. */
  readonly fresh?: boolean;
}

const storage = new AsyncLocalStorage<HttpScope>();

export function currentHttpScope(): HttpScope | undefined {
  return storage.getStore();
}

/** Runs `fn` in a scope that adds `scope` to the current one (an inner deadline never extends an outer one; observers stack). */
export function withHttpScope<T>(scope: HttpScope, fn: () => T): T {
  const outer = storage.getStore();
  const deadlines = [outer?.deadline, scope.deadline].filter((d): d is number => d !== undefined);
  const observers = [outer?.onResponse, scope.onResponse].filter((o): o is (seen: ResponseSeen) => void => o !== undefined);
  return storage.run(
    {
      logger: scope.logger ?? outer?.logger,
      deadline: deadlines.length > 0 ? Math.min(...deadlines) : undefined,
      onResponse: observers.length > 0 ? (seen) => observers.forEach((o) => o(seen)) : undefined,
      fresh: scope.fresh ?? outer?.fresh,
    },
    fn,
  );
}
