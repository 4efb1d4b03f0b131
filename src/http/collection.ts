/**
 * Coalesced reads of one vendor collection (one list endpoint): within a
 * provider process the reads of its objects share list calls instead of one
 * GET each. Terraform refreshes every object of a configuration in one
 * process, ten at a time, so a refresh of N objects costs the list's pages.
 *
 * - The first read lists the collection (every page); concurrent reads join
 *   that one call (single flight), later reads use its snapshot while it is
 *   fresh (`ttlMs`, 30 s by default).
 * - A write to the collection through this process (`write`) makes the objects
 *   it touches dirty: a read after it fetches that object on its own, so it
 *   sees the write. Writes to the whole collection (`ALL_ITEMS`) drop the
 *   snapshot. A snapshot never serves an object written after its list began.
 * - An object missing from the snapshot is fetched on its own (`get`) before
 *   it is reported gone: a list that lags behind a create never makes
 *   Terraform plan a re-create.
 * - A list that fails falls back to the objects' own reads, so one malformed
 *   or refused listing costs calls, not correctness.
 * - In a `fresh` HTTP scope (a create's ownership preflight and proof) no
 *   snapshot serves: `read` fetches the object on its own and `all` lists anew,
 *   so what another state made a moment ago is seen, and the responses carry
 *   the vendor's clock.
 *
 * Each vendor client holds one Collection per list endpoint (P0's config,
 * Cloudflare's and Northflank's integrations, Avisi's cloud accounts and each
 * account's credentials, Qtangl's integrations).
 */
import { currentHttpScope } from './scope';

/** `write(ALL_ITEMS, …)`: the write may change any object of the collection. */
export const ALL_ITEMS: unique symbol = Symbol('all items');
/** `write(NEW_ITEM, …)`: the write adds an object; it changes no object a snapshot holds. */
export const NEW_ITEM: unique symbol = Symbol('new item');

export type WriteTarget = string | readonly string[] | typeof ALL_ITEMS | typeof NEW_ITEM;

/** One listing: the objects by id, and (for collections read as one document) the document. */
export interface Listing<T, W> {
  readonly items: Iterable<readonly [string, T]>;
  readonly whole?: W;
}

export interface CollectionOptions<T, W> {
  /** For log lines: `cloudflare integrations`. */
  readonly name: string;
  /** The whole collection, every page. */
  readonly list: (signal: AbortSignal | undefined) => Promise<Listing<T, W>>;
  /** How long a listing serves reads. Default 30 s. */
  readonly ttlMs?: number;
  /** For tests. Default Date.now. */
  readonly now?: () => number;
}

export const DEFAULT_COLLECTION_TTL_MS = 30_000;

interface Snapshot<T, W> {
  /** The generation its list began at: writes after it are newer than the snapshot. */
  readonly generation: number;
  readonly takenAt: number;
  readonly items: ReadonlyMap<string, T>;
  readonly whole: W | undefined;
}

/** What a collection saw, for logs and tests. */
export interface CollectionStats {
  lists: number;
  /** Reads answered from a snapshot. */
  hits: number;
  /** Reads that fetched their object on its own: missing from the listing, written since, or the list failed. */
  ownReads: number;
  listFailures: number;
}

export class Collection<T, W = undefined> {
  private generation = 0;
  /** The generation of the last write event (a write's start and its end both count). */
  private lastWrite = 0;
  /** The generation of the last whole-collection write. */
  private lastWide = 0;
  private readonly dirty = new Map<string, number>();
  private snapshot: Snapshot<T, W> | undefined;
  private inflight: { readonly generation: number; readonly promise: Promise<Snapshot<T, W>> } | undefined;
  private readonly ttlMs: number;
  private readonly now: () => number;
  readonly stats: CollectionStats = { lists: 0, hits: 0, ownReads: 0, listFailures: 0 };

  constructor(private readonly options: CollectionOptions<T, W>) {
    this.ttlMs = options.ttlMs ?? DEFAULT_COLLECTION_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /**
   * One object: from a fresh listing (shared with concurrent reads), or from
   * `get` (its own read) when the listing lacks it, it was written since the
   * listing began, or the list failed. `get` answers null when it is gone.
   */
  async read(id: string, get: () => Promise<T | null>, signal?: AbortSignal): Promise<T | null> {
    if (currentHttpScope()?.fresh) return this.own(get);
    let snapshot = this.usable(this.snapshot, id);
    if (!snapshot) {
      if (this.dirtySince(id, this.snapshot)) return this.own(get);
      try {
        snapshot = this.usable(await this.listing(signal, Math.max(this.lastWide, this.dirty.get(id) ?? 0)), id);
      } catch (err) {
        if (signal?.aborted) throw err;
        this.stats.listFailures += 1;
        this.log('list failed; reading the object on its own', { error: err instanceof Error ? err.message : String(err), id });
        return this.own(get);
      }
      // A write to this object raced the list: its own read sees the write.
      if (!snapshot) return this.own(get);
    }
    const hit = snapshot.items.get(id);
    if (hit !== undefined) {
      this.stats.hits += 1;
      return hit;
    }
    return this.own(get);
  }

  /**
   * The whole collection as of a listing that began after every write this
   * process had begun when `all` was called (so it holds every create, update
   * and delete made here before). Failures of the list are thrown.
   */
  async all(signal?: AbortSignal): Promise<{ readonly items: ReadonlyMap<string, T>; readonly whole: W | undefined }> {
    // Fresh: a listing that begins now (not even one in flight serves).
    const after = currentHttpScope()?.fresh ? this.generation : this.lastWrite;
    const current = this.snapshot;
    if (current && this.live(current) && current.generation > after) return current;
    return this.listing(signal, after);
  }

  /**
   * Runs a write: the objects it names (`ALL_ITEMS`: any object; `NEW_ITEM`:
   * none a snapshot holds) are dirty from its start, and again at its end, so
   * no listing that began before the write finished serves them.
   */
  async write<R>(target: WriteTarget, fn: () => Promise<R>): Promise<R> {
    this.mark(target);
    try {
      return await fn();
    } finally {
      this.mark(target);
    }
  }

  /**
   * Whether a listing succeeded within `ttlMs` and after the last write to the whole
   * collection: the collection (a document that may not exist yet, as P0's config) was there then.
   */
  get listed(): boolean {
    return !!this.snapshot && this.live(this.snapshot);
  }

  /** Marks objects written without going through `write` (e.g. by a call that failed half-way). */
  invalidate(target: WriteTarget = ALL_ITEMS): void {
    this.mark(target);
  }

  private mark(target: WriteTarget): void {
    const g = ++this.generation;
    this.lastWrite = g;
    if (target === ALL_ITEMS) {
      this.lastWide = g;
      this.snapshot = undefined;
      this.dirty.clear();
    } else if (target !== NEW_ITEM) {
      for (const id of typeof target === 'string' ? [target] : target) this.dirty.set(id, g);
    }
  }

  /** Whether a snapshot may still serve: within ttlMs, and taken after the last whole-collection write. */
  private live(s: Snapshot<T, W>): boolean {
    return s.generation > this.lastWide && this.now() - s.takenAt <= this.ttlMs;
  }

  private dirtySince(id: string, s: Snapshot<T, W> | undefined): boolean {
    return !!s && this.live(s) && (this.dirty.get(id) ?? 0) > s.generation;
  }

  private usable(s: Snapshot<T, W> | undefined, id: string): Snapshot<T, W> | undefined {
    if (!s || !this.live(s)) return undefined;
    return (this.dirty.get(id) ?? 0) > s.generation ? undefined : s;
  }

  /** A listing that began after generation `after`: the one in flight, or a new one. */
  private listing(signal: AbortSignal | undefined, after: number): Promise<Snapshot<T, W>> {
    const flying = this.inflight;
    if (flying && flying.generation > after) return flying.promise;
    const generation = ++this.generation;
    const takenAt = this.now();
    this.stats.lists += 1;
    const promise = this.options.list(signal).then((listing) => {
      const snapshot: Snapshot<T, W> = { generation, takenAt, items: new Map(listing.items), whole: listing.whole };
      if (!this.snapshot || this.snapshot.generation < generation) this.snapshot = snapshot;
      this.prune();
      this.log('listed', { objects: snapshot.items.size });
      return snapshot;
    });
    const entry = { generation, promise };
    this.inflight = entry;
    const clear = (): void => {
      if (this.inflight === entry) this.inflight = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }

  private async own(get: () => Promise<T | null>): Promise<T | null> {
    this.stats.ownReads += 1;
    return get();
  }

  /** Dirty marks older than every snapshot there can be are of no use any more. */
  private prune(): void {
    const oldest = Math.min(this.snapshot?.generation ?? Infinity, this.inflight?.generation ?? Infinity);
    for (const [id, g] of this.dirty) if (g < oldest) this.dirty.delete(id);
  }

  private log(message: string, fields: Record<string, unknown>): void {
    currentHttpScope()?.logger?.debug(`${this.options.name}: ${message}`, fields);
  }
}
