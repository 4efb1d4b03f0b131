/**
 * The coalesced collection reads (src/http/collection.ts): one list call for
 * concurrent reads, reads after a write see the write, a lagging list never
 * reports an object gone, a failing list falls back to the objects' own reads.
 */
import { ALL_ITEMS, Collection, NEW_ITEM } from '../../src/http/collection';
import { withHttpScope } from '../../src/http/scope';

interface Item {
  readonly id: string;
  readonly v: number;
}

/** A fake vendor: its objects, the calls made to it, and list calls that can be held open. */
function vendor(initial: Item[]) {
  const objects = new Map(initial.map((i) => [i.id, i]));
  const calls: string[] = [];
  let hold: Promise<void> | undefined;
  let release: (() => void) | undefined;
  let listFails = false;
  /** Items the list leaves out (a list that lags behind creates). */
  const lagging = new Set<string>();
  return {
    objects,
    calls,
    holdLists() {
      hold = new Promise((r) => (release = r));
    },
    releaseLists() {
      release?.();
      hold = undefined;
    },
    failLists(on: boolean) {
      listFails = on;
    },
    lag(id: string) {
      lagging.add(id);
    },
    async list() {
      calls.push('list');
      // The answer is what the vendor holds when the call arrives, sent when released.
      const answer = [...objects.values()].filter((i) => !lagging.has(i.id)).map((i) => [i.id, i] as const);
      if (hold) await hold;
      if (listFails) throw new Error('502 from the list');
      return { items: answer };
    },
    async get(id: string) {
      calls.push(`get ${id}`);
      return objects.get(id) ?? null;
    },
  };
}

function collection(v: ReturnType<typeof vendor>, now?: () => number) {
  return new Collection<Item>({ name: 'test things', list: () => v.list(), now });
}

const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, v: 1 }));

describe('Collection', () => {
  test('50 concurrent reads share one list call and answer every object', async () => {
    const v = vendor(items(50));
    const c = collection(v);
    const got = await Promise.all(items(50).map((i) => c.read(i.id, () => v.get(i.id))));
    expect(got.map((g) => g?.id)).toEqual(items(50).map((i) => i.id));
    expect(v.calls).toEqual(['list']);
    expect(c.stats).toEqual({ lists: 1, hits: 50, ownReads: 0, listFailures: 0 });
  });

  test('a read after a write to the object fetches it on its own and sees the write', async () => {
    const v = vendor(items(3));
    const c = collection(v);
    expect(await c.read('i1', () => v.get('i1'))).toEqual({ id: 'i1', v: 1 });
    await c.write('i1', async () => {
      v.objects.set('i1', { id: 'i1', v: 2 });
    });
    expect(await c.read('i1', () => v.get('i1'))).toEqual({ id: 'i1', v: 2 });
    // The other objects are still read from the listing.
    expect(await c.read('i2', () => v.get('i2'))).toEqual({ id: 'i2', v: 1 });
    expect(v.calls).toEqual(['list', 'get i1']);
  });

  test('an object missing from the list is confirmed with its own read before it is reported gone', async () => {
    const v = vendor(items(3));
    v.lag('i2');
    const c = collection(v);
    expect(await c.read('i2', () => v.get('i2'))).toEqual({ id: 'i2', v: 1 });
    // Gone is what the object's own read says, not the listing.
    expect(await c.read('nope', () => v.get('nope'))).toBeNull();
    expect(v.calls).toEqual(['list', 'get i2', 'get nope']);
  });

  test('a list that began before a write never serves the written object', async () => {
    const v = vendor(items(2));
    const c = collection(v);
    v.holdLists();
    const first = c.read('i0', () => v.get('i0'));
    // While the list is in flight, i1 is written.
    const written = c.write('i1', async () => {
      v.objects.set('i1', { id: 'i1', v: 3 });
    });
    await written;
    v.releaseLists();
    expect(await first).toEqual({ id: 'i0', v: 1 });
    // The held list's answer had i1 at v 1; the read after the write must not take it.
    expect(await c.read('i1', () => v.get('i1'))).toEqual({ id: 'i1', v: 3 });
    expect(v.calls).toEqual(['list', 'get i1']);
  });

  test('a read that starts after a write does not join a list that began before it', async () => {
    const v = vendor(items(2));
    const c = collection(v);
    v.holdLists();
    const early = c.read('i0', () => v.get('i0'));
    await c.write(NEW_ITEM, async () => {
      v.objects.set('i9', { id: 'i9', v: 1 });
    });
    const late = c.all();
    v.releaseLists();
    await early;
    const all = await late;
    expect([...all.items.keys()].sort()).toEqual(['i0', 'i1', 'i9']);
    expect(v.calls).toEqual(['list', 'list']);
  });

  test('creating an object keeps the listing for reads of the others, but not for the whole collection', async () => {
    const v = vendor(items(2));
    const c = collection(v);
    await c.read('i0', () => v.get('i0'));
    await c.write(NEW_ITEM, async () => {
      v.objects.set('i5', { id: 'i5', v: 1 });
    });
    expect(await c.read('i1', () => v.get('i1'))).toEqual({ id: 'i1', v: 1 });
    expect(await c.read('i5', () => v.get('i5'))).toEqual({ id: 'i5', v: 1 });
    expect([...(await c.all()).items.keys()].sort()).toEqual(['i0', 'i1', 'i5']);
    expect(v.calls).toEqual(['list', 'get i5', 'list']);
  });

  test('a write to the whole collection drops the listing', async () => {
    const v = vendor(items(2));
    const c = collection(v);
    await c.read('i0', () => v.get('i0'));
    await c.write(ALL_ITEMS, async () => {
      v.objects.clear();
    });
    expect(await c.read('i0', () => v.get('i0'))).toBeNull();
    expect(v.calls).toEqual(['list', 'list', 'get i0']);
  });

  test('listed: a fresh listing since the last whole-collection write', async () => {
    let t = 1000;
    const v = vendor(items(1));
    const c = new Collection<Item>({ name: 'test things', list: () => v.list(), now: () => t, ttlMs: 100 });
    expect(c.listed).toBe(false);
    await c.read('i0', () => v.get('i0'));
    expect(c.listed).toBe(true);
    await c.write('i0', async () => undefined);
    expect(c.listed).toBe(true);
    t += 101;
    expect(c.listed).toBe(false);
    await c.all();
    await c.write(ALL_ITEMS, async () => undefined);
    expect(c.listed).toBe(false);
  });

  test('a listing serves reads for ttlMs, then the collection is listed again', async () => {
    let t = 1000;
    const v = vendor(items(2));
    const c = new Collection<Item>({ name: 'test things', list: () => v.list(), now: () => t, ttlMs: 100 });
    await c.read('i0', () => v.get('i0'));
    t += 100;
    await c.read('i1', () => v.get('i1'));
    t += 1;
    await c.read('i1', () => v.get('i1'));
    expect(v.calls).toEqual(['list', 'list']);
  });

  test('a failing list falls back to each object\'s own read; all() throws', async () => {
    const v = vendor(items(3));
    v.failLists(true);
    const c = collection(v);
    const got = await Promise.all(['i0', 'i1'].map((id) => c.read(id, () => v.get(id))));
    expect(got.map((g) => g?.id)).toEqual(['i0', 'i1']);
    expect(v.calls).toEqual(['list', 'get i0', 'get i1']);
    expect(c.stats.listFailures).toBe(2);
    await expect(c.all()).rejects.toThrow('502 from the list');
  });

  test('an aborted read rejects instead of falling back', async () => {
    const v = vendor(items(1));
    const c = new Collection<Item>({
      name: 'test things',
      list: async (signal) => {
        throw signal?.reason ?? new Error('aborted');
      },
    });
    const stop = new AbortController();
    stop.abort(new Error('Terraform asked the provider to stop'));
    await expect(c.read('i0', () => v.get('i0'), stop.signal)).rejects.toThrow('Terraform asked the provider to stop');
    expect(v.calls).toEqual([]);
  });

  test('a write that fails still marks the object written', async () => {
    const v = vendor(items(1));
    const c = collection(v);
    await c.read('i0', () => v.get('i0'));
    await expect(
      c.write('i0', async () => {
        v.objects.set('i0', { id: 'i0', v: 7 });
        throw new Error('the answer was lost');
      }),
    ).rejects.toThrow('the answer was lost');
    expect(await c.read('i0', () => v.get('i0'))).toEqual({ id: 'i0', v: 7 });
  });

  test('in a fresh scope (an ownership preflight) no snapshot serves: another state\'s new object is seen', async () => {
    const v = vendor(items(2));
    const c = collection(v);
    expect(await c.read('i0', () => v.get('i0'))).toEqual({ id: 'i0', v: 1 });
    // Another state creates i9 and changes i1 after this process listed.
    v.objects.set('i9', { id: 'i9', v: 1 });
    v.objects.set('i1', { id: 'i1', v: 5 });
    expect(await c.read('i9', () => v.get('i9'))).toEqual({ id: 'i9', v: 1 }); // missing from the snapshot: its own read
    expect(await c.read('i1', () => v.get('i1'))).toEqual({ id: 'i1', v: 1 }); // the snapshot's (still fresh) copy
    expect(await withHttpScope({ fresh: true }, () => c.read('i1', () => v.get('i1')))).toEqual({ id: 'i1', v: 5 });
    const all = await withHttpScope({ fresh: true }, () => c.all());
    expect([...all.items.keys()].sort()).toEqual(['i0', 'i1', 'i9']);
    expect(v.calls).toEqual(['list', 'get i9', 'get i1', 'list']);
    // Outside the scope, the listing the fresh all() took serves again.
    expect(await c.read('i1', () => v.get('i1'))).toEqual({ id: 'i1', v: 5 });
    expect(v.calls).toHaveLength(4);
  });

  test('a fresh all() does not join a listing already in flight', async () => {
    const v = vendor(items(1));
    const c = collection(v);
    v.holdLists();
    const first = c.all();
    v.objects.set('i5', { id: 'i5', v: 1 });
    const second = withHttpScope({ fresh: true }, () => c.all());
    v.releaseLists();
    expect([...(await first).items.keys()]).toEqual(['i0']);
    expect([...(await second).items.keys()].sort()).toEqual(['i0', 'i5']);
    expect(v.calls).toEqual(['list', 'list']);
  });
});
