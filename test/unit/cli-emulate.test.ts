/**
 * `cloudbridge emulate --quiet --ready-file FILE` as a process: the ready
 * file holds the same JSON line as stdout (written atomically before it, mode 0600),
 * a stale one is removed at start and the file is removed on shutdown;
 * --quiet drops the request log but keeps problem lines. The command runs
 * bundled from src/ with esbuild, so the test needs no `npm run build`.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { injectFault } from '../support/emulator';

const repo = path.resolve(__dirname, '..', '..');
let tmp: string;
let script: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-emulate-'));
  const entry = path.join(tmp, 'entry.ts');
  fs.writeFileSync(entry, `import { runCli } from ${JSON.stringify(path.join(repo, 'src/cli'))};\nrunCli(process.argv.slice(2)).then((code) => process.exit(code));\n`);
  script = path.join(tmp, 'cli.js');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: script, logLevel: 'silent' });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Running {
  readonly child: ChildProcessWithoutNullStreams;
  readonly line: string;
  stderr(): string;
  stop(): Promise<number | null>;
}

function start(args: readonly string[]): Promise<Running> {
  const child = spawn(process.execPath, [script, 'emulate', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.includes('\n')) {
        resolve({
          child,
          line: stdout,
          stderr: () => stderr,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`emulate exited (${code}) before its line: ${stderr}`)));
  });
}

it('--ready-file holds the stdout line once listening (mode 0600), replaces a stale file and is removed on shutdown', async () => {
  const ready = path.join(tmp, 'ready.json');
  fs.writeFileSync(ready, '{"url":"http://127.0.0.1:1"}\n');
  const em = await start(['--port', '0', '--quiet', '--ready-file', ready]);
  try {
    // Written before the stdout line: present as soon as the line is.
    expect(fs.readFileSync(ready, 'utf8')).toBe(em.line);
    expect(em.line.split('\n')).toHaveLength(2);
    expect(Object.keys(JSON.parse(em.line) as object).sort()).toEqual(['endpoints', 'ids', 'tokens', 'url']);
    expect(fs.statSync(ready).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(tmp).filter((f) => f.includes('ready.json') && f !== 'ready.json')).toEqual([]);
  } finally {
    expect(await em.stop()).toBe(0);
  }
  expect(fs.existsSync(ready)).toBe(false);
});

it('--quiet logs no requests, but still logs problems such as an injected fault', async () => {
  const quiet = await start(['--port=0', '--quiet']);
  const url = (JSON.parse(quiet.line) as { url: string }).url;
  try {
    expect((await fetch(`${url}/_emulator/requests`)).status).toBe(200);
    await injectFault({ url }, { vendor: 'p0', method: 'GET', path: '/o/x/integrations', status: 503, times: 1 });
    expect((await fetch(`${url}/p0/o/x/integrations`)).status).toBe(503);
  } finally {
    expect(await quiet.stop()).toBe(0);
  }
  expect(quiet.stderr()).toBe('emulator: fault #1 on GET /p0/o/x/integrations\ncloudbridge emulate: SIGTERM, shutting down\n');

  const loud = await start(['--port=0']);
  try {
    await fetch(`${(JSON.parse(loud.line) as { url: string }).url}/_emulator/requests`);
  } finally {
    await loud.stop();
  }
  expect(loud.stderr()).toMatch(/^GET \/_emulator\/requests 200 \d+ms\n/);
});

it('a --ready-file that cannot be written stops the emulator with exit 1, before the line', async () => {
  const child = spawn(process.execPath, [script, 'emulate', '--port', '0', '--ready-file', path.join(tmp, 'missing', 'ready.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(1);
  expect(stderr).toMatch(/^cloudbridge emulate: --ready-file .*missing\/ready\.json: ENOENT/);
  expect(stdout).toBe('');
});
