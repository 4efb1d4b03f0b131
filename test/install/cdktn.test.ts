/**
 * cloudbridge in a CDK Terrain (cdktn 0.24) user's app, from the `npm pack`
 * tarball, through `cloudbridge/constructs-cdktn`. The app has no cdktf at
 * all, so the entry point loading it would fail. Up to synth only: the app's
 * `@cdktn/provider-aws` targets hashicorp/aws 6, and this machine's mirror
 * holds 5.100.0.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { P0AwsAccountIntegration } from '../../constructs';
import { CloudbridgeProvider } from '../../constructs/gen/providers/cloudbridge/provider';
import {
  CDKTN,
  OWN_ACCOUNT,
  P0_CHAIN,
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

const work = tempDir('cloudbridge-install-cdktn-');
const dir = path.join(work, 'app');

beforeAll(async () => {
  await createApp(dir, CDKTN, await packTarball(work));
}, 600_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The P0 integration of `cleanApp`, synthesized in this repository under cdktf. */
function chainUnderCdktf(): Record<string, string[]> {
  const app = new App({ outdir: path.join(work, 'cdktf-reference') });
  const stack = new TerraformStack(app, 'app');
  const aws = new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  new CloudbridgeProvider(stack, 'cloudbridge', { p0: { orgId: 'acme' } });
  new P0AwsAccountIntegration(stack, 'p0', {
    accountId: OWN_ACCOUNT,
    awsProvider: aws,
    iamWrite: { login: { type: 'iam', identity: { type: 'email' } } },
    iamAssessment: true,
    accessLogs: { cloudLakeArn: `arn:aws:cloudtrail:us-east-1:${OWN_ACCOUNT}:eventdatastore/p0` },
    inventory: true,
  });
  app.synth();
  return dependencyChain(synthesized(work, 'cdktf-reference', 'app'), ['app/p0/', 'app/cloudbridge-p0-aws-integration']);
}

describe('cloudbridge/constructs-cdktn in a cdktn 0.24 app', () => {
  it('is installed next to cdktn, with no cdktf to resolve', async () => {
    const installed = path.join(dir, 'node_modules', 'cloudbridge');
    expect(fs.lstatSync(installed).isDirectory()).toBe(true);
    expect(await resolveIn(installed, 'cdktf')).toBeUndefined();
    expect(await resolveIn(installed, '@cdktf/provider-aws/lib/iam-role')).toBeUndefined();
    expect(await resolveIn(installed, 'cdktn/package.json')).toBe(path.join(fs.realpathSync(dir), 'node_modules', 'cdktn', 'package.json'));
  });

  it('synthesizes P0AwsAccountIntegration with the same staged items, roles, installs and depends_on chain as under cdktf', async () => {
    const r = await runScript(dir, 'clean.js', cleanApp(CDKTN), 'clean.out');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const modules = ['@cdktn/provider-aws', 'cdktn', 'constructs'];
    expect(loadedPackages(r.stdout)).toEqual(modules.map((m) => path.join(fs.realpathSync(dir), 'node_modules', m)));
    const json = synthesized(dir, 'clean.out', 'app');
    const chain = dependencyChain(json, ['app/p0/', 'app/cloudbridge-p0-aws-integration']);
    expect(chain).toEqual(P0_CHAIN);
    expect(chain).toEqual(chainUnderCdktf());
    expect(Object.keys(json.resource).sort()).toEqual([
      'aws_iam_role',
      'aws_iam_role_policy',
      'cloudbridge_p0_aws_access_logs',
      'cloudbridge_p0_aws_access_logs_staged',
      'cloudbridge_p0_aws_iam_assessment',
      'cloudbridge_p0_aws_iam_assessment_staged',
      'cloudbridge_p0_aws_iam_write',
      'cloudbridge_p0_aws_iam_write_staged',
      'cloudbridge_p0_aws_integration',
      'cloudbridge_p0_aws_inventory',
      'cloudbridge_p0_aws_inventory_staged',
    ]);
    const write = Object.values(json.resource.cloudbridge_p0_aws_iam_write!)[0]!;
    expect(write.login).toEqual({ type: 'iam', identity: { type: 'email' } });
    expect(json.resource.aws_iam_role!['legacy']!['//']!.cloudbridge).toEqual({
      acknowledgements: [{ ruleId: 'CB1', reason: 'the vendor has no external id support yet', scope: 'app/legacy' }],
    });
  });

  it('needs the app to target Terraform 1.11+ (cloudbridge uses write-only attributes), as docs/constructs.md says', async () => {
    const r = await runScript(dir, 'untargeted.js', cleanApp(CDKTN, {}), 'untargeted.out');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('[app/p0/iam-write] write-only attributes requires terraform >=1.11.0, but the project targets terraform >=1.5.7');
  });

  it.each(['aspects', 'applyTo'] as const)(
    'fails synth with CB1 for third-party trusts without an external id, from the app\'s bindings and the escape hatch (checks added with %s)',
    (how) => expectThirdPartyTrustFails(dir, CDKTN, how),
  );

  it('type-checks in a TypeScript app against cdktn and @cdktn/provider-aws', async () => {
    const r = await typeCheck(dir, CDKTN);
    expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({ code: 0, out: '' });
  });
});
