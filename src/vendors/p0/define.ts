/**
 * The framework's declaration helpers bound to the P0 client, plus what the
 * P0 types share: example ids for the docs and error handling.
 */
import { withClient } from '../../framework/resource';
import { DiagnosticError } from '../../framework/diagnostics';
import { ApiError } from '../../http/errors';
import type { P0Client } from './client';

export const { defineResource, defineDataSource } = withClient<P0Client>();

export const EXAMPLE_ACCOUNT_ID = '123456789012';
export const EXAMPLE_LAMBDA_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:p0-notifier';
export const EXAMPLE_ORG_ID = 'acme';

/** Rethrows an API error as a diagnostic whose detail carries P0's message, field errors and request id. */
export function p0Failure(summary: string, err: unknown): never {
  if (err instanceof ApiError) throw new DiagnosticError(summary, err.message);
  throw err;
}
