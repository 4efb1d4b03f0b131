/**
 * cloudbridge/constructs: CDKTF constructs that connect SaaS vendors to AWS
 * accounts, and the generated bindings of the cloudbridge provider.
 */
export * from './iam';
export * from './rules';
export * from './checks';
export * from './p0';
export * from './cloudflare';
export * from './avisi';
export * from './northflank';
export * from './qtangl';
export * as bindings from './gen/providers/cloudbridge';
