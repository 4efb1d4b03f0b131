/**
 * cloudbridge in a cdktf user's app, installed the two ways users install it:
 * `npm install <folder>` (npm links it, so cloudbridge loads this repo's own
 * copies of cdktf and the aws bindings, not the app's) and the `npm pack`
 * tarball (cloudbridge resolves its peers from the app). In both, a clean app
 * synthesizes and a third-party trust without an external id fails with CB1.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CDKTF,
  P0_CHAIN,
  ROOT,
  cleanApp,
  createApp,
  dependencyChain,
  expectThirdPartyTrustFails,
  loadedPackages,
  packTarball,
  resolveIn,
  runScript,
  synthesized,
  tempDir,
  typeCheck,
} from './support';

const work = tempDir('cloudbridge-install-cdktf-');
const apps = { linked: path.join(work, 'linked'), packed: path.join(work, 'packed') };

beforeAll(async () => {
  const tarball = await packTarball(work);
  await Promise.all([createApp(apps.linked, CDKTF, ROOT), createApp(apps.packed, CDKTF, tarball)]);
}, 600_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const root = fs.realpathSync(ROOT);
/** The folders of `modules` under `dir`/node_modules. */
const under = (dir: string, modules: readonly string[]): string[] => modules.map((m) => path.join(fs.realpathSync(dir), 'node_modules', m));

describe('the installs', () => {
  it('a linked folder is a symlink to this repository, whose own cdktf and aws bindings cloudbridge resolves', async () => {
    const installed = path.join(apps.linked, 'node_modules', 'cloudbridge');
    expect(fs.lstatSync(installed).isSymbolicLink()).toBe(true);
    expect(fs.realpathSync(installed)).toBe(root);
    expect(await resolveIn(fs.realpathSync(installed), 'cdktf/package.json')).toBe(path.join(root, 'node_modules', 'cdktf', 'package.json'));
    expect(await resolveIn(apps.linked, 'cdktf/package.json')).toBe(path.join(fs.realpathSync(apps.linked), 'node_modules', 'cdktf', 'package.json'));
  });

  it('the tarball is unpacked into the app, next to the app\'s constructs 10.8.1', () => {
    expect(fs.lstatSync(path.join(apps.packed, 'node_modules', 'cloudbridge')).isDirectory()).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(apps.packed, 'node_modules', 'constructs', 'package.json'), 'utf8')).version).toBe('10.8.1');
  });
});

/** The CDK packages each app loads: two copies of each in the linked app, the app's alone from the tarball. */
const LOADED: Record<keyof typeof apps, () => string[]> = {
  linked: () => [...under(apps.linked, MODULES), ...under(root, MODULES)].sort(),
  packed: () => under(apps.packed, MODULES).sort(),
};
const MODULES = ['@cdktf/provider-aws', 'cdktf', 'constructs'];

describe.each(['linked', 'packed'] as const)('cloudbridge/constructs installed %s', (install) => {
  const dir = apps[install];

  it('synthesizes a clean app: the P0 chain, and the acknowledgement in cdk.tf.json', async () => {
    const r = await runScript(dir, 'clean.js', cleanApp(CDKTF), 'clean.out');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(loadedPackages(r.stdout)).toEqual(LOADED[install]());
    const json = synthesized(dir, 'clean.out', 'app');
    expect(dependencyChain(json, ['app/p0/', 'app/cloudbridge-p0-aws-integration'])).toEqual(P0_CHAIN);
    expect(json.resource.aws_iam_role!['legacy']!['//']!.cloudbridge).toEqual({
      acknowledgements: [{ ruleId: 'CB1', reason: 'the vendor has no external id support yet', scope: 'app/legacy' }],
    });
    expect(json.resource.aws_iam_role!['guarded']!['//']!.cloudbridge).toBeUndefined();
  });

  it.each(['aspects', 'applyTo'] as const)(
    'fails synth with CB1 for third-party trusts without an external id, from the app\'s bindings and the escape hatch (checks added with %s)',
    (how) => expectThirdPartyTrustFails(dir, CDKTF, how),
  );
});

it('type-checks in a TypeScript app against the app\'s own cdktf and aws bindings (tarball)', async () => {
  const r = await typeCheck(apps.packed, CDKTF);
  expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({ code: 0, out: '' });
});
