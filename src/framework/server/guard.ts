/**
 * The one error path. Handlers throw typed errors (or add diagnostics); this
 * turns what they throw into diagnostics, once for every vendor:
 * - DiagnosticError: its own summary, detail and path;
 * - MissingSettingError: "Missing provider configuration", naming the setting and its env var;
 * - ApiError, OutcomeUnknownError and the other HTTP errors: their one-line, redacted
 *   message (the vendor's message, field errors and request id);
 * - a 404 from the vendor while reading or deleting: the object is gone (no error).
 */
import { isNotFound } from '../../http/errors';
import { diagnosticFromThrown, type Diagnostics } from '../diagnostics';
import { InvalidSettingError, MissingSettingError } from '../provider-config';

/** What a 404 means here: `gone` for reads and deletes (the object no longer exists), an error elsewhere. */
export type NotFoundMeaning = 'gone' | 'error';

export type Guarded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly gone: boolean };

export async function guarded<T>(diags: Diagnostics, summary: string, fn: () => T | Promise<T>, notFound: NotFoundMeaning = 'error'): Promise<Guarded<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    if (notFound === 'gone' && isNotFound(err)) return { ok: false, gone: true };
    if (err instanceof MissingSettingError || err instanceof InvalidSettingError) diags.error(err instanceof MissingSettingError ? 'Missing provider configuration' : 'Invalid provider configuration', err.message);
    else diags.add(diagnosticFromThrown(err, summary));
    return { ok: false, gone: false };
  }
}

/** For validators: a throwing validator is reported, never fatal. */
export function runGuarded(diags: Diagnostics, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    diags.add(diagnosticFromThrown(err, 'Validation failed'));
  }
}
