/**
 * cloudbridge/constructs: CDKTF constructs that connect SaaS vendors to AWS
 * accounts, and the generated bindings of the cloudbridge provider.
 * The build compiles this same file for CDK Terrain as cloudbridge/constructs-cdktn
 * (cdktf -> cdktn, @cdktf/provider-aws -> @cdktn/provider-aws, gen -> gen-cdktn).
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
