import type { z } from 'zod';
import { MalformedResponseError, type HttpErrorContext } from './errors';

/** `['result', 'items', 0, 'id']` → `result.items[0].id`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Validate a response body with a zod schema. A mismatch becomes a
 * MalformedResponseError naming the field path and zod's rule, never the
 * offending value (it may be a secret).
 */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown, what: string, context: HttpErrorContext = {}): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data as z.infer<T>;
  const issues = result.error.issues;
  const problems = issues.map((issue) => `${formatFieldPath(issue.path) || '(body)'}: ${issue.message}`);
  return fail(what, formatFieldPath(issues[0]?.path ?? []), problems, context);
}

function fail(what: string, fieldPath: string, problems: string[], context: HttpErrorContext): never {
  throw new MalformedResponseError(what, fieldPath, problems, context);
}
