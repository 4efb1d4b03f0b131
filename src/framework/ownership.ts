/**
 * Creates that prove ownership: the one mechanism every resource's create goes
 * through when its vendor object has an identity another state could hold.
 *
 * 1. Preflight: `holders()` finds the objects that already hold what this create
 *    would take (the same caller-chosen id, the same unique key, or, where the API
 *    allows duplicates, the same name). An exclusive create refuses to go on, with
 *    an error that names the object and gives its import.
 * 2. The create. If its outcome is unknown (the connection broke or a gateway
 *    answered after the request left), `holders()` runs again: an object that was
 *    not there at the preflight and passes `proves()` (a create token the API
 *    keeps, a creation time inside this attempt's window by the vendor's clock)
 *    is this create's, and is adopted. Anything else is reported with its import,
 *    never recorded.
 * 3. A create refused as a conflict (409) means someone took the identity between
 *    the preflight and the create: reported like a holder.
 *
 * Limits: two states creating the same identity between one preflight and its
 * create cannot be told apart (one of them gets a conflict, or, where the API
 * allows duplicates, both succeed); see docs/reliability.md.
 */
import { randomBytes } from 'node:crypto';
import { ApiError, CancelledError, OutcomeUnknownError } from '../http/errors';
import { withHttpScope } from '../http/scope';
import { DiagnosticError } from './diagnostics';
import type { Logger } from '../protocol/log';

/** One create attempt, as a resource's create call sees it. */
export interface CreateAttempt {
  /** A random token for this attempt, for an API field that keeps it (proof by token). */
  readonly token: string;
  /** The vendor's clock around the attempt (ms, from its `Date` headers): before the create left, and after the lookup. */
  readonly window: { readonly from?: number; readonly to?: number };
}

export interface OwnedCreate<T> {
  /** What the objects are, for messages: `Northflank cloud integration`. */
  readonly noun: string;
  /** The noun is plural (`credentials`): "already exist". */
  readonly plural?: boolean;
  /** How an object is named in messages: `"production-aws"`, `"Prod" (8f3e…)`. */
  describe(o: T): string;
  /** The resource's import id of the object. */
  importId(o: T): string;
  /** A stable key of the object (its id). */
  key(o: T): string;
  /** The objects that already hold what this create would take. */
  holders(): Promise<readonly T[]>;
  /** Whether a holder blocks the create (false: the configuration allows duplicates; holders only feed the proof). */
  readonly exclusive: boolean;
  /**
   * Whether the identity is the caller's and unique (an id the caller chooses,
   * a singleton): a create whose outcome is unknown and that left nothing behind
   * may then be tried again, since a second one cannot make a duplicate.
   */
  readonly uniqueIdentity: boolean;
  create(attempt: CreateAttempt): Promise<T>;
  /** Extra proof that a new object is this attempt's. Default: having appeared since the preflight. */
  proves?(o: T, attempt: CreateAttempt): boolean;
  /** A sentence added to the "already exists" error. */
  readonly takenHint?: string;
}

export interface OwnershipContext {
  readonly typeName: string;
  readonly logger: Logger;
}

const MAX_TRIES = 3;

function importAdvice(typeName: string, importId: string): string {
  return (
    'To manage it with this configuration, import it (use the resource address Terraform prints above, ' +
    `for example ${typeName}.this):\n\n  import {\n    to = <address>\n    id = ${JSON.stringify(importId)}\n  }\n\n` +
    `or run: terraform import <address> ${/^[\w@%+=:,./-]+$/.test(importId) ? importId : `'${importId.replace(/'/g, `'\\''`)}'`}`
  );
}

/** The error for an identity another object holds. */
export function takenError<T>(ctx: OwnershipContext, spec: Pick<OwnedCreate<T>, 'noun' | 'plural' | 'describe' | 'importId' | 'takenHint'>, holder: T): DiagnosticError {
  return new DiagnosticError(
    `The ${spec.noun} ${spec.describe(holder)} already ${spec.plural ? 'exist' : 'exists'}`,
    'It was not made by this configuration (or its state lost track of it), and cloudbridge never takes over, overwrites or deletes ' +
      `an object it cannot prove it made. ${spec.takenHint ? `${spec.takenHint} ` : ''}${importAdvice(ctx.typeName, spec.importId(holder))}`,
  );
}

function unknownOutcomeError<T>(ctx: OwnershipContext, spec: OwnedCreate<T>, cause: OutcomeUnknownError, found: readonly T[]): DiagnosticError {
  if (found.length === 0) {
    return new DiagnosticError(
      `The create's outcome is unknown`,
      `${cause.message}. No new ${spec.noun} was found afterwards, so it was most likely not created and nothing was recorded. Run terraform apply again; the next create looks again before it writes.`,
    );
  }
  const first = found[0]!;
  return new DiagnosticError(
    `The create's outcome is unknown`,
    `${cause.message}. Found ${found.map((f) => `the ${spec.noun} ${spec.describe(f)}`).join(', ')}, which cloudbridge cannot prove this create made, so nothing was recorded. ` +
      `If it is this configuration's, import it. ${importAdvice(ctx.typeName, spec.importId(first))}`,
  );
}

/** StopProvider (Ctrl-C) cut the create short: whether the request reached the vendor, and what it did, is unknown. */
function cancelledError<T>(spec: OwnedCreate<T>): DiagnosticError {
  return new DiagnosticError(
    'The create was cancelled',
    `Terraform asked the provider to stop while the create of the ${spec.noun} was in flight, so whether the vendor made it is unknown, and nothing was recorded. ` +
      (spec.exclusive
        ? `The next apply looks first: if this create made the ${spec.noun}, that apply stops with its import (a new run cannot prove which create made it) instead of creating a second one.`
        : `Duplicates are allowed for this resource, so the next apply cannot tell such a leftover from another object of the same name and creates a new one: look for it at the vendor, and import or delete it.`),
  );
}

/**
 * Runs `fn` with fresh reads (no coalesced snapshot: the vendor as it is now, and its clock in
 * the responses), noting the vendor's clock from the responses it gets.
 */
async function timed<R>(fn: () => Promise<R>): Promise<{ value: R; first?: number; last?: number }> {
  let first: number | undefined;
  let last: number | undefined;
  const value = await withHttpScope(
    {
      fresh: true,
      onResponse: ({ date }) => {
        if (date === undefined) return;
        first ??= date;
        last = date;
      },
    },
    fn,
  );
  return { value, first, last };
}

/** Creates through `spec`, proving ownership of anything it records (see the file comment). */
export async function createOwned<T>(ctx: OwnershipContext, spec: OwnedCreate<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    const before = await timed(() => spec.holders());
    const held = new Set(before.value.map((h) => spec.key(h)));
    if (spec.exclusive && before.value.length > 0) throw takenError(ctx, spec, before.value[0]!);
    const window = { from: before.first, to: undefined as number | undefined };
    const attempt: CreateAttempt = { token: randomBytes(12).toString('hex'), window };
    try {
      return await spec.create(attempt);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const now = (await timed(() => spec.holders())).value.filter((h) => !held.has(spec.key(h)) || spec.exclusive);
        if (now.length > 0) throw takenError(ctx, spec, now[0]!);
        throw err;
      }
      if (err instanceof CancelledError) throw cancelledError(spec);
      if (!(err instanceof OutcomeUnknownError)) throw err;
      ctx.logger.warn('create outcome unknown; looking for what it made', { noun: spec.noun, reason: err.message });
      const after = await timed(() => spec.holders());
      window.to = after.last === undefined ? undefined : after.last + 1000; // Date has second precision
      const fresh = after.value.filter((o) => !held.has(spec.key(o)));
      const proven = fresh.filter((o) => (spec.proves ? spec.proves(o, attempt) : true));
      if (fresh.length === 1 && proven.length === 1) {
        ctx.logger.info('the create had committed: adopting the object it made', { noun: spec.noun, object: spec.describe(proven[0]!) });
        return proven[0]!;
      }
      if (fresh.length === 0 && spec.uniqueIdentity && tries < MAX_TRIES) {
        ctx.logger.warn('the create left nothing behind; trying it again', { noun: spec.noun, try: tries + 1 });
        continue;
      }
      throw unknownOutcomeError(ctx, spec, err, fresh);
    }
  }
}

/** Parses a vendor timestamp (RFC 3339) to ms, or undefined. */
export function vendorTime(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : t;
}

/** Whether `time` lies in the attempt's window by the vendor's clock (the bounds it knows). */
export function inWindow(time: number | undefined, window: CreateAttempt['window']): boolean {
  if (time === undefined) return false;
  if (window.from !== undefined && time < window.from) return false;
  if (window.to !== undefined && time > window.to) return false;
  return true;
}

/**
 * What a resource's docs say about ownership: the identity another state could
 * hold, and what a create does when it is taken or when its outcome is unknown.
 * Rendered into the resource's notes (ownershipNotes) and into docs/reliability.md.
 */
export interface OwnershipDoc {
  /** What identifies the object at the vendor. */
  readonly identity: string;
  /** When that identity is already held (by another state, or by an object this state lost track of). */
  readonly taken: string;
  /** When the create's outcome is unknown: the connection broke, or timed out, or a gateway answered 502/504 after the request left. */
  readonly unknownOutcome: string;
}

/** The `## Ownership` section of a resource's notes. */
export function ownershipNotes(doc: OwnershipDoc): string {
  return ['## Ownership', '', `- **Identity:** ${doc.identity}`, `- **Already taken:** ${doc.taken}`, `- **Unknown outcome:** ${doc.unknownOutcome}`].join('\n');
}
