import * as grpc from '@grpc/grpc-js';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
const root = path.resolve(__dirname, '../..');

/** Bundles the real provider process around the fake ProviderService, as `npm run build` would. */
export async function buildFakeProvider(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-proto-bundle-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require(path.join(root, 'scripts/build.js')) as {
    bundleProvider(out: string, o: { providerEntry: string }): Promise<string>;
  };
  await build.bundleProvider(dir, { providerEntry: path.join(__dirname, 'fixtures/fake-provider.ts') });
  return dir;
}

export interface Running {
  readonly child: ChildProcessWithoutNullStreams;
  readonly line: string;
  stdout(): string;
  stderr(): string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startProvider(bundle: string, env: NodeJS.ProcessEnv): Promise<Running> {
  const child = spawn(process.execPath, [path.join(bundle, 'plugin-main.js')], { env: { PATH: process.env.PATH, ...env } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no handshake in 20s; stderr: ${err}`)), 20000);
    const check = () => {
      const i = out.indexOf('\n');
      if (i < 0) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve({ child, line: out.slice(0, i), stdout: () => out, stderr: () => err, exited });
    };
    child.stdout.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before the handshake; stderr: ${err}`));
    });
  });
}

export function pemFromDer(der: Buffer): string {
  return `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`.replace(/\n\n/g, '\n');
}

export function client(socketPath: string, creds: grpc.ChannelCredentials): grpc.Client {
  return new grpc.Client(`unix://${socketPath}`, creds, {
    'grpc.ssl_target_name_override': 'localhost',
    'grpc.default_authority': 'localhost',
    'grpc.max_receive_message_length': 64 * 1024 * 1024,
  });
}

/** Only the halves each side needs, so a reply is typed as the decoded message class (not its looser $Properties). */
interface Encoder<T> {
  encode(m: T): { finish(): Uint8Array };
}
interface Decoder<T> {
  decode(b: Uint8Array): T;
}

export function unary<Req, Res>(c: grpc.Client, method: string, req: Encoder<Req>, res: Decoder<Res>, msg: Req, timeoutMs = 15000): Promise<Res> {
  return new Promise((resolve, reject) => {
    c.makeUnaryRequest(
      method,
      (m: Req) => Buffer.from(req.encode(m).finish()),
      (b: Buffer) => res.decode(b),
      msg,
      new grpc.Metadata(),
      { deadline: Date.now() + timeoutMs },
      (err, value) => (err ? reject(err) : resolve(value as Res)),
    );
  });
}

export function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - t0 > timeoutMs) return reject(new Error('timed out'));
      setTimeout(tick, 20);
    };
    tick();
  });
}
