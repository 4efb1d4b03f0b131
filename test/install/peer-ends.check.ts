/**
 * The ends of cloudbridge's peer ranges, each in a user app that installs the
 * `npm pack` tarball: a clean app synthesizes with the P0 chain, and CB1 fails
 * synth for a third-party trust without an external id, and a TypeScript app
 * type-checks against the declarations. Not part of `npm test`
 * (each end is another install of a prebuilt aws provider, some 350 MB):
 *
 *   npm run test:peers
 *
 * The pinned versions in between (cdktf 0.21.0, @cdktf/provider-aws 20.1.0,
 * constructs 10.8.1; cdktn 0.24.0, @cdktn/provider-aws 25.7.0, constructs
 * 10.7.2) are what test/install/*.test.ts install in `npm test`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CDKTF,
  CDKTN,
  Flavour,
  P0_CHAIN,
  cleanApp,
  createApp,
  dependencyChain,
  expectThirdPartyTrustFails,
  packTarball,
  runScript,
  synthesized,
  tempDir,
  typeCheck,
} from './support';

const ENDS: readonly (readonly [string, Flavour])[] = [
  ['cdktf low end: cdktf 0.19.0, constructs 10.0.25, @cdktf/provider-aws 18.0.0', { ...CDKTF, dependencies: { cdktf: '0.19.0', constructs: '10.0.25', '@cdktf/provider-aws': '18.0.0' } }],
  ['cdktf high end: cdktf 0.21.0, constructs 10.8.1, @cdktf/provider-aws 21.22.1 (hashicorp/aws 6)', { ...CDKTF, dependencies: { cdktf: '0.21.0', constructs: '10.8.1', '@cdktf/provider-aws': '21.22.1' } }],
  ['cdktn low end: cdktn 0.24.0, constructs 10.6.0, @cdktn/provider-aws 25.5.0', { ...CDKTN, dependencies: { cdktn: '0.24.0', constructs: '10.6.0', '@cdktn/provider-aws': '25.5.0' } }],
];

const work = tempDir('cloudbridge-peer-ends-');
let tarball = '';

beforeAll(async () => {
  tarball = await packTarball(work);
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.each(ENDS)('%s', (_, flavour) => {
  const dir = path.join(work, Object.values(flavour.dependencies).join('-'));

  beforeAll(async () => {
    await createApp(dir, flavour, tarball);
  }, 900_000);

  it('installs the versions named', () => {
    for (const [name, version] of Object.entries(flavour.dependencies)) {
      expect({ name, version: JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version }).toEqual({ name, version });
    }
  });

  it('synthesizes a clean app with the P0 chain', async () => {
    const r = await runScript(dir, 'clean.js', cleanApp(flavour), 'clean.out');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(dependencyChain(synthesized(dir, 'clean.out', 'app'), ['app/p0/', 'app/cloudbridge-p0-aws-integration'])).toEqual(P0_CHAIN);
  });

  it('fails synth with CB1', () => expectThirdPartyTrustFails(dir, flavour, 'aspects'));

  it('type-checks in a TypeScript app', async () => {
    const r = await typeCheck(dir, flavour);
    expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({ code: 0, out: '' });
  });
});
