import { isUnknown as isUnknownGuard } from '../protocol/values';
/**
 * A plain boolean test. The protocol's type guard narrows away every object
 * (Unknown has no private member, so any object matches it structurally),
 * which would break narrowing of untyped values here.
 */
export function isUnknown(v: unknown): boolean {
  return isUnknownGuard(v);
}
