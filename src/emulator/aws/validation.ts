/** IAM's input rules (from the IAM API reference's parameter constraints). */
import { invalidInput, limitExceeded, validationError } from './errors';
import { constraintError, type QueryParams, type StringRule } from './params';
import type { AwsTag } from './state';

export const ENTITY_NAME: StringRule = { min: 1, max: 64, pattern: /^[\w+=,.@-]+$/, patternText: '[\\w+=,.@-]+' };
export const POLICY_NAME: StringRule = { min: 1, max: 128, pattern: /^[\w+=,.@-]+$/, patternText: '[\\w+=,.@-]+' };
export const PATH: StringRule = { min: 1, max: 512, pattern: /^(\/|\/[\u0021-\u007E]+\/)$/, patternText: '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)' };
export const PATH_PREFIX: StringRule = { min: 1, max: 512, pattern: /^\u002F[\u0021-\u007F]*$/, patternText: '\\u002F[\\u0021-\\u007F]*' };
export const DESCRIPTION: StringRule = { max: 1000, pattern: /^[\t\n\r\u0020-\u007E\u00A1-\u00FF]*$/, patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*' };
export const POLICY_DOCUMENT: StringRule = { min: 1, max: 131072, pattern: /^[\t\n\r\u0020-\u00FF]+$/, patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' };
export const ARN: StringRule = { min: 20, max: 2048 };
export const ACCESS_KEY_ID: StringRule = { min: 16, max: 128, pattern: /^[\w]+$/, patternText: '[\\w]+' };
export const MARKER: StringRule = { min: 1, max: 320, pattern: /^[\u0020-\u00FF]+$/, patternText: '[\\u0020-\\u00FF]+' };

export const MIN_SESSION_DURATION = 3600;
export const MAX_SESSION_DURATION = 43200;
export const MAX_TAGS = 50;

const TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Tags on a Create/Tag call: key/value rules, duplicates and IAM's 50-tag limit on the result. */
export function validateTags(tags: readonly AwsTag[]): void {
  const seen = new Set<string>();
  tags.forEach((tag, i) => {
    const n = i + 1;
    if ([...tag.Key].length < 1 || [...tag.Key].length > 128) throw constraintError(`tags.${n}.member.key`, tag.Key, 'Member must have length less than or equal to 128');
    if (!TAG_PATTERN.test(tag.Key) || tag.Key === '') throw constraintError(`tags.${n}.member.key`, tag.Key, 'Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+');
    if ([...tag.Value].length > 256) throw constraintError(`tags.${n}.member.value`, tag.Value, 'Member must have length less than or equal to 256');
    if (!TAG_PATTERN.test(tag.Value)) throw constraintError(`tags.${n}.member.value`, tag.Value, 'Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*');
    if (tag.Key.toLowerCase().startsWith('aws:')) throw invalidInput('User-defined tag keys can\'t start with "aws:".');
    const key = tag.Key.toLowerCase();
    if (seen.has(key)) throw invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
    seen.add(key);
  });
  if (tags.length > MAX_TAGS) throw constraintError('tags', `[${tags.length} tags]`, `Member must have length less than or equal to ${MAX_TAGS}`);
}

/** Merge tags (case-insensitive keys, new values win) and enforce the per-entity limit. */
export function mergeTags(existing: readonly AwsTag[], added: readonly AwsTag[]): AwsTag[] {
  const out = existing.map((t) => ({ ...t }));
  for (const tag of added) {
    const at = out.findIndex((t) => t.Key.toLowerCase() === tag.Key.toLowerCase());
    if (at >= 0) out[at] = { Key: tag.Key, Value: tag.Value };
    else out.push({ ...tag });
  }
  if (out.length > MAX_TAGS) throw limitExceeded(`The number of tags has reached the maximum limit of ${MAX_TAGS}.`);
  return out;
}

export function removeTags(existing: readonly AwsTag[], keys: readonly string[]): AwsTag[] {
  const drop = new Set(keys.map((k) => k.toLowerCase()));
  return existing.filter((t) => !drop.has(t.Key.toLowerCase()));
}

export interface Page<T> {
  readonly items: T[];
  readonly isTruncated: boolean;
  readonly marker?: string;
}

/**
 * IAM's Marker/MaxItems paging over a stable list. The marker is opaque to
 * callers; here it is the encoded offset, which is stable for name-sorted lists.
 */
export function paginate<T>(params: QueryParams, all: readonly T[]): Page<T> {
  const maxItems = params.optionalInt('MaxItems', 1, 1000) ?? 100;
  const marker = params.optional('Marker', MARKER);
  let start = 0;
  if (marker !== undefined) {
    const decoded = /^cb1\.(\d+)$/.exec(Buffer.from(marker, 'base64url').toString('utf8'));
    if (!decoded) throw validationError('Invalid Marker.');
    start = Number(decoded[1]);
  }
  const items = all.slice(start, start + maxItems);
  const next = start + items.length;
  const isTruncated = next < all.length;
  return { items, isTruncated, marker: isTruncated ? Buffer.from(`cb1.${next}`).toString('base64url') : undefined };
}

/** `<IsTruncated>` and `<Marker>` as IAM puts them after the list. */
export function pageFields<T>(page: Page<T>): { IsTruncated: boolean; Marker?: string } {
  return { IsTruncated: page.isTruncated, Marker: page.marker };
}
