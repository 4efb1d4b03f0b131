/**
 * The `cloudbridge` command line, in process: every command's --help, the
 * global help, --version, and the usage errors (exit 2) for a bare command,
 * unknown commands and options, missing and repeated values.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { globalHelp, runCli, type CliIo } from '../../src/cli';
import { emulateCommand } from '../../src/cli/emulate';
import { installCommand } from '../../src/cli/install';
import { releaseCommand } from '../../src/cli/release';
import { schemaCommand } from '../../src/cli/schema';
import { PROVIDER_VERSION } from '../../src/provider';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (t) => (stdout += t), err: (t) => (stderr += t), env: {} };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** Named by the commands below, which must fail before they write anything there. */
const NOWHERE = path.join(os.tmpdir(), `cloudbridge-cli-nowhere-${process.pid}`);
afterAll(() => expect(fs.existsSync(NOWHERE)).toBe(false));

const SPECS = [installCommand, schemaCommand, emulateCommand, releaseCommand];

describe('help', () => {
  it.each(SPECS.map((s) => [s.name, s] as const))('%s --help: exit 0, a Usage: line and every option', async (name, spec) => {
    const r = await cli(name, '--help');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`\nUsage:\n  cloudbridge ${name}`);
    for (const option of spec.options) expect(r.stdout).toContain(`\n  ${option.name}${option.value ? ` ${option.value}` : ''}  `);
    expect(r.stdout).toContain('\n  --help');
    // -h, `help <command>` and --help after other options say the same.
    expect((await cli(name, '-h')).stdout).toBe(r.stdout);
    expect((await cli('help', name)).stdout).toBe(r.stdout);
    expect((await cli(name, '--port', '1', '--help')).stdout).toBe(r.stdout);
  });

  it('the global help lists every command and every option', async () => {
    const r = await cli('--help');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toBe(globalHelp());
    expect(SPECS.flatMap((s) => s.options.map((o) => `${s.name} ${o.name}`))).toEqual([
      'install --plugin-dir',
      'install --mirror',
      'install --with',
      'install --offline',
      'install --cli-config',
      'install --bundle-dir',
      'emulate --port',
      'emulate --host',
      'emulate --data',
      'emulate --quiet',
      'emulate --ready-file',
      'release --out',
      'release --gpg-key',
      'release --standalone',
      'release --bundle-dir',
    ]);
    for (const spec of SPECS) {
      expect(r.stdout).toContain(`\n  cloudbridge ${spec.name}`);
      for (const option of spec.options) expect(r.stdout).toContain(`        ${option.name}${option.value ? ` ${option.value}` : ''}  `);
    }
    for (const global of ['-h, --help', '-V, --version', 'cloudbridge help [<command>]']) expect(r.stdout).toContain(global);
    expect((await cli('help')).stdout).toBe(r.stdout);
  });

  it('--version and -V print the version alone', async () => {
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${PROVIDER_VERSION}\n`, stderr: '' });
    expect(await cli('-V')).toEqual({ code: 0, stdout: `${PROVIDER_VERSION}\n`, stderr: '' });
  });
});

describe('usage errors exit 2 with the usage on stderr and nothing on stdout', () => {
  const globalUsage = 'Usage: cloudbridge <command> [options], with <command> one of install, schema, emulate, release\nRun "cloudbridge --help" for the commands and their options.\n';
  it.each([
    [[], `cloudbridge: no command given\n${globalUsage}`],
    [['deploy'], `cloudbridge: unknown command "deploy"\n${globalUsage}`],
    [['--verbose'], `cloudbridge: unknown option --verbose\n${globalUsage}`],
    [['--version', 'now'], `cloudbridge: --version takes no arguments\n${globalUsage}`],
    [['help', 'deploy'], `cloudbridge: help: unknown command "deploy"\n${globalUsage}`],
  ])('cloudbridge %j', async (args, stderr) => {
    expect(await cli(...args)).toEqual({ code: 2, stdout: '', stderr });
  });

  const usage = (spec: typeof installCommand, line: string) => `Usage: ${line}\nRun "cloudbridge ${spec.name} --help" for the options.\n`;
  const installUsage = usage(installCommand, 'cloudbridge install --plugin-dir DIR [--mirror DIR]... [--with SRC@VERSION]... [--offline] [--cli-config FILE] [--bundle-dir DIR]');
  const emulateUsage = usage(emulateCommand, 'cloudbridge emulate [--port N] [--host H] [--data FILE] [--quiet] [--ready-file FILE]');
  const releaseUsage = usage(releaseCommand, 'cloudbridge release --out DIR [--gpg-key ID] [--standalone FILE] [--bundle-dir DIR]');
  it.each([
    [['install'], `cloudbridge install: install needs --plugin-dir DIR\n${installUsage}`],
    [['install', '--plugin-dir'], `cloudbridge install: --plugin-dir needs a value (--plugin-dir DIR)\n${installUsage}`],
    [['install', '--plugin-dir', '--offline'], `cloudbridge install: --plugin-dir needs a value (--plugin-dir DIR)\n${installUsage}`],
    [['install', '--plugin-dir=a', '--plugin-dir=b'], `cloudbridge install: --plugin-dir is given twice\n${installUsage}`],
    [['install', '--plugin-dir', NOWHERE, '--offline=yes'], `cloudbridge install: --offline takes no value\n${installUsage}`],
    [['install', '--plugin-dir', NOWHERE, 'extra'], `cloudbridge install: unexpected argument "extra"\n${installUsage}`],
    [['install', '--plugin-dir', NOWHERE, '--with', 'hashicorp/aws'], `cloudbridge install: --with expects SOURCE@VERSION such as hashicorp/aws@5.100.0, got "hashicorp/aws"\n${installUsage}`],
    [['schema', '--json'], `cloudbridge schema: unknown option --json\n${usage(schemaCommand, 'cloudbridge schema')}`],
    [['emulate', '--prot', '1'], `cloudbridge emulate: unknown option --prot\n${emulateUsage}`],
    [['emulate', '--port', 'http'], `cloudbridge emulate: --port must be an integer between 0 and 65535\n${emulateUsage}`],
    [['emulate', '--port=70000'], `cloudbridge emulate: --port must be an integer between 0 and 65535\n${emulateUsage}`],
    [['release'], `cloudbridge release: release needs --out DIR\n${releaseUsage}`],
    [['release', '--out', NOWHERE, '--sign'], `cloudbridge release: unknown option --sign\n${releaseUsage}`],
  ])('cloudbridge %j', async (args, stderr) => {
    expect(await cli(...args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('a failure that is not a usage error exits 1, names the command and writes nothing', async () => {
    expect(await cli('release', '--out', NOWHERE, '--standalone', path.join(NOWHERE, 'sea'))).toEqual({
      code: 1,
      stdout: '',
      stderr: `cloudbridge release: --standalone ${path.join(NOWHERE, 'sea')}: no such file\n`,
    });
    expect(await cli('release', '--out', NOWHERE, '--bundle-dir', '/nonexistent-bundle-cloudbridge')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'cloudbridge release: no provider bundle in /nonexistent-bundle-cloudbridge (looked for plugin-main.js, main.js, index.js); run "npm run build" first\n',
    });
  });
});
