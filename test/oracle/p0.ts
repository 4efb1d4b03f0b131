/**
 * P0 Security's AWS integration API, as the page (p0-aws-integration.txt) and
 * FACTS.md say it. Transcribed from those two files alone; the provider's
 * model is held against it.
 */
import { cite, type Cited, type RouteFact, type VendorOracle } from './sources';

const PAGE = 'p0-aws-integration.txt';
const CONFIG = '/o/{orgId}/integrations/aws/config';

/** One operation: its title line, its `Responses` list, then its `METHOD path HTTP/1.1` line. */
function route(title: string, method: RouteFact['method'], path: string, status: number, errors: readonly number[] = []): Cited<RouteFact> {
  const quotes = [{ line: title }, { line: 'Responses' }, ...[status, ...errors].map((code) => ({ line: String(code) })), { line: `${method} ${path} HTTP/1.1` }];
  return cite(PAGE, quotes, errors.length ? { method, path, status, errors } : { method, path, status });
}

/** The five installable components as the page names them in its titles (the function caller's read title lacks its "of"). */
const COMPONENTS = {
  'iam-assessment': { noun: 'an IAM assessment component', read: 'Read install configuration of an IAM assessment component' },
  'iam-write': { noun: 'an IAM management component', read: 'Read install configuration of an IAM management component' },
  'function-caller': { noun: 'a function caller component', read: 'Read install configuration a function caller component' },
  'access-logs': { noun: 'an access logging component', read: 'Read install configuration of an access logging component' },
  inventory: { noun: 'a resource inventory component', read: 'Read install configuration of a resource inventory component' },
} as const;

function componentRoutes(component: keyof typeof COMPONENTS): Record<string, Cited<RouteFact>> {
  const { noun, read } = COMPONENTS[component];
  const item = `${CONFIG}/${component}/{id}`;
  return {
    [`${component}.get`]: route(read, 'GET', item, 200),
    [`${component}.stage`]: route(`Initialize installation of ${noun}`, 'PUT', item, 200, [400]),
    [`${component}.delete`]: route(`Remove installation of ${noun}`, 'DELETE', item, 204),
    [`${component}.configure`]: route(`Configure ${noun}`, 'POST', `${item}/configure`, 200, [400]),
    [`${component}.verify`]: route(`Verify the configuration of ${noun}`, 'POST', `${item}/verify`, 200, [400]),
  };
}

/** An item's fields in the `GET .../{component}/{id}` example. */
function itemFields(title: string, fields: readonly string[]): Cited<readonly string[]> {
  return cite(PAGE, [{ line: title }, '"item": {', ...fields.map((field) => `"${field}": `)], fields);
}

export const p0Oracle = {
  routes: {
    readAll: route('Read configuration for all components', 'GET', CONFIG, 200),
    create: route('Create initial configuration', 'POST', CONFIG, 200, [400]),
    deleteAll: route('Remove all items in all components', 'DELETE', CONFIG, 204),
    'base.get': route('Read install configuration of an Amazon Web Services account', 'GET', `${CONFIG}/base/{id}`, 200),
    ...componentRoutes('iam-assessment'),
    ...componentRoutes('iam-write'),
    ...componentRoutes('function-caller'),
    ...componentRoutes('access-logs'),
    ...componentRoutes('inventory'),
  },
  enums: {
    component: cite(
      PAGE,
      [{ line: 'Read configuration for all components' }, '"base": {', '"iam-assessment": {', '"iam-write": {', '"function-caller": {', '"access-logs": {', '"inventory": {'],
      ['base', 'iam-assessment', 'iam-write', 'function-caller', 'access-logs', 'inventory'],
    ),
    state: cite(PAGE, ['• stage: Initial configuration before verification.', '• configure: Successfully verified', '• installed: Ready to be used.'], ['stage', 'configure', 'installed']),
    awsPartition: cite('FACTS.md', '`awsPartition` (`aws` or `aws-us-gov`, omitted when unset)', ['aws', 'aws-us-gov']),
    'verifyBody.state': cite(PAGE, [{ line: 'Verify the configuration of an IAM assessment component' }, 'The state must be "stage"'], ['stage']),
    'configureBody.state': cite(PAGE, [{ line: 'Configure an IAM assessment component' }, 'The state must be "configure"'], ['configure']),
  },
  patterns: {
    accountId: cite(PAGE, '{id}: an AWS account ID (12 digits).', '^[0-9]{12}$'),
  },
  lengths: {},
  required: {
    verifyBody: cite(PAGE, [{ line: 'Verify the configuration of an IAM assessment component' }, 'statestring', 'enumRequired'], ['state']),
    configureBody: cite(PAGE, [{ line: 'Configure an IAM assessment component' }, 'statestring', 'enumRequired'], ['state']),
    'iam-write.configureBody': cite(PAGE, [{ line: 'Configure an IAM management component' }, 'statestring', 'enumRequired', 'loginone ofRequired'], ['state', 'login']),
  },
  fields: {
    'base.item': itemFields('Read install configuration of an Amazon Web Services account', ['label', 'state', 'serviceAccountEmail', 'serviceAccountId']),
    'iam-assessment.item': itemFields('Read install configuration of an IAM assessment component', ['label', 'state', 'accessAnalyzerArn']),
    'iam-write.item': itemFields('Read install configuration of an IAM management component', ['label', 'state', 'login']),
    'function-caller.item': itemFields('Read install configuration a function caller component', ['label', 'state']),
    'access-logs.item': itemFields('Read install configuration of an access logging component', ['label', 'state', 'cloudLakeArn']),
    'inventory.item': itemFields('Read install configuration of a resource inventory component', ['label', 'state']),
    metadata: cite(
      PAGE,
      [{ line: 'Read install configuration of an IAM assessment component' }, '"metadata": {', '"roleName": "text",', '"inlinePolicy": "text",', '"inlinePolicyName": "text",', '"trustPolicy": "text",', '"serviceAccountId": "text"'],
      ['roleName', 'inlinePolicy', 'inlinePolicyName', 'trustPolicy', 'serviceAccountId'],
    ),
    itemResponse: cite(PAGE, [{ line: 'Read install configuration of an IAM assessment component' }, '"ok": true,', '"item": {', '"metadata": {'], ['ok', 'item', 'metadata']),
    'iam-assessment.configureBody': cite(PAGE, [{ line: 'Configure an IAM assessment component' }, 'statestring', 'enumRequired', 'accessAnalyzerArnstringOptional'], ['state', 'accessAnalyzerArn']),
    'access-logs.configureBody': cite(PAGE, [{ line: 'Configure an access logging component' }, 'statestring', 'enumRequired', 'cloudLakeArnstringOptional'], ['state', 'cloudLakeArn']),
    'iam-write.login': cite(PAGE, [{ line: 'POST /o/{orgId}/integrations/aws/config/iam-write/{id}/configure HTTP/1.1' }, '"login": {', '"type": "iam",', '"identity": {', '"type": "email"'], ['type', 'identity']),
    stageBody: cite('FACTS.md', 'Stage bodies may carry `label`, and `awsPartition`', ['label', 'awsPartition']),
    baseServiceAccount: cite('FACTS.md', ["(the `base` component's", '`serviceAccountEmail` / `serviceAccountId`)'], ['serviceAccountEmail', 'serviceAccountId']),
  },
} satisfies VendorOracle;
