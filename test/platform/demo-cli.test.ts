/**
 * The demo's edges that need no apply: a missing Terraform fails with one
 * sentence (exit 1, before the build), bad options are refused, Terraform's
 * errors are shown readably, and the summary reads the stack's outputs.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TERRAFORM_MISSING, formatSummary, runDemo, terraformErrors, terraformVersion, vendorSummary } from '../../scripts/run-demo';

const ROOT = path.resolve(__dirname, '..', '..');

/** A PATH with node and nothing else, so terraform is missing. */
function pathWithoutTerraform(dir: string): string {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.symlinkSync(process.execPath, path.join(bin, 'node'));
  return bin;
}

describe('demo without Terraform', () => {
  let dir: string;
  let savedPath: string | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-demo-cli-'));
    savedPath = process.env.PATH;
  });
  afterEach(() => {
    process.env.PATH = savedPath;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('npm run demo (scripts/demo.js) stops before the build with one sentence and exit 1', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'demo.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: pathWithoutTerraform(dir) },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${TERRAFORM_MISSING}\n`);
    expect(r.stdout).toBe('');
  });

  it('runDemo rejects with the same sentence and leaves no temp folder or emulator behind', async () => {
    process.env.PATH = pathWithoutTerraform(dir);
    expect(() => terraformVersion()).toThrow(TERRAFORM_MISSING);
    const tmpRoot = path.join(dir, 'tmp');
    fs.mkdirSync(tmpRoot);
    await expect(runDemo({ out: () => undefined, tmpRoot })).rejects.toThrow(TERRAFORM_MISSING);
    expect(fs.readdirSync(tmpRoot)).toEqual([]);
  });

  it('refuses unknown options before doing anything', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'demo.js'), '--destroy'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('demo: unknown option --destroy (the only option is --keep)\n');
  });
});

describe('demo output', () => {
  it("shows Terraform's error diagnostics with their address and detail", () => {
    const text = terraformErrors({
      code: 1,
      stdout: '',
      stderr: '',
      lines: [
        { type: 'diagnostic', diagnostic: { severity: 'warning', summary: 'ignored' } },
        {
          type: 'diagnostic',
          diagnostic: { severity: 'error', summary: 'Role not trusted', detail: 'Unable to assume role\nrequest id: abc', address: 'cloudbridge_northflank_cloud_integration.x' },
        },
      ],
    });
    expect(text).toBe('  Error: Role not trusted (cloudbridge_northflank_cloud_integration.x)\n    Unable to assume role\n    request id: abc');
    expect(terraformErrors({ code: 1, stdout: 'plain', stderr: 'boom', lines: [] })).toBe('boom\nplain');
  });

  it('summarizes each vendor from the outputs', () => {
    const rows = vendorSummary({
      p0: { account_a: { account_id: '111111111111', components: { 'iam-write': { state: 'installed', role_arn: 'arn:aws:iam::111111111111:role/P0RoleIamManager' }, inventory: { state: 'installed', role_arn: '' } } } },
      cloudflare: { integration_id: 'cf-1', state: 'SUCCEEDED', role_arn: 'arn:aws:iam::111111111111:role/cf' },
      northflank: { integration_id: 'nf', role_arn: 'arn:aws:iam::111111111111:role/nf' },
      qtangl: { integration_id: 'aws', status: 'active', role_arn: 'arn:aws:iam::111111111111:role/qt' },
      avisi: { cloud_account: 'acct', credentials: 'cred', primary_credentials: 'cred', access_key_id: 'AKIAEXAMPLE' },
    });
    expect(rows).toEqual([
      { vendor: 'P0 Security (account a)', integration: 'iam-write 111111111111', state: 'installed', credential: 'arn:aws:iam::111111111111:role/P0RoleIamManager' },
      { vendor: 'P0 Security (account a)', integration: 'inventory 111111111111', state: 'installed', credential: '-' },
      { vendor: 'Cloudflare', integration: 'cf-1', state: 'SUCCEEDED', credential: 'arn:aws:iam::111111111111:role/cf' },
      { vendor: 'Northflank', integration: 'nf', state: 'created', credential: 'arn:aws:iam::111111111111:role/nf' },
      { vendor: 'Qtangl', integration: 'aws', state: 'active', credential: 'arn:aws:iam::111111111111:role/qt' },
      { vendor: 'Avisi Cloud', integration: 'acct', state: 'primary credentials set', credential: 'access key AKIAEXAMPLE' },
    ]);
    expect(formatSummary(rows.slice(2, 3)).split('\n')).toEqual([
      '      vendor      integration  state      IAM role ARN / access key',
      '      Cloudflare  cf-1         SUCCEEDED  arn:aws:iam::111111111111:role/cf',
    ]);
  });
});
