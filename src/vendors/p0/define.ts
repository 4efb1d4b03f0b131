/**
 * The framework's declaration helpers bound to the P0 client, plus what the
 * P0 types share: example ids for the docs and error handling.
 */
import { withClient } from '../../framework/resource';
import type { P0Client } from './client';

export const { defineResource, defineDataSource } = withClient<P0Client>();

export const EXAMPLE_ACCOUNT_ID = '123456789012';
export const EXAMPLE_LAMBDA_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:p0-notifier';
export const EXAMPLE_ORG_ID = 'acme';
