/**
 * A create's ownership preflight and proof read the vendor as it is now, never a coalesced
 * snapshot that an earlier read in the same provider process took (src/framework/ownership.ts
 * runs them in a `fresh` HTTP scope; src/http/collection.ts honours it). Otherwise an object
 * another state made after that snapshot would be missing from the preflight, and, after a lost
 * answer, would look like this create's own.
 */
import { Collection, NEW_ITEM } from '../../src/http/collection';
import { OutcomeUnknownError } from '../../src/http/errors';
import { createOwned, type OwnedCreate } from '../../src/framework/ownership';
import { createLogger } from '../../src/protocol/log';

interface Thing {
  readonly id: string;
  readonly name: string;
}

function setUp() {
  const objects = new Map<string, Thing>([['t1', { id: 't1', name: 'other' }]]);
  const calls: string[] = [];
  const things = new Collection<Thing>({
    name: 'things',
    list: async () => {
      calls.push('list');
      return { items: [...objects.values()].map((t) => [t.id, t] as const) };
    },
  });
  const ctx = { typeName: 'cloudbridge_thing', logger: createLogger({ level: 'off' }) };
  /** Names may repeat (as Cloudflare's and Avisi's with allow_duplicate_names): holders feed only the proof. */
  const spec = (create: () => Promise<Thing>): OwnedCreate<Thing> => ({
    noun: 'thing',
    describe: (t) => `"${t.name}" (${t.id})`,
    importId: (t) => t.id,
    key: (t) => t.id,
    holders: async () => [...(await things.all()).items.values()].filter((t) => t.name === 'shared'),
    exclusive: false,
    uniqueIdentity: false,
    // As the vendor clients do: a create is a write to its collection.
    create: () => things.write(NEW_ITEM, create),
  });
  return { objects, calls, things, ctx, spec };
}

describe('createOwned reads fresh', () => {
  test("another state's object made after this process listed is held at the preflight, so a lost answer is not taken for this create's", async () => {
    const { objects, calls, things, ctx, spec } = setUp();
    await things.all(); // a refresh earlier in this process: the snapshot holds t1 only
    objects.set('t2', { id: 't2', name: 'shared' }); // another state's create
    const run = createOwned(
      ctx,
      spec(async () => {
        objects.set('t3', { id: 't3', name: 'shared' }); // ours commits, then the answer is lost
        throw new OutcomeUnknownError('connection reset', { vendor: 'test', method: 'POST', path: '/things' });
      }),
    );
    // Only t3 is new since the preflight, so it is adopted; t2 was seen there.
    await expect(run).resolves.toEqual({ id: 't3', name: 'shared' });
    expect(calls).toEqual(['list', 'list', 'list']);
  });

  test("a lost create that made nothing never adopts another state's object made after this process listed", async () => {
    const { objects, things, ctx, spec } = setUp();
    await things.all();
    objects.set('t2', { id: 't2', name: 'shared' }); // another state's create
    const run = createOwned(
      ctx,
      spec(async () => {
        throw new OutcomeUnknownError('connection reset', { vendor: 'test', method: 'POST', path: '/things' });
      }),
    );
    // t2 was there at the (fresh) preflight: nothing new appeared, so nothing is recorded.
    await expect(run).rejects.toThrow(/outcome unknown/);
    expect([...objects.keys()]).toEqual(['t1', 't2']);
  });
});
