/**
 * cloudbridge/constructs: CDKTF constructs that connect SaaS vendors to AWS
 * accounts.
 */
export * from './iam';
export * from './rules';
export * from './checks';
