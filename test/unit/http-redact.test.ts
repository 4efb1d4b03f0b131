/** Pure helpers of the HTTP core: redaction, Retry-After parsing, backoff, default error reading. */
import { backoffDelay, defaultParseError, parseRetryAfter } from '../../src/http/client';
import { ApiError, MalformedResponseError } from '../../src/http/errors';
import { redact, redactValue, secretsOfHeaderValue } from '../../src/http/redact';

describe('redact', () => {
  it('replaces every secret, in raw, JSON-escaped and URL-encoded form', () => {
    const secret = 'p@ss "w/rd"';
    const text = `raw ${secret} json ${JSON.stringify(secret)} url ${encodeURIComponent(secret)}`;
    expect(redact(text, [secret])).toBe('raw *** json "***" url ***');
  });

  it('scrubs anything shaped like an Authorization credential, registered or not', () => {
    expect(redact('sent Authorization: Bearer eyJhbGciOi.x-y_z and basic dXNlcjpwYXNz', [])).toBe('sent Authorization: Bearer *** and basic ***');
  });

  it('replaces the longest secret first so no tail leaks', () => {
    expect(redact('key=abcdef123456', ['abcdef', 'abcdef123456'])).toBe('key=***');
  });

  it('ignores empty and very short secrets that would shred ordinary text', () => {
    expect(redact('a normal sentence', ['', 'a'])).toBe('a normal sentence');
  });

  it('finds the token inside a scheme header value', () => {
    expect(secretsOfHeaderValue('Bearer tok123')).toEqual(['Bearer tok123', 'tok123']);
    expect(secretsOfHeaderValue('rawkey')).toEqual(['rawkey']);
  });

  it('hides values under secret-looking keys and known secrets elsewhere in traced bodies', () => {
    expect(
      redactValue({ name: 'n', secret_key: 's3', credentials: { password: 'pw', user: 'u' }, note: 'token is zzz-123', list: [{ apiKey: 'k' }], empty: { token: '' } }, ['zzz-123']),
    ).toEqual({ name: 'n', secret_key: '***', credentials: '***', note: 'token is ***', list: [{ apiKey: '***' }], empty: { token: '' } });
  });
});

describe('Retry-After', () => {
  it('reads delta seconds, fractions and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0.25', now)).toBe(250);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('backoff with full jitter', () => {
  const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
  it('grows exponentially up to the cap and spreads uniformly below it', () => {
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(retry, policy, () => 0.999999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
  });
});

describe('defaultParseError', () => {
  it('reads the common error shapes', () => {
    expect(defaultParseError(400, { message: 'm1' }).message).toBe('m1');
    expect(defaultParseError(400, { error: 'm2' }).message).toBe('m2');
    expect(defaultParseError(400, { error: { message: 'm3' } }).message).toBe('m3');
    expect(defaultParseError(400, { errors: [{ message: 'm4' }] }).message).toBe('m4');
    expect(defaultParseError(502, '<html>bad gateway</html>').message).toBe('<html>bad gateway</html>');
    expect(defaultParseError(503, undefined).message).toBe('HTTP 503 Service Unavailable');
  });
});

describe('error messages', () => {
  it('are one line', () => {
    const err = new ApiError({ vendor: 'p0', method: 'POST', path: '/o/x', status: 400, vendorMessage: 'line one\r\n  line two' });
    expect(err.message).toBe('p0 API error 400 on POST /o/x: line one line two');
    expect(err.name).toBe('ApiError');
    const malformed = new MalformedResponseError('item', 'item.id', ['item.id: expected string', 'item.x: required']);
    expect(malformed.message).toBe('malformed response for item: item.id: expected string (and 1 more)');
  });
});
