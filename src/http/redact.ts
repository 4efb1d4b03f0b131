/**
 * Redaction shared by every log line and error message of the HTTP core.
 * Secrets are replaced by `***`; anything shaped like an Authorization
 * credential (`Bearer xxx`, `Basic xxx`) is scrubbed even when nobody
 * registered it as a secret.
 */

export const REDACTED = '***';

/** Secrets shorter than this are not searched for: they would shred ordinary text and cannot be told apart from it. */
const MIN_SECRET_LENGTH = 3;

/** `Bearer <credential>` / `Basic <credential>`; credentials of 6+ characters, so prose such as "Basic auth" survives. */
const AUTH_SCHEME_PATTERN = /\b(Bearer|Basic)(\s+)[A-Za-z0-9._~+/=:-]{6,}/gi;

/** Field names whose values are always hidden in traced bodies. */
const SECRET_KEY_PATTERN = /secret|password|passwd|token|api[_-]?key|private[_-]?key|credential|authorization/i;

/** The forms a secret takes on the wire: raw, inside a JSON string, URL-encoded. */
function variants(secret: string): string[] {
  const forms = new Set<string>([secret]);
  forms.add(JSON.stringify(secret).slice(1, -1));
  forms.add(encodeURIComponent(secret));
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

/** Secrets hidden in an auth header value: the whole value and, for `Scheme token`, the token alone. */
export function secretsOfHeaderValue(value: string): string[] {
  const out = [value];
  const scheme = /^\S+\s+(.+)$/.exec(value.trim());
  if (scheme?.[1]) out.push(scheme[1]);
  return out;
}

/** Replace every occurrence of each secret (longest first, so a secret's prefix cannot leave its tail behind). */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  const forms = secrets.flatMap((secret) => (secret ? variants(secret) : [])).sort((a, b) => b.length - a.length);
  for (const form of forms) {
    if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out.replace(AUTH_SCHEME_PATTERN, (_match, scheme: string, space: string) => `${scheme}${space}${REDACTED}`);
}

/**
 * A redacted copy of a JSON value for trace logs: values under secret-looking
 * keys become `***`, and known secrets are removed from every string.
 */
export function redactValue(value: unknown, secrets: readonly string[] = []): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      out[key] = SECRET_KEY_PATTERN.test(key) && item !== null && item !== undefined && item !== '' ? REDACTED : redactValue(item, secrets);
    }
    return out;
  }
  return value;
}
