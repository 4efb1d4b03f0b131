/**
 * AWS managed policies the emulator knows, so that `AttachRolePolicy` with
 * e.g. `arn:aws:iam::aws:policy/ReadOnlyAccess` works as it does in AWS, and
 * an unknown `arn:aws:iam::aws:policy/...` fails with NoSuchEntity.
 *
 * ASSUMPTION (emulator only): the documents are short stand-ins with the same
 * intent as the real ones (which run to thousands of lines); ids and dates are
 * fixed made-up values. Add entries here when a stack needs another policy.
 */
import { createHash } from 'node:crypto';

export interface ManagedPolicy {
  readonly arn: string;
  readonly name: string;
  readonly path: string;
  readonly policyId: string;
  readonly description: string;
  readonly document: string;
  readonly defaultVersionId: string;
  readonly createDate: number;
  readonly updateDate: number;
}

const readOnly = (actions: string[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });

const ENTRIES: readonly [path: string, name: string, description: string, document: string][] = [
  ['/', 'AdministratorAccess', 'Provides full access to AWS services and resources.', readOnly(['*'])],
  ['/', 'ReadOnlyAccess', 'Provides read-only access to AWS services and resources.', readOnly(['*:Describe*', '*:Get*', '*:List*', '*:BatchGet*'])],
  ['/', 'PowerUserAccess', 'Provides full access to AWS services and resources, but does not allow management of Users and groups.', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }] })],
  ['/', 'SecurityAudit', 'The security audit template grants access to read security configuration metadata.', readOnly(['*:Describe*', '*:Get*', '*:List*'])],
  ['/', 'IAMReadOnlyAccess', 'Provides read only access to IAM via the AWS Management Console.', readOnly(['iam:Generate*', 'iam:Get*', 'iam:List*', 'iam:Simulate*'])],
  ['/', 'IAMFullAccess', 'Provides full access to IAM via the AWS Management Console.', readOnly(['iam:*', 'organizations:DescribeAccount', 'organizations:DescribeOrganization'])],
  ['/', 'AmazonS3ReadOnlyAccess', 'Provides read only access to all buckets via the AWS Management Console.', readOnly(['s3:Get*', 's3:List*', 's3:Describe*'])],
  ['/', 'AmazonEC2ReadOnlyAccess', 'Provides read only access to Amazon EC2 via the AWS Management Console.', readOnly(['ec2:Describe*', 'elasticloadbalancing:Describe*', 'cloudwatch:Describe*', 'cloudwatch:Get*', 'cloudwatch:List*'])],
  ['/', 'AmazonVPCReadOnlyAccess', 'Provides read only access to Amazon VPC via the AWS Management Console.', readOnly(['ec2:Describe*', 'ec2:Get*', 'ec2:SearchTransitGatewayRoutes'])],
  ['/', 'CloudWatchReadOnlyAccess', 'Provides read only access to CloudWatch.', readOnly(['cloudwatch:Describe*', 'cloudwatch:Get*', 'cloudwatch:List*', 'logs:Describe*', 'logs:Get*'])],
  ['/', 'AWSCloudTrail_ReadOnlyAccess', 'Provides read only access to AWS CloudTrail.', readOnly(['cloudtrail:Describe*', 'cloudtrail:Get*', 'cloudtrail:List*', 'cloudtrail:LookupEvents'])],
  ['/', 'AWSOrganizationsReadOnlyAccess', 'Provides read-only access to AWS Organizations.', readOnly(['organizations:Describe*', 'organizations:List*'])],
  ['/job-function/', 'NetworkAdministrator', 'Grants full access permissions to AWS services and actions required to set up and configure AWS network resources.', readOnly(['ec2:*TransitGateway*', 'ec2:*ManagedPrefixList*', 'ec2:*Route*', 'ec2:*Vpc*', 'ec2:*Subnet*', 'ec2:Describe*', 'directconnect:*', 'route53:*', 'elasticloadbalancing:*', 'cloudwatch:*', 'logs:*'])],
  ['/job-function/', 'ViewOnlyAccess', 'This policy grants permissions to view resources and basic metadata across all AWS services.', readOnly(['*:List*', '*:Describe*'])],
  ['/service-role/', 'AWSLambdaBasicExecutionRole', 'Provides write permissions to CloudWatch Logs.', readOnly(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'])],
  ['/service-role/', 'AmazonEC2RoleforSSM', 'The policy for Amazon EC2 Role to enable AWS Systems Manager service core functionality.', readOnly(['ssm:*', 'ec2messages:*'])],
];

const FIXED_DATE = Date.UTC(2015, 1, 6, 18, 39, 46);

function policyIdFor(name: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const digest = createHash('sha256').update(`aws-managed:${name}`).digest();
  let id = 'ANPA';
  for (let i = 0; i < 17; i++) id += alphabet[digest[i]! % 32];
  return id;
}

export const MANAGED_POLICIES: ReadonlyMap<string, ManagedPolicy> = new Map(
  ENTRIES.map(([path, name, description, document]) => {
    const arn = `arn:aws:iam::aws:policy${path}${name}`;
    return [arn, { arn, name, path, description, document, policyId: policyIdFor(`${path}${name}`), defaultVersionId: 'v1', createDate: FIXED_DATE, updateDate: FIXED_DATE }];
  }),
);

export function managedPolicy(arn: string): ManagedPolicy | undefined {
  return MANAGED_POLICIES.get(arn);
}
