/**
 * For APIs that let names repeat (Cloudflare, Avisi): a state that opts in with
 * `allow_duplicate_names = true` creates its own object of a name another state
 * owns, and when that create's answer is lost it adopts only its own, proved,
 * never the owner's (the "a 502 made B adopt A's account").
 */
import { stateAttributes } from '../acceptance/harness';
import type { SuiteContext } from './scenarios';
import { Meter, armedFaults, expectExit, fault, total } from './support';

export function duplicateNamesScenario(ctx: SuiteContext): void {
  ctx.scenario('9-duplicates', 'allow_duplicate_names: a 504 after the commit adopts the object this create made, never the owner\'s of the same name; destroy removes only its own', async () => {
    await ctx.begin();
    const { em, profile } = ctx;
    const owner = ctx.a();
    const other = ctx.b();
    const name = profile.names[0];
    const primary = profile.resources(name)[0]!;
    const named = () => profile.objects(em).filter((o) => o.name === primary.objectName);
    owner.fresh(profile.hcl([name]));
    const m = new Meter(em, profile.vendor);
    expectExit(await owner.apply(), 0);
    const [held] = named();
    const snapshot = JSON.stringify(held!.record);

    other.fresh(profile.hcl([name], { allowDuplicates: true }));
    fault(em, profile.vendor, profile.create, { status: 504, after: true });
    expectExit(await other.apply(), 0);
    expect(await armedFaults(em)).toEqual([]);
    const both = named();
    expect(both).toHaveLength(2);
    const mine = both.find((o) => o.key !== held!.key)!;
    const recorded = JSON.stringify(stateAttributes(other.ws, primary.address));
    expect(recorded).toContain(mine.key);
    expect(recorded).not.toContain(held!.key);
    expect((await owner.plan()).code).toBe(0);
    expect((await other.plan()).code).toBe(0);

    expectExit(await other.destroy(), 0);
    expect(named().map((o) => JSON.stringify(o.record))).toEqual([snapshot]);
    expect((await owner.plan()).code).toBe(0);
    ctx.record({
      id: '9-duplicates',
      scenario: 'Another state owns the name; this state sets `allow_duplicate_names = true`, and its create is committed, then answered 504',
      expected: 'A second object of the name, adopted by its proof, never the owner\'s; destroy deletes only it',
      observed: 'apply exit 0: two objects of the name, this state recorded the new one; both plans: no changes; destroy exit 0 left the owner\'s byte-for-byte unchanged',
      calls: total(m.calls()),
      objects: `${profile.objects(em).length} (the owner's, no duplicate left)`,
      durationMs: m.elapsedMs(),
    });
  });
}
