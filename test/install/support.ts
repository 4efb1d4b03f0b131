/**
 * User apps in temp folders that install cloudbridge as users do (a linked
 * folder, the `npm pack` tarball) next to their own cdktf or cdktn, then run
 * plain Node scripts that synthesize. npm reaches only the registry, and the
 * pinned versions come from the npm cache when it has them (--prefer-offline).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The modules a user app of one CDK flavour imports. */
export interface Flavour {
  readonly name: 'cdktf' | 'cdktn';
  /** The CDK core package. */
  readonly core: string;
  /** The prebuilt aws provider package. */
  readonly aws: string;
  /** The cloudbridge entry point for this flavour. */
  readonly entry: string;
  /** What the app itself depends on (exact versions, as a user pins them). */
  readonly dependencies: Readonly<Record<string, string>>;
}

/** cdktf 0.21 with the newest `constructs` it admits: the top of the peer ranges. */
export const CDKTF: Flavour = {
  name: 'cdktf',
  core: 'cdktf',
  aws: '@cdktf/provider-aws',
  entry: 'cloudbridge/constructs',
  dependencies: { cdktf: '0.21.0', constructs: '10.8.1', '@cdktf/provider-aws': '20.1.0' },
};

/** CDK Terrain 0.24 (it needs `constructs` below 10.8) with its aws provider. */
export const CDKTN: Flavour = {
  name: 'cdktn',
  core: 'cdktn',
  aws: '@cdktn/provider-aws',
  entry: 'cloudbridge/constructs-cdktn',
  dependencies: { cdktn: '0.24.0', constructs: '10.7.2', '@cdktn/provider-aws': '25.7.0' },
};

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The npm settings a user's environment may carry that an install in the app needs too. */
const KEPT_NPM_CONFIG = /^npm_config_(registry|cache|userconfig|globalconfig|cafile|ca|proxy|https_proxy|noproxy|strict_ssl|@[^:]+:registry)$/i;

/**
 * The environment without what an `npm test` (or `npx`) that started us sets for its scripts:
 * `npm_config_local_prefix` and its kind would point the app's npm at this repository.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => (!/^npm_/i.test(k) || KEPT_NPM_CONFIG.test(k)) && k !== 'INIT_CWD' && k !== 'NODE_OPTIONS'),
  );
}

export function run(command: string, args: readonly string[], cwd: string, timeoutMs = 300_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: cleanEnv(), timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new Error(`${command} ${args.join(' ')} in ${cwd}: ${error.message}\n${stderr}`));
        return;
      }
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

async function runOk(command: string, args: readonly string[], cwd: string, timeoutMs?: number): Promise<string> {
  const r = await run(command, args, cwd, timeoutMs);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} in ${cwd} exited ${r.code}:\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

/** The built entry points must exist: `npm test` builds first; alone, run `npm run build`. */
export function requireBuilt(): void {
  for (const entry of ['dist/constructs/index.js', 'dist/constructs-cdktn/index.js']) {
    if (!fs.existsSync(path.join(ROOT, entry))) throw new Error(`${entry} is missing: run \`npm run build\` before this test`);
  }
}

/** A fresh folder under the run's temp dir. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** `npm pack` of this repository into `dest`; returns the tarball's path. */
export async function packTarball(dest: string): Promise<string> {
  requireBuilt();
  const out = await runOk('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], ROOT);
  const [packed] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string }[];
  if (!packed) throw new Error(`npm pack printed no file:\n${out}`);
  return path.join(dest, packed.filename);
}

/**
 * A user app in `dir` depending on the flavour's packages and on cloudbridge from
 * `cloudbridge` (a folder, which npm links, or a tarball), installed in one `npm install`.
 */
export async function createApp(dir: string, flavour: Flavour, cloudbridge: string): Promise<void> {
  requireBuilt();
  fs.mkdirSync(dir, { recursive: true });
  const pkg = { name: `user-app-${flavour.name}`, version: '1.0.0', private: true, dependencies: { ...flavour.dependencies, cloudbridge: `file:${cloudbridge}` } };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  await runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], dir, 540_000);
}

/** Writes `source` to `dir/file` and runs it with node, as `cdktf synth` runs an app, synthesizing into `dir/outdir`. */
export async function runScript(dir: string, file: string, source: string, outdir: string): Promise<RunResult> {
  fs.writeFileSync(path.join(dir, file), source);
  return run(process.execPath, [file, outdir], dir, 120_000);
}

/**
 * Where Node resolves `specifier` for code in `dir` (in a child node, so that
 * jest's own resolver plays no part); undefined when it cannot.
 */
export async function resolveIn(dir: string, specifier: string): Promise<string | undefined> {
  const script = `try { process.stdout.write(require.resolve(${JSON.stringify(specifier)})) } catch { process.exitCode = 3 }`;
  const r = await run(process.execPath, ['-e', script], dir, 60_000);
  if (r.code === 3) return undefined;
  if (r.code !== 0) throw new Error(`resolving ${specifier} in ${dir} failed: ${r.stderr}`);
  return r.stdout;
}

/** The synthesized stack `stack` of the app whose outdir is `dir/outdir`. */
export function synthesized(dir: string, outdir: string, stack: string): TfJson {
  return JSON.parse(fs.readFileSync(path.join(dir, outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')) as TfJson;
}

export type Block = Record<string, unknown> & { '//'?: { metadata?: { path?: string }; cloudbridge?: unknown }; depends_on?: string[] };

export interface TfJson {
  readonly resource: Record<string, Record<string, Block>>;
}

/**
 * For every resource whose construct path starts with one of `prefixes`: the
 * construct paths of what it waits for, by `depends_on` or by referring to its
 * attributes. Paths, not Terraform names, so cdktf and cdktn apps compare equal
 * and expectations read as the constructs do.
 */
export function dependencyChain(json: TfJson, prefixes: readonly string[]): Record<string, string[]> {
  const pathOf = new Map<string, string>();
  for (const [type, blocks] of Object.entries(json.resource)) {
    for (const [name, block] of Object.entries(blocks)) pathOf.set(`${type}.${name}`, block['//']?.metadata?.path ?? `${type}.${name}`);
  }
  const chain: Record<string, string[]> = {};
  for (const [type, blocks] of Object.entries(json.resource)) {
    for (const [name, block] of Object.entries(blocks)) {
      const self = pathOf.get(`${type}.${name}`)!;
      if (!prefixes.some((p) => self.startsWith(p))) continue;
      const { '//': _comment, depends_on: dependsOn = [], ...attributes } = block;
      const referenced = [...JSON.stringify(attributes).matchAll(/\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)/g)].map((m) => m[1]!).filter((a) => pathOf.has(a));
      chain[self] = [...new Set([...dependsOn, ...referenced].map((a) => pathOf.get(a) ?? `unknown ${a}`))].sort();
    }
  }
  return chain;
}

/** The same P0 account integration in every app: every component, so every branch of the chain. */
export const P0_CHAIN: Readonly<Record<string, string[]>> = {
  'app/cloudbridge-p0-aws-integration': [],
  'app/p0/iam-write-staged': ['app/cloudbridge-p0-aws-integration'],
  'app/p0/iam-write-role': ['app/p0/iam-write-staged'],
  'app/p0/iam-write-role-policy': ['app/p0/iam-write-role', 'app/p0/iam-write-staged'],
  'app/p0/iam-write': ['app/p0/iam-write-role-policy'],
  'app/p0/iam-assessment-staged': ['app/cloudbridge-p0-aws-integration'],
  'app/p0/iam-assessment-role': ['app/p0/iam-assessment-staged'],
  'app/p0/iam-assessment-role-policy': ['app/p0/iam-assessment-role', 'app/p0/iam-assessment-staged'],
  'app/p0/iam-assessment': ['app/p0/iam-assessment-role-policy'],
  'app/p0/access-logs-staged': ['app/cloudbridge-p0-aws-integration'],
  'app/p0/access-logs': ['app/p0/access-logs-staged'],
  'app/p0/inventory-staged': ['app/cloudbridge-p0-aws-integration'],
  'app/p0/inventory': ['app/p0/inventory-staged'],
};

export const VENDOR_ACCOUNT = '111122223333';
export const OWN_ACCOUNT = '444455556666';

/**
 * What a cdktn app declares in cdktf.json (`targetVersions`, here as App context):
 * cloudbridge's resources use write-only attributes, which Terraform has from 1.11,
 * and cdktn refuses at synth what the targets do not support.
 */
export const CDKTN_TARGETS = { terraform: '>=1.11.0' };

/** Printed by every app script on exit: the folders of the CDK packages it loaded (cdktf, cdktn, constructs, their providers). */
export const LOADED_MARKER = 'loaded CDK packages: ';

/** The package folders that `stdout` says the script loaded. */
export function loadedPackages(stdout: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith(LOADED_MARKER));
  if (!line) throw new Error(`the app printed no "${LOADED_MARKER}" line:\n${stdout}`);
  return JSON.parse(line.slice(LOADED_MARKER.length)) as string[];
}

/** The start of every app script: the flavour's modules and a stack `app` with both providers. */
function prelude(flavour: Flavour, context: Record<string, unknown> = flavour.name === 'cdktn' ? { targetVersions: CDKTN_TARGETS } : {}): string {
  return `'use strict';
process.on('exit', () => {
  const roots = new Set();
  for (const file of Object.keys(require.cache)) {
    const parts = file.split(require('node:path').sep);
    const i = parts.lastIndexOf('node_modules');
    if (i < 0) continue;
    const end = i + (parts[i + 1].startsWith('@') ? 3 : 2);
    const name = parts.slice(i + 1, end).join('/');
    if (['cdktf', 'cdktn', 'constructs'].includes(name) || name.startsWith('@cdktf/') || name.startsWith('@cdktn/')) roots.add(parts.slice(0, end).join('/'));
  }
  console.log(${JSON.stringify(LOADED_MARKER)} + JSON.stringify([...roots].sort()));
});
const { App, Aspects, TerraformResource, TerraformStack } = require(${JSON.stringify(flavour.core)});
const { AwsProvider } = require(${JSON.stringify(`${flavour.aws}/lib/provider`)});
const { IamRole } = require(${JSON.stringify(`${flavour.aws}/lib/iam-role`)});
const cb = require(${JSON.stringify(flavour.entry)});
const VENDOR = ${JSON.stringify(VENDOR_ACCOUNT)};
const OWN = ${JSON.stringify(OWN_ACCOUNT)};
const app = new App({ outdir: process.argv[2], context: ${JSON.stringify(context)} });
const stack = new TerraformStack(app, 'app');
const aws = new AwsProvider(stack, 'aws', { region: 'us-east-1' });
new cb.bindings.provider.CloudbridgeProvider(stack, 'cloudbridge', { p0: { orgId: 'acme' } });
`;
}

/**
 * A clean app: P0 on one account with every component, a guarded vendor role,
 * and a legacy vendor role whose CB1 finding is acknowledged. Synthesizes.
 */
export function cleanApp(flavour: Flavour, context?: Record<string, unknown>): string {
  return `${prelude(flavour, context)}
new cb.P0AwsAccountIntegration(stack, 'p0', {
  accountId: OWN,
  awsProvider: aws,
  iamWrite: { login: { type: 'iam', identity: { type: 'email' } } },
  iamAssessment: true,
  accessLogs: { cloudLakeArn: 'arn:aws:cloudtrail:us-east-1:' + OWN + ':eventdatastore/p0' },
  inventory: true,
});
new IamRole(stack, 'guarded', { name: 'guarded', assumeRolePolicy: JSON.stringify(cb.trustPolicy(new cb.AwsPrincipal(VENDOR).withExternalId('ext-1'))) });
const legacy = new IamRole(stack, 'legacy', { name: 'legacy', assumeRolePolicy: JSON.stringify(cb.trustPolicy(new cb.AwsPrincipal(VENDOR))) });
cb.acknowledgeRule(legacy, 'CB1', 'the vendor has no external id support yet');
Aspects.of(stack).add(new cb.CloudbridgeChecks({ trustedAccounts: [OWN] }));
app.synth();
`;
}

/**
 * Two roles trusting a third party without an external id: one from the app's own
 * aws bindings, one through the `TerraformResource` escape hatch. The checks go on
 * with the app's `Aspects`, or with `CloudbridgeChecks.applyTo` (cloudbridge's copy).
 */
export function thirdPartyApp(flavour: Flavour, how: 'aspects' | 'applyTo'): string {
  const add = how === 'aspects' ? 'Aspects.of(stack).add(new cb.CloudbridgeChecks());' : 'cb.CloudbridgeChecks.applyTo(stack);';
  return `${prelude(flavour)}
new IamRole(stack, 'vendor', { name: 'vendor', assumeRolePolicy: JSON.stringify(cb.trustPolicy(new cb.AwsPrincipal(VENDOR))) });
const raw = new TerraformResource(stack, 'raw', { terraformResourceType: 'aws_iam_role' });
raw.addOverride('name', 'raw');
raw.addOverride('assume_role_policy', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::' + VENDOR + ':role/deployer' }, Action: 'sts:AssumeRole' }] }));
${add}
app.synth();
`;
}

export const CB1_VENDOR = `[app/vendor] [CB1] third-party principal arn:aws:iam::${VENDOR_ACCOUNT}:root is trusted without an sts:ExternalId condition`;
export const CB1_RAW = `[app/raw] [CB1] third-party principal arn:aws:iam::${VENDOR_ACCOUNT}:role/deployer is trusted without an sts:ExternalId condition`;

/**
 * Runs `thirdPartyApp` in `dir` and expects synth to fail with CB1 for both roles,
 * before anything is written.
 */
export async function expectThirdPartyTrustFails(dir: string, flavour: Flavour, how: 'aspects' | 'applyTo'): Promise<void> {
  const outdir = `third-party-${how}.out`;
  const r = await runScript(dir, `third-party-${how}.js`, thirdPartyApp(flavour, how), outdir);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(CB1_VENDOR);
  expect(r.stderr).toContain(CB1_RAW);
  expect(fs.existsSync(path.join(dir, outdir, 'stacks', 'app', 'cdk.tf.json'))).toBe(false);
}

/**
 * A TypeScript file as a user writes it (tsconfig as `cdktf init` makes it:
 * CommonJS, node10 resolution, skipLibCheck), which type-checks only if the
 * entry point's declarations resolve against the app's own packages: every
 * `@ts-expect-error` needs a real type to fail against.
 */
export function typedApp(flavour: Flavour): { file: string; tsconfig: string } {
  const file = `import { App, TerraformStack } from '${flavour.core}';
import { AwsProvider } from '${flavour.aws}/lib/provider';
import { IamRole } from '${flavour.aws}/lib/iam-role';
import { CloudbridgeChecks, P0AwsAccountIntegration, bindings } from '${flavour.entry}';

const app = new App();
const stack = new TerraformStack(app, 'typed');
const aws = new AwsProvider(stack, 'aws', { region: 'us-east-1' });
new bindings.provider.CloudbridgeProvider(stack, 'cloudbridge', { p0: { orgId: 'acme' } });
const p0 = new P0AwsAccountIntegration(stack, 'p0', { accountId: '${OWN_ACCOUNT}', awsProvider: aws, iamWrite: { login: { type: 'iam' } } });
export const role: IamRole = p0.roles['iam-write']!;
// @ts-expect-error the roles are the app's IamRole, not numbers
export const notANumber: number = p0.roles['iam-write']!;
// @ts-expect-error accountId is a string
new P0AwsAccountIntegration(stack, 'bad', { accountId: 1, awsProvider: aws, inventory: true });
// @ts-expect-error the login needs a type (the generated bindings' P0AwsIamWriteLogin)
new P0AwsAccountIntegration(stack, 'no-login-type', { accountId: '${OWN_ACCOUNT}', awsProvider: aws, iamWrite: { login: {} } });
CloudbridgeChecks.applyTo(stack, { trustedAccounts: ['${OWN_ACCOUNT}'] });
`;
  const tsconfig = JSON.stringify({
    compilerOptions: { module: 'CommonJS', target: 'ES2020', lib: ['es2020'], strict: true, skipLibCheck: true, noEmit: true, types: [] },
    files: ['typed.ts'],
  });
  return { file, tsconfig };
}

/** Type-checks `typedApp` in `dir` with this repository's TypeScript; returns tsc's output ('' when clean). */
export async function typeCheck(dir: string, flavour: Flavour): Promise<RunResult> {
  const { file, tsconfig } = typedApp(flavour);
  fs.writeFileSync(path.join(dir, 'typed.ts'), file);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), tsconfig);
  return run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], dir, 180_000);
}
