/**
 * Each HCL module against its CDKTF construct (issue 14): for the same inputs,
 * both plan the same resource types in the same dependency order, with the
 * same planned values.
 *
 * One terraform root holds both sides: the constructs' synthesized
 * cdk.tf.json and a main.tf that calls the modules (copied out of the repo)
 * with the same inputs. One plan, then Terraform's own apply graph of that
 * plan (`terraform graph -plan`), so the order compared is the order
 * Terraform would apply, through locals, variables and count/for_each alike.
 *
 * Per side, a group is its resource instances plus everything they depend
 * on (the shared P0 root, for example). Each instance becomes a signature:
 * its type and the sorted types of every instance it transitively depends
 * on. The groups' signature lists must be equal; so must their planned
 * values (policy documents compared as JSON). A module copy without one
 * `depends_on` proves that the comparison fails when the order differs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import {
  AvisiAwsCloudAccount,
  CloudflareAwsCloudIntegration,
  NorthflankAwsIntegration,
  P0AwsAccountIntegration,
  P0LambdaFunctionCaller,
  QtanglAwsIntegration,
} from '../../constructs';
import { CloudbridgeProvider } from '../../constructs/gen/providers/cloudbridge/provider';
import { ROOT, Workspace, expectOk } from '../acceptance/harness';
import { emulatorEnv, withEmulator } from '../support/emulator';
import { NORTHFLANK_AWS_ACCOUNT_ID } from '../../src/vendors/northflank/emulator-assumptions';
import { QTANGL_AWS_ACCOUNT_ID } from '../../src/vendors/qtangl/emulator-assumptions';
import { filesUnder } from './support';

const em = withEmulator();
const ACCOUNT = '123456789012';
const FUNCTION_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:p0-notifier`;
const STACK = 'equivalence';

/** The pairs compared: module call name → the construct ids that stand for the same thing. */
const PAIRS: Readonly<Record<string, readonly string[]>> = {
  p0: ['p0', 'p0_function_caller'],
  cloudflare: ['cloudflare'],
  cloudflare_network_administrator: ['cloudflare_network_administrator'],
  northflank_role: ['northflank_role'],
  northflank_created_user: ['northflank_created_user'],
  northflank_given_key: ['northflank_given_key'],
  qtangl: ['qtangl'],
  avisi: ['avisi'],
};

/** The constructs, with the inputs the modules get below. */
function synthConstructs(outdir: string): string {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, STACK);
  const awsProvider = new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  new CloudbridgeProvider(stack, 'cloudbridge', {});
  new P0AwsAccountIntegration(stack, 'p0', {
    accountId: ACCOUNT,
    awsProvider,
    label: 'production',
    iamWrite: { login: { type: 'iam', identity: { type: 'email' } } },
    iamAssessment: true,
    accessLogs: { cloudLakeArn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:eventdatastore/eq` },
    inventory: true,
  });
  new P0LambdaFunctionCaller(stack, 'p0_function_caller', { functionArn: FUNCTION_ARN, awsProvider, label: 'production' });
  new CloudflareAwsCloudIntegration(stack, 'cloudflare', { friendlyName: 'equivalence', awsProvider, roleName: 'cloudflare-eq' });
  new CloudflareAwsCloudIntegration(stack, 'cloudflare_network_administrator', {
    friendlyName: 'equivalence-admin',
    description: 'with NetworkAdministrator',
    awsProvider,
    roleName: 'cloudflare-eq-admin',
    networkAdministrator: true,
    authorizationTimeout: '15m',
  });
  new NorthflankAwsIntegration(stack, 'northflank_role', {
    name: 'Equivalence Role',
    awsProvider,
    northflankPrincipal: NORTHFLANK_AWS_ACCOUNT_ID,
    features: ['byoc', 'route53', 'byoc-custom-vpc'],
    roleName: 'northflank-eq',
  });
  new NorthflankAwsIntegration(stack, 'northflank_created_user', {
    name: 'Equivalence User',
    description: 'a created user',
    awsProvider,
    authenticationMode: 'accessKey',
    features: ['self-hosted-registry'],
    userName: 'northflank-eq',
    keyVersion: 3,
  });
  new NorthflankAwsIntegration(stack, 'northflank_given_key', {
    name: 'Equivalence Key',
    awsProvider,
    accessKey: { accessKeyId: 'AKIAEQUIVALENCE00001', secretAccessKey: 'not-a-real-secret', secretVersion: 2 },
  });
  new QtanglAwsIntegration(stack, 'qtangl', { qtanglPrincipal: QTANGL_AWS_ACCOUNT_ID, awsProvider, region: 'eu-west-1', roleName: 'qtangl-eq' });
  new AvisiAwsCloudAccount(stack, 'avisi', { displayName: 'Equivalence', awsProvider, userName: 'avisi-eq', keyVersion: 2 });
  app.synth();
  return fs.readFileSync(path.join(outdir, 'stacks', STACK, 'cdk.tf.json'), 'utf8');
}

/** The same inputs for the modules; `cloudflare_without_depends_on` is the broken copy. */
const MODULE_CALLS = `
resource "cloudbridge_p0_aws_integration" "root" {}

module "p0" {
  source               = "./modules/p0-aws"
  providers            = { aws = aws }
  integration_id       = cloudbridge_p0_aws_integration.root.id
  account_id           = "${ACCOUNT}"
  label                = "production"
  iam_write            = { login = { type = "iam", identity = { type = "email" } } }
  iam_assessment       = {}
  access_logs          = { cloud_lake_arn = "arn:aws:cloudtrail:us-east-1:${ACCOUNT}:eventdatastore/eq" }
  inventory            = true
  lambda_function_arns = ["${FUNCTION_ARN}"]
}

module "cloudflare" {
  source        = "./modules/cloudflare-aws"
  providers     = { aws = aws }
  friendly_name = "equivalence"
  role_name     = "cloudflare-eq"
}

module "cloudflare_network_administrator" {
  source                = "./modules/cloudflare-aws"
  providers             = { aws = aws }
  friendly_name         = "equivalence-admin"
  description           = "with NetworkAdministrator"
  role_name             = "cloudflare-eq-admin"
  network_administrator = true
  authorization_timeout = "15m"
}

module "cloudflare_without_depends_on" {
  source        = "./broken/cloudflare-aws"
  providers     = { aws = aws }
  friendly_name = "equivalence-broken"
  role_name     = "cloudflare-eq-broken"
}

module "northflank_role" {
  source               = "./modules/northflank-aws"
  providers            = { aws = aws }
  name                 = "Equivalence Role"
  northflank_principal = "${NORTHFLANK_AWS_ACCOUNT_ID}"
  features             = ["byoc", "route53", "byoc-custom-vpc"]
  role_name            = "northflank-eq"
}

module "northflank_created_user" {
  source              = "./modules/northflank-aws"
  providers           = { aws = aws }
  name                = "Equivalence User"
  description         = "a created user"
  authentication_mode = "accessKey"
  features            = ["self-hosted-registry"]
  user_name           = "northflank-eq"
  key_version         = 3
}

module "northflank_given_key" {
  source            = "./modules/northflank-aws"
  providers         = { aws = aws }
  name              = "Equivalence Key"
  access_key_id     = "AKIAEQUIVALENCE00001"
  secret_access_key = "not-a-real-secret"
  secret_version    = 2
}

module "qtangl" {
  source           = "./modules/qtangl-aws"
  providers        = { aws = aws }
  qtangl_principal = "${QTANGL_AWS_ACCOUNT_ID}"
  region           = "eu-west-1"
  role_name        = "qtangl-eq"
}

module "avisi" {
  source       = "./modules/avisi-aws"
  providers    = { aws = aws }
  display_name = "Equivalence"
  user_name    = "avisi-eq"
  key_version  = 2
}
`;

// ---- Terraform's apply graph -----------------------------------------------------------------

/** A resource instance address: `module.m.type.name[key]`, `type.name`, `data.type.name`. */
const INSTANCE = /^(module\.[\w-]+\.)?(data\.)?([a-z0-9_]+)\.[\w-]+(\[[^\]]+\])?$/;

interface Graph {
  /** Every node's direct dependencies. */
  readonly edges: ReadonlyMap<string, readonly string[]>;
  /** The resource instance nodes (no `(expand)`, `(close)`, providers, locals or variables). */
  readonly instances: readonly string[];
}

/** Parses `terraform graph` DOT output. Node names lose their `[root] ` prefix. */
function parseDot(dot: string): Graph {
  const edges = new Map<string, string[]>();
  const nodes = new Set<string>();
  const name = (quoted: string) => JSON.parse(quoted).replace(/^\[root\] /, '') as string;
  for (const line of dot.split('\n')) {
    const edge = /^\s*("(?:[^"\\]|\\.)*")\s*->\s*("(?:[^"\\]|\\.)*")/.exec(line);
    if (edge) {
      const from = name(edge[1]!);
      const list = edges.get(from) ?? [];
      list.push(name(edge[2]!));
      edges.set(from, list);
      continue;
    }
    const node = /^\s*("(?:[^"\\]|\\.)*")\s*\[/.exec(line);
    if (node) nodes.add(name(node[1]!));
  }
  return { edges, instances: [...nodes].filter((n) => INSTANCE.test(n)) };
}

function typeOf(instance: string): string {
  const m = INSTANCE.exec(instance)!;
  return `${m[2] ?? ''}${m[3]}`;
}

/** The instances `start` depends on, directly or through any other node. */
function dependenciesOf(graph: Graph, start: string): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  const stack = [...(graph.edges.get(start) ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (INSTANCE.test(n)) out.add(n);
    stack.push(...(graph.edges.get(n) ?? []));
  }
  out.delete(start);
  return out;
}

/** A group's own instances plus everything they depend on, each as `type <- [dependency types]`, sorted. */
function signatures(graph: Graph, own: readonly string[]): string[] {
  const members = new Set(own);
  for (const i of own) for (const d of dependenciesOf(graph, i)) members.add(d);
  return [...members].map((i) => `${typeOf(i)} <- [${[...dependenciesOf(graph, i)].map(typeOf).sort().join(', ')}]`).sort();
}

// ---- planned values --------------------------------------------------------------------------

interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly mode: string;
  readonly change: { readonly actions: readonly string[]; readonly after: unknown; readonly after_unknown: unknown };
}

/** Planned values with unknowns marked, JSON documents parsed, and names that only identify the copy left out. */
function canonical(after: unknown, unknown: unknown): unknown {
  if (unknown === true) return '(known after apply)';
  if (Array.isArray(after)) return after.map((v, i) => canonical(v, Array.isArray(unknown) ? unknown[i] : undefined));
  if (after !== null && typeof after === 'object') {
    const u = (unknown ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(after), ...Object.keys(u)])].sort();
    return Object.fromEntries(keys.map((k) => [k, canonical((after as Record<string, unknown>)[k] ?? null, u[k])]));
  }
  if (typeof after === 'string' && /^\s*[{[]/.test(after)) {
    try {
      return canonical(JSON.parse(after), undefined);
    } catch {
      return after;
    }
  }
  return after;
}

function values(changes: readonly ResourceChange[], addresses: readonly string[]): string[] {
  const wanted = new Set(addresses);
  return changes
    .filter((c) => wanted.has(c.address))
    .map((c) => `${c.mode === 'data' ? 'data.' : ''}${c.type} ${JSON.stringify(canonical(c.change.after, c.change.after_unknown))}`)
    .sort();
}

// ---- the test --------------------------------------------------------------------------------

describe('modules and constructs plan the same wiring', () => {
  let graph: Graph;
  let changes: ResourceChange[];
  /** cdk.tf.json resource address → construct id (the path segment below the stack). */
  let constructOf: Map<string, string>;

  beforeAll(async () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-equivalence-synth-'));
    const synthesized = synthConstructs(outdir);
    const doc = JSON.parse(synthesized) as Record<'resource' | 'data', Record<string, Record<string, { '//'?: { metadata?: { path?: string } } }>> | undefined>;
    constructOf = new Map();
    for (const mode of ['resource', 'data'] as const) {
      for (const [type, byName] of Object.entries(doc[mode] ?? {})) {
        for (const [name, block] of Object.entries(byName)) {
          const segments = block['//']?.metadata?.path?.split('/') ?? [];
          if (segments.length > 2) constructOf.set(`${mode === 'data' ? 'data.' : ''}${type}.${name}`, segments[1]!);
        }
      }
    }
    const broken = filesUnder(path.join(ROOT, 'modules', 'cloudflare-aws'), 'broken/cloudflare-aws', { skip: ['tests'] });
    const main = broken['broken/cloudflare-aws/main.tf']!;
    const withoutDependsOn = main.replace(/\n\s*depends_on = \[aws_iam_role_policy\.this, aws_iam_role_policy_attachment\.managed\]\n/, '\n');
    expect(withoutDependsOn).not.toBe(main);
    broken['broken/cloudflare-aws/main.tf'] = withoutDependsOn;

    const ws = await Workspace.create({
      files: { 'cdk.tf.json': synthesized, 'modules.tf': MODULE_CALLS, ...filesUnder(path.join(ROOT, 'modules'), 'modules', { skip: ['tests'] }), ...broken },
      env: emulatorEnv(em, { awsAccountId: ACCOUNT }),
    });
    try {
      await ws.init();
      expectOk(await ws.tf(['plan', '-input=false', '-no-color', '-out=tfplan', '-lock=false']));
      const dot = await ws.tf(['graph', '-plan=tfplan']);
      expectOk(dot);
      graph = parseDot(dot.stdout);
      const shown = await ws.tf(['show', '-json', 'tfplan']);
      expectOk(shown);
      changes = (JSON.parse(shown.stdout) as { resource_changes: ResourceChange[] }).resource_changes;
    } finally {
      await ws.cleanup();
    }
  }, 300_000);

  const moduleInstances = (call: string) => graph.instances.filter((i) => i.startsWith(`module.${call}.`));
  const constructInstances = (ids: readonly string[]) => graph.instances.filter((i) => ids.includes(constructOf.get(i.replace(/\[[^\]]+\]$/, '')) ?? ''));

  it('reads a graph with every synthesized resource and every module instance in it', () => {
    expect(constructOf.size).toBeGreaterThan(40);
    expect([...constructOf.keys()].filter((address) => !graph.instances.includes(address))).toEqual([]);
    expect(moduleInstances('northflank_given_key')).toEqual(['module.northflank_given_key.cloudbridge_northflank_cloud_integration.this']);
    expect(moduleInstances('cloudflare_network_administrator').filter((i) => i.includes('aws_iam_role_policy_attachment'))).toHaveLength(4);
  });

  it.each(Object.entries(PAIRS))('module.%s: the same resource types in the same dependency order as its construct', (call, ids) => {
    const own = moduleInstances(call);
    expect(own.length).toBeGreaterThan(0);
    expect(signatures(graph, own)).toEqual(signatures(graph, constructInstances(ids)));
  });

  it.each(Object.entries(PAIRS))('module.%s: the same planned values as its construct', (call, ids) => {
    const group = (own: readonly string[]) => [...new Set([...own, ...own.flatMap((i) => [...dependenciesOf(graph, i)])])];
    expect(values(changes, group(moduleInstances(call)))).toEqual(values(changes, group(constructInstances(ids))));
  });

  it('tells them apart when the module drops a depends_on (the comparison can fail)', () => {
    const broken = signatures(graph, moduleInstances('cloudflare_without_depends_on'));
    const construct = signatures(graph, constructInstances(['cloudflare']));
    expect(broken).not.toEqual(construct);
    // Only the authorization's dependencies differ: it no longer waits for the policies.
    const differing = (a: string[], b: string[]) => a.filter((s) => !b.includes(s));
    expect(differing(construct, broken)).toEqual([
      'cloudbridge_cloudflare_cloud_integration_authorization <- [aws_iam_role, aws_iam_role_policy, aws_iam_role_policy_attachment, aws_iam_role_policy_attachment, aws_iam_role_policy_attachment, cloudbridge_cloudflare_cloud_integration, data.cloudbridge_cloudflare_cloud_integration_setup]',
    ]);
    expect(differing(broken, construct)).toEqual(['cloudbridge_cloudflare_cloud_integration_authorization <- [aws_iam_role, cloudbridge_cloudflare_cloud_integration, data.cloudbridge_cloudflare_cloud_integration_setup]']);
  });
});
