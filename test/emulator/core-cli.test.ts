/**
 * `cloudbridge emulate` as a process: the one JSON line on stdout, logs on
 * stderr, clean shutdown on SIGTERM/SIGINT, and `--data` persistence across a
 * restart. Also that the data file is replaced atomically: a reader polling
 * it while another process rewrites it never sees a partial document.
 *
 * The process runs the CLI's `emulate` (src/cli.ts) bundled with esbuild, so this test does
 * not depend on `npm run build`. When dist/cli/cli.js exists, the real
 * `bin/cloudbridge.js emulate` is exercised as well.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const repo = resolve(__dirname, '../..');
let dir: string;
let emulateScript: string;
let writerScript: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cloudbridge-emulate-cli-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `import { runCli } from ${JSON.stringify(join(repo, 'src/cli'))};\nrunCli(['emulate', ...process.argv.slice(2)]).then((code) => process.exit(code));\n`);
  emulateScript = join(dir, 'emulate.js');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: emulateScript, logLevel: 'silent' });

  const writerEntry = join(dir, 'writer.ts');
  writeFileSync(
    writerEntry,
    `import { writeFileAtomic } from ${JSON.stringify(join(repo, 'src/emulator/persistence'))};
const [file, rounds] = [process.argv[2]!, Number(process.argv[3])];
for (let i = 0; i < rounds; i++) writeFileAtomic(file, JSON.stringify({ round: i, pad: 'x'.repeat(200_000 + (i % 7) * 10_000) }));
`,
  );
  writerScript = join(dir, 'writer.js');
  buildSync({ entryPoints: [writerEntry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: writerScript, logLevel: 'silent' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Emulate {
  readonly child: ChildProcessWithoutNullStreams;
  readonly line: Record<string, unknown> & { url: string; tokens: Record<string, unknown>; ids: Record<string, string>; endpoints: Record<string, string> };
  stdout(): string;
  stderr(): string;
  exit(): Promise<number | null>;
}

async function emulate(command: string[], args: string[]): Promise<Emulate> {
  const child = spawn(process.execPath, [...command, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  const line = await new Promise<string>((resolveLine, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolveLine(stdout.slice(0, newline));
    });
    void exited.then((code) => reject(new Error(`emulator exited (${code}) before printing its line: ${stderr}`)));
  });
  return { child, line: JSON.parse(line) as Emulate['line'], stdout: () => stdout, stderr: () => stderr, exit: () => exited };
}

async function stop(run: Emulate, signal: NodeJS.Signals): Promise<number | null> {
  run.child.kill(signal);
  return run.exit();
}

it('prints exactly one JSON line with the documented keys, logs to stderr, and keeps state across a restart with --data', async () => {
  const dataFile = join(dir, 'emulator.json');
  const first = await emulate([emulateScript], ['--port', '0', '--data', dataFile]);
  const { line } = first;
  expect(Object.keys(line).sort()).toEqual(['endpoints', 'ids', 'tokens', 'url']);
  expect(line.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(Object.keys(line.endpoints).sort()).toEqual(['avisi', 'aws', 'cloudflare', 'northflank', 'p0', 'qtangl']);
  expect(line.endpoints['cloudflare']).toBe(`${line.url}/cloudflare/client/v4`);
  expect(line.endpoints['p0']).toBe(`${line.url}/p0`);
  expect(Object.keys(line.tokens).sort()).toEqual(['avisi', 'cloudflare', 'northflank', 'p0', 'qtangl']);
  expect(Object.keys(line.tokens['qtangl'] as object).sort()).toEqual(['admin', 'operator', 'viewer']);
  expect(Object.keys(line.ids).sort()).toEqual(['avisi_organisation', 'cloudflare_account', 'p0_org']);

  // Change some state out of band, in whichever registered api comes first.
  const counts = await fetch(`${line.url}/_emulator/requests`);
  expect(counts.status).toBe(200);
  const api = ['cloudflare', 'p0', 'avisi', 'northflank', 'qtangl', 'aws'].find((name) => line.endpoints[name]) as string;
  const patched = await fetch(`${line.url}/_emulator/state/${api}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"cliTestMarker":"kept"}' });
  expect(patched.status).toBe(200);
  await fetch(`${line.url}/_emulator/clock`, { method: 'POST', body: '{"advanceMs": 7200000}' });

  expect(await stop(first, 'SIGTERM')).toBe(0);
  expect(first.stdout().trimEnd().split('\n')).toHaveLength(1);
  expect(first.stderr()).toContain('GET /_emulator/requests 200');

  const second = await emulate([emulateScript], ['--port', '0', '--data', dataFile]);
  try {
    expect(second.line.tokens).toEqual(line.tokens);
    expect(second.line.ids).toEqual(line.ids);
    const state = (await (await fetch(`${second.line.url}/_emulator/state/${api}`)).json()) as Record<string, unknown>;
    expect(state['cliTestMarker']).toBe('kept');
    const clock = (await (await fetch(`${second.line.url}/_emulator/clock`)).json()) as { now: number };
    expect(clock.now - Date.now()).toBeGreaterThan(7_100_000);
  } finally {
    expect(await stop(second, 'SIGINT')).toBe(0);
  }
});

it('draws new identities without --data', async () => {
  const a = await emulate([emulateScript], ['--port=0']);
  const b = await emulate([emulateScript], ['--port', '0']);
  try {
    expect(a.line.tokens).not.toEqual(b.line.tokens);
    expect(a.line.url).not.toBe(b.line.url);
  } finally {
    await Promise.all([stop(a, 'SIGTERM'), stop(b, 'SIGTERM')]);
  }
});

it('exits 2 with a usage message on a bad option, printing nothing on stdout', async () => {
  const child = spawn(process.execPath, [emulateScript, '--prot', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  expect(code).toBe(2);
  expect(out).toBe('');
  expect(err).toContain('unknown option --prot');
});

it('replaces the data file atomically: a concurrent reader never sees a partial document', async () => {
  const file = join(dir, 'atomic.json');
  writeFileSync(file, JSON.stringify({ round: -1 }));
  const writer = spawn(process.execPath, [writerScript, file, '300'], { stdio: 'ignore' });
  const done = new Promise<number | null>((r) => writer.on('exit', r));
  let finished = false;
  void done.then(() => (finished = true));
  let reads = 0;
  const rounds = new Set<number>();
  while (!finished) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { round: number };
    rounds.add(doc.round);
    reads++;
    await new Promise((r) => setImmediate(r));
  }
  expect(await done).toBe(0);
  expect((JSON.parse(readFileSync(file, 'utf8')) as { round: number }).round).toBe(299);
  expect(reads).toBeGreaterThan(10);
  expect(rounds.size).toBeGreaterThan(2);
});

const builtCli = join(repo, 'dist/cli/cli.js');
(existsSync(builtCli) && existsSync(join(repo, 'bin/cloudbridge.js')) ? it : it.skip)('the built `cloudbridge emulate` prints the same line', async () => {
  const run = await emulate([join(repo, 'bin/cloudbridge.js'), 'emulate'], ['--port', '0']);
  try {
    expect(Object.keys(run.line).sort()).toEqual(['endpoints', 'ids', 'tokens', 'url']);
  } finally {
    await stop(run, 'SIGTERM');
  }
});
