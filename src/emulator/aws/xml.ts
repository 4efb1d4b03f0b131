/**
 * XML for the IAM and STS query protocols: `<XResponse xmlns=..><XResult>..</XResult>
 * <ResponseMetadata><RequestId>..</RequestId></ResponseMetadata></XResponse>`
 * and `<ErrorResponse>` bodies.
 */

export const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';
export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
export const IAM_VERSION = '2010-05-08';
export const STS_VERSION = '2011-06-15';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A value the builder renders; `undefined` fields are left out, arrays become `<member>` lists. */
export type XmlValue = string | number | boolean | undefined | XmlFields | readonly XmlValue[];
export interface XmlFields {
  readonly [element: string]: XmlValue;
}

export function renderXml(value: XmlValue): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return escapeXml(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return (value as readonly XmlValue[]).map((item) => `<member>${renderXml(item)}</member>`).join('');
  return Object.entries(value as XmlFields)
    .filter(([, v]) => v !== undefined)
    .map(([name, v]) => `<${name}>${renderXml(v)}</${name}>`)
    .join('');
}

/** The success envelope. A `result` of `undefined` means the action has no `<XResult>` (e.g. DeleteRole). */
export function responseXml(action: string, namespace: string, requestId: string, result: XmlFields | undefined): string {
  const body = result === undefined ? '' : `<${action}Result>${renderXml(result)}</${action}Result>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${namespace}">${body}` +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata></${action}Response>\n`
  );
}

export function errorXml(namespace: string, type: 'Sender' | 'Receiver', code: string, message: string, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${namespace}"><Error><Type>${type}</Type>` +
    `<Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>\n`
  );
}

/**
 * IAM returns policy documents URL-encoded (RFC 3986); the provider decodes them
 * with Go's `url.QueryUnescape`, so a literal `+` must never appear.
 */
export function encodePolicyDocument(document: string): string {
  return encodeURIComponent(document);
}
