/**
 * The scenarios every vendor goes through, with real terraform against the
 * emulator (issue 10, "A fault suite through real terraform"):
 *
 * - a lost create answer for a new name: one object, adopted, a clean plan;
 * - another state owns the name: an error with the import, the owner untouched
 *   and its plan clean after the other state's apply and destroy;
 * - 429 and 5xx storms on reads and writes, and a gateway's 502/504 on a create:
 *   no duplicates, a clean plan;
 * - kill -9 of terraform, and SIGINT, while creates the emulator has committed
 *   still wait for their answers: no duplicates after a re-apply, every leftover
 *   reported with its import (a new process has no proof), no provider left.
 *
 * Each scenario records an Observation; the last test of the file checks (or,
 * with CLOUDBRIDGE_RELIABILITY_WRITE=1, writes) the vendor's section of
 * docs/reliability.md (report.ts).
 */
import { withEmulator, type TestEmulator } from '../support/emulator';
import { reportCheck } from './report';
import {
  Meter,
  Stage,
  armedFaults,
  count,
  errors,
  expectExit,
  fault,
  importAdvice,
  interruptApply,
  routeKey,
  total,
  type Observation,
  type RemoteObject,
  type VendorProfile,
} from './support';

export interface SuiteContext {
  readonly em: TestEmulator;
  readonly profile: VendorProfile;
  /** The owner's workspace. */
  a(): Stage;
  /** Another team's workspace, against the same vendor account. */
  b(): Stage;
  /** Fresh emulator state (seeded), both workspaces without state. */
  begin(): Promise<void>;
  /** A test that records the observation `id` (the document's row). */
  scenario(id: string, title: string, fn: () => Promise<void>): void;
  record(o: Omit<Observation, 'vendor'>): void;
}

/** How many objects of each name: the figure that shows a duplicate. */
export function tally(objects: readonly RemoteObject[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of objects) out[o.name] = (out[o.name] ?? 0) + 1;
  return out;
}

function objectNames(profile: VendorProfile, names: readonly string[]): string[] {
  return names.flatMap((n) => profile.resources(n).map((r) => r.objectName));
}

function expectedTally(profile: VendorProfile, names: readonly string[]): Record<string, number> {
  return tally(objectNames(profile, names).map((name) => ({ key: name, name, record: null })));
}

/** Every address the configuration of `names` has, sorted. */
export function addresses(profile: VendorProfile, names: readonly string[]): string[] {
  return names.flatMap((n) => profile.resources(n).map((r) => r.address)).sort();
}

/** The addresses of the resources the create route makes, sorted. */
export function primaryAddresses(profile: VendorProfile, names: readonly string[]): string[] {
  return names.map((n) => profile.resources(n)[0]!.address).sort();
}

function primaryName(profile: VendorProfile, name: string): string {
  return profile.resources(name)[0]!.objectName;
}

function objectsPhrase(profile: VendorProfile, objects: readonly RemoteObject[], names: readonly string[]): string {
  const t = tally(objects);
  const dup = Object.values(t).some((n) => n > 1);
  const wanted = objectNames(profile, names);
  const present = wanted.filter((w) => (t[w] ?? 0) > 0).length;
  return `${objects.length} (${present} of ${wanted.length} configured${dup ? ', DUPLICATES' : ', no duplicate'})`;
}

/** The text with what differs between runs (ids the vendor draws) replaced by placeholders. */
export function stable(text: string, em: TestEmulator): string {
  return text
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>')
    .split(em.ids.p0_org)
    .join('<org>');
}

/** Registers the emulator, the two workspaces and the scenarios; `extra` adds the vendor's own. */
export function reliabilitySuite(profile: VendorProfile, extra?: (ctx: SuiteContext) => void): void {
  const em = withEmulator();
  const observations: Observation[] = [];
  const declared: string[] = [];
  let a: Stage | undefined;
  let b: Stage | undefined;

  beforeAll(async () => {
    [a, b] = await Promise.all([Stage.open(em), Stage.open(em)]);
  });
  afterAll(async () => {
    await Promise.all([a?.cleanup(), b?.cleanup()]);
  });

  const ctx: SuiteContext = {
    em,
    profile,
    a: () => a!,
    b: () => b!,
    begin: async () => {
      await em.reset();
      await profile.seed?.(em);
      a!.fresh('');
      b!.fresh('');
    },
    scenario: (id, title, fn) => {
      declared.push(id);
      it(title, fn);
    },
    record: (o) => observations.push({ vendor: profile.vendor, ...o, scenario: stable(o.scenario, em), observed: stable(o.observed, em), objects: stable(o.objects, em) }),
  };

  const [n0, n1, n2, n3] = profile.names;
  const objects = (): RemoteObject[] => profile.objects(em);
  const expectObjects = (names: readonly string[]): void => expect(tally(objects())).toEqual(expectedTally(profile, names));
  const expectAllFaultsFired = async (): Promise<void> => expect(await armedFaults(em)).toEqual([]);
  const expectCleanPlan = async (stage: Stage): Promise<void> => {
    const p = await stage.plan();
    expect({ code: p.code, actions: p.actions }).toEqual({ code: 0, actions: {} });
  };
  const creates = (m: Meter): number => m.calls()[routeKey(profile.create)] ?? 0;

  describe(`${profile.title}: reliability through real terraform`, () => {
    ctx.scenario('1-lost-answer', 'a lost create answer for a new name: one object, adopted, and the next plan is clean', async () => {
      await ctx.begin();
      const stage = a!;
      stage.fresh(profile.hcl([n0]));
      fault(em, profile.vendor, profile.create, { after: true, reset: true });
      const m = new Meter(em, profile.vendor);
      const r = await stage.apply();
      expectExit(r, 0);
      await expectAllFaultsFired();
      expectObjects([n0]);
      expect(stage.stateAddresses()).toContain(profile.resources(n0)[0]!.address);
      const made = creates(m);
      // The HTTP client repeats a write keyed by the caller; a POST is made once and its object found again with proof.
      expect(made).toBe(profile.onLostAnswer === 'repeat' ? 2 : 1);
      await expectCleanPlan(stage);
      ctx.record({
        id: '1-lost-answer',
        scenario: 'The create is committed, then its answer is lost (connection reset)',
        expected: 'One object, recorded in state; the next plan is clean',
        observed:
          `apply exit 0 after ${count(made, 'create call')} ` +
          (profile.onLostAnswer === 'repeat' ? '(the client repeated the write, keyed by the caller)' : '(the object found again and proved this create\'s, then adopted)') +
          '; next plan: no changes',
        calls: total(m.calls()),
        objects: objectsPhrase(profile, objects(), [n0]),
        durationMs: m.elapsedMs(),
      });
    });

    ctx.scenario('2-taken', 'another state owns the name: an error with the import; the owner is untouched and its plan clean after the other state\'s apply and destroy', async () => {
      await ctx.begin();
      const owner = a!;
      const other = b!;
      owner.fresh(profile.hcl([n0], { label: 'team-a' }));
      const m = new Meter(em, profile.vendor);
      expectExit(await owner.apply(), 0);
      const held = objects().find((o) => o.name === primaryName(profile, n0));
      expect(held).toBeDefined();
      const snapshot = JSON.stringify(held!.record);
      const untouched = (): void => expect(JSON.stringify(objects().find((o) => o.key === held!.key)?.record)).toBe(snapshot);

      // The other state configures the same name and one of its own; a lost answer is armed too (a lookup must never take the owner's).
      other.fresh(profile.hcl([n0, n3], { label: 'team-b' }));
      fault(em, profile.vendor, profile.create, { after: true, reset: true });
      const r = await other.apply();
      expectExit(r, 1);
      const errs = errors(r);
      expect(errs).toHaveLength(1);
      expect(errs[0]!.address).toBe(profile.resources(n0)[0]!.address);
      expect(errs[0]!.summary).toContain('already exists');
      expect(errs[0]!.summary).toContain(profile.describedAs(held!));
      expect(errs[0]!.detail).toContain('import {');
      expect(errs[0]!.detail).toContain('terraform import');
      expect(importAdvice(errs[0]!).id).toBe(profile.importId(held!));
      expect(other.stateAddresses()).toEqual(addresses(profile, [n3]));
      untouched();
      await expectCleanPlan(owner);

      const d = await other.destroy();
      expectExit(d, 0);
      expect(other.stateAddresses()).toEqual([]);
      untouched();
      await expectCleanPlan(owner);
      expectObjects(profile.keepsDestroyed ? [n0, n3] : [n0]);
      ctx.record({
        id: '2-taken',
        scenario: 'Another state owns the name; this state configures it (and a new one, whose answer is lost)',
        expected: 'An error naming the object, with its `import {}` block and `terraform import` line; the owner\'s object untouched; the owner\'s plan clean after the other state\'s apply and destroy',
        observed:
          `other state: apply exit 1 with 1 error ("${errs[0]!.summary}", import id of the owner's object), its own new object recorded; destroy exit 0 ` +
          `${profile.keepsDestroyed ? '(forgets its object: the API has no delete)' : 'deletes only its own object'}; owner's object byte-for-byte unchanged; owner's plans: no changes`,
        calls: total(m.calls()),
        objects: objectsPhrase(profile, objects(), profile.keepsDestroyed ? [n0, n3] : [n0]),
        durationMs: m.elapsedMs(),
      });
    });

    ctx.scenario('3-storm', '429 and 5xx storms on reads and writes: every call goes through, no duplicate, and the next plan (with another storm) is clean', async () => {
      await ctx.begin();
      const stage = a!;
      const names = [n0, n1, n2];
      stage.fresh(profile.hcl(names));
      fault(em, profile.vendor, profile.read, { status: 429, retryAfter: 1, times: 3 });
      fault(em, profile.vendor, profile.read, { status: 503, times: 2 });
      fault(em, profile.vendor, profile.create, { status: 429, retryAfter: 1, times: 2 });
      fault(em, profile.vendor, profile.create, { status: 503, times: 2 });
      const m = new Meter(em, profile.vendor);
      expectExit(await stage.apply(), 0);
      await expectAllFaultsFired();
      expectObjects(names);
      expect(stage.stateAddresses()).toEqual(addresses(profile, names));
      fault(em, profile.vendor, profile.refresh, { status: 429, retryAfter: 1, times: 3 });
      fault(em, profile.vendor, profile.refresh, { status: 502, times: 1 });
      fault(em, profile.vendor, profile.refresh, { status: 504, times: 1 });
      await expectCleanPlan(stage);
      await expectAllFaultsFired();
      ctx.record({
        id: '3-storm',
        scenario: '3 creates under 429 ×5 (Retry-After: 1) and 503 ×4 on the lookups and creates; then a plan under 429 ×3, 502 and 504 on the reads',
        expected: 'Every call repeated until it goes through; no duplicate; a clean plan',
        observed: `apply exit 0, every fault answered, ${count(creates(m), 'create call')} (4 refused and repeated); next plan: no changes`,
        calls: total(m.calls()),
        objects: objectsPhrase(profile, objects(), names),
        durationMs: m.elapsedMs(),
      });
    });

    ctx.scenario('4-gateway-before', 'a gateway 502 on the create before the vendor saw it: nothing made, then exactly one object', async () => {
      await ctx.begin();
      const stage = a!;
      stage.fresh(profile.hcl([n0]));
      fault(em, profile.vendor, profile.create, { status: 502 });
      const m = new Meter(em, profile.vendor);
      const r = await stage.apply();
      let observed: string;
      if (profile.onLostAnswer === 'report') {
        // Duplicates are allowed by the API: with nothing found, a second create could still race the first. Report, do not guess.
        expectExit(r, 1);
        const errs = errors(r);
        expect(errs).toHaveLength(1);
        expect(errs[0]!.summary).toBe('The create\'s outcome is unknown');
        expect(errs[0]!.detail).toContain('No new');
        expect(errs[0]!.detail).toContain('Run terraform apply again');
        expect(objects()).toEqual([]);
        expectExit(await stage.apply(), 0);
        observed = `apply exit 1: "${errs[0]!.summary}", nothing found and nothing recorded; the next apply exit 0`;
      } else {
        expectExit(r, 0);
        observed =
          profile.onLostAnswer === 'repeat'
            ? 'apply exit 0: the client repeated the write (keyed by the caller)'
            : 'apply exit 0: the lookup found nothing, and the identity is unique, so the create was tried again';
      }
      await expectAllFaultsFired();
      expectObjects([n0]);
      expect(creates(m)).toBe(2);
      await expectCleanPlan(stage);
      ctx.record({
        id: '4-gateway-before',
        scenario: 'A gateway answers 502 to the create before the vendor saw it',
        expected: 'Nothing recorded that the create did not make; one object in the end; a clean plan',
        observed: `${observed}; ${count(creates(m), 'create call')}; next plan: no changes`,
        calls: total(m.calls()),
        objects: objectsPhrase(profile, objects(), [n0]),
        durationMs: m.elapsedMs(),
      });
    });

    ctx.scenario('5-gateway-after', 'a gateway 504 on the create after the vendor committed it: the object is adopted with proof', async () => {
      await ctx.begin();
      const stage = a!;
      stage.fresh(profile.hcl([n0]));
      fault(em, profile.vendor, profile.create, { status: 504, after: true });
      const m = new Meter(em, profile.vendor);
      expectExit(await stage.apply(), 0);
      await expectAllFaultsFired();
      expectObjects([n0]);
      const made = creates(m);
      expect(made).toBe(profile.onLostAnswer === 'repeat' ? 2 : 1);
      await expectCleanPlan(stage);
      ctx.record({
        id: '5-gateway-after',
        scenario: 'The vendor commits the create, then a gateway answers 504',
        expected: 'One object, recorded; a clean plan',
        observed:
          `apply exit 0 after ${count(made, 'create call')} ` +
          (profile.onLostAnswer === 'repeat' ? '(the client repeated the write, keyed by the caller)' : '(found again, proved this create\'s, adopted)') +
          '; next plan: no changes',
        calls: total(m.calls()),
        objects: objectsPhrase(profile, objects(), [n0]),
        durationMs: m.elapsedMs(),
      });
    });

    for (const [id, signal] of [
      ['6-kill', 'SIGKILL'],
      ['7-sigint', 'SIGINT'],
    ] as const) {
      ctx.scenario(id, `${signal === 'SIGKILL' ? 'kill -9 of terraform' : 'SIGINT (StopProvider)'} while committed creates wait for their answers: no provider left; a re-apply reports every leftover with its import, and converges`, async () => {
        await ctx.begin();
        const stage = a!;
        const names = [n0, n1, n2];
        stage.fresh(profile.hcl(names));
        // Committed at once; the answers are held far past the kill.
        fault(em, profile.vendor, profile.create, { after: true, latencyMs: 120_000, times: names.length });
        const m = new Meter(em, profile.vendor);
        const committed = (): boolean => names.every((n) => objects().some((o) => o.name === primaryName(profile, n)));
        const { result, providersSeen } = await interruptApply(stage, committed, signal, `the ${names.length} creates to be committed`);
        expect(providersSeen).toBeGreaterThanOrEqual(1);
        if (signal === 'SIGKILL') {
          expect(result.signal).toBe('SIGKILL');
        } else {
          expect(result.code).toBe(1);
          expect(result.stdout).toContain('Interrupt received');
          const cancelled = errors(result).filter((e) => e.summary === 'The create was cancelled');
          expect(cancelled.map((e) => e.address).sort()).toEqual(primaryAddresses(profile, names));
        }
        expect(stage.stateAddresses()).toEqual([]);
        const leftovers = objects();

        // A new process has no proof that these are its creates: each is reported with its import, nothing is created twice.
        const again = await stage.apply();
        expectExit(again, 1);
        const errs = errors(again);
        expect(errs.map((e) => e.address).sort()).toEqual(primaryAddresses(profile, names));
        const imports = errs.map((e) => {
          expect(e.summary).toContain('already exists');
          return { address: e.address!, id: importAdvice(e).id };
        });
        expect(imports.map((i) => i.id).sort()).toEqual(leftovers.filter((o) => names.some((n) => o.name === primaryName(profile, n))).map((o) => profile.importId(o)).sort());
        expect(tally(objects())).toEqual(tally(leftovers));

        // Following the advice: the import blocks it printed, one apply, a clean plan.
        stage.writeImports(imports);
        expectExit(await stage.apply(), 0);
        stage.removeImports();
        expectObjects(names);
        expect(stage.stateAddresses()).toEqual(addresses(profile, names));
        await expectCleanPlan(stage);
        ctx.record({
          id,
          scenario:
            signal === 'SIGKILL'
              ? 'kill -9 of terraform after the vendor committed 3 creates whose answers are still held; then apply again'
              : 'SIGINT to terraform after the vendor committed 3 creates whose answers are still held; then apply again',
          expected: 'No provider process left; no duplicate; every leftover adopted with proof or reported with its import; converges',
          observed:
            `${signal === 'SIGKILL' ? 'terraform killed' : 'terraform exit 1 with "The create was cancelled" for each create (StopProvider)'}; ` +
            'every provider process gone; nothing in state; ' +
            `re-apply exit 1 with ${count(errs.length, 'error')}, each "already exists" with the import of a leftover (a new process has no proof); ` +
            'with those import blocks: apply exit 0, next plan: no changes',
          calls: total(m.calls()),
          objects: objectsPhrase(profile, objects(), names),
          durationMs: m.elapsedMs(),
        });
      });
    }

    extra?.(ctx);

    it('docs/reliability.md shows these observations', () => {
      reportCheck(profile, observations, declared);
    });
  });
}
