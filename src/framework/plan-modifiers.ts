/**
 * Attribute plan modifiers: small reusable values that adjust one attribute's
 * planned value or mark the resource for replacement.
 */
import type { AttributePath } from '../protocol/service';
import type { Unknown } from '../protocol/values';
import { isUnknown } from '../protocol/values';

export interface PlanModifierRequest<T> {
  readonly path: AttributePath;
  /** Null while the resource is being created. */
  readonly state: T | null;
  readonly plan: T | null | Unknown;
  readonly config: T | null | Unknown;
  /** True when the resource is being created (no prior state). */
  readonly creating: boolean;
  /** The planned value differs from the prior state's (sets compared as sets; unknown counts as a change). */
  readonly changed: boolean;
}

export interface PlanModifier<T> {
  /** In words, for the docs. */
  readonly description: string;
  /** Returns the planned value to use; `requiresReplace()` marks the path for replacement. */
  readonly modify: (req: PlanModifierRequest<T>, resp: { requiresReplace(): void }) => T | null | Unknown;
  /** Documented as "Changing this forces a new resource". */
  readonly replaces?: 'always' | 'conditional';
}

/** Changing this attribute destroys and re-creates the resource. */
export function requiresReplace<T = unknown>(): PlanModifier<T> {
  return {
    description: 'Changing this forces a new resource.',
    replaces: 'always',
    modify: (req, resp) => {
      if (!req.creating && req.changed) resp.requiresReplace();
      return req.plan;
    },
  };
}

/**
 * Replace only when `when` says so, e.g. when a value moves between two
 * incompatible settings. `description` goes into the docs.
 */
export function requiresReplaceIf<T>(
  when: (req: PlanModifierRequest<T>) => boolean,
  description: string,
): PlanModifier<T> {
  return {
    description,
    replaces: 'conditional',
    modify: (req, resp) => {
      if (!req.creating && req.changed && when(req)) resp.requiresReplace();
      return req.plan;
    },
  };
}

/**
 * Keep the prior state's value instead of "(known after apply)" when the
 * resource is updated: for values that never change once set, such as ids.
 */
export function useStateForUnknown<T = unknown>(): PlanModifier<T> {
  return {
    description: 'Kept from the prior state when the resource is updated.',
    modify: (req) => {
      if (req.creating || req.state === null) return req.plan;
      if (!isUnknown(req.plan)) return req.plan;
      if (isUnknown(req.config)) return req.plan;
      return req.state;
    },
  };
}

