/**
 * `cloudbridge schema | head -c 100`: a reader that closes the pipe early must
 * not make the command die with an EPIPE stack trace. Runs the built command
 * (bin/cloudbridge.js -> dist/cli/cli.js), so it is skipped before a build.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '..', '..');
const bin = path.join(repo, 'bin', 'cloudbridge.js');
const built = existsSync(path.join(repo, 'dist', 'cli', 'cli.js'));

function run(args: readonly string[], closeStdout: boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // Closing our end before the command writes makes its first write fail with EPIPE.
  if (closeStdout) child.stdout.destroy();
  else child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

(built ? describe : describe.skip)('cloudbridge command stdout', () => {
  it('schema prints one JSON document when read to the end', async () => {
    const r = await run(['schema'], false);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const doc = JSON.parse(r.stdout) as { format_version: string; provider_schemas: Record<string, unknown> };
    expect(doc.format_version).toBe('1.0');
    expect(Object.keys(doc.provider_schemas)).toEqual(['registry.terraform.io/cloudbridge/cloudbridge']);
  });

  it('schema into a closed pipe exits 0 without a stack trace', async () => {
    const r = await run(['schema'], true);
    expect({ code: r.code, signal: r.signal, stderr: r.stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  });

  it('--help into a closed pipe exits 0 without a stack trace', async () => {
    const r = await run(['--help'], true);
    expect({ code: r.code, signal: r.signal, stderr: r.stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  });
});
