/**
 * The provider process: go-plugin handshake, then gRPC.
 *
 * Start-up is tuned for Terraform starting the provider 3-4 times per
 * command: only node builtins are loaded before the handshake line. The unix
 * socket is listening (so Terraform's connect succeeds at once) before the
 * line is printed; gRPC (grpc-js, protobuf, codecs: ./rpc-server) loads right
 * after and takes over the queued connections; the provider implementation
 * loads on the first RPC.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SchemaCatalog } from './provider-rpc';
import type { ProviderService } from './service';
import { createLogger, type Logger } from './log';
import type { RpcServerOptions } from './rpc-server';
import { loadBundle } from './code-cache';

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
export const CORE_PROTOCOL_VERSION = 1;
export const APP_PROTOCOL_VERSION = 6;

export interface ServeOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly logger?: Logger;
  /** Provider name for the friendly message when run by hand. */
  readonly name?: string;
  /** The precomputed schema catalog (read on first use); without it the schema comes from the loaded provider. */
  readonly catalog?: () => SchemaCatalog | undefined;
}

const NOT_BY_HAND = (name: string) => `This binary is a plugin. These are not meant to be executed directly.
Please execute the program that consumes these plugins, which will
load any plugins automatically.

${name} is the cloudbridge Terraform provider. Install it with
"cloudbridge install --plugin-dir DIR" and let Terraform start it.
`;

export interface HandshakeSetup {
  readonly socketDir: string;
  readonly socketPath: string;
  readonly tls?: { readonly certPem: string; readonly keyPem: string; readonly clientCertPem: string };
  /** The 6th field: the server certificate's DER in base64 without padding, or "". */
  readonly certField: string;
}

/** Checks the environment Terraform sets; returns an error message when the process must not serve. */
export function checkEnvironment(env: NodeJS.ProcessEnv, name = 'terraform-provider-cloudbridge'): string | undefined {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) return NOT_BY_HAND(name);
  const versions = (env.PLUGIN_PROTOCOL_VERSIONS ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  if (versions.length > 0 && !versions.includes(String(APP_PROTOCOL_VERSION))) {
    return `This provider speaks plugin protocol ${APP_PROTOCOL_VERSION}, but the client offers only ${versions.join(', ')}. Use Terraform 1.0 or later.\n`;
  }
  return undefined;
}

export function handshakeLine(socketPath: string, certField: string): string {
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|unix|${socketPath}|grpc|${certField}\n`;
}

function setup(env: NodeJS.ProcessEnv): HandshakeSetup {
  const base = env.PLUGIN_UNIX_SOCKET_DIR || os.tmpdir();
  const socketDir = fs.mkdtempSync(path.join(base, 'plugin-cb-'));
  fs.chmodSync(socketDir, 0o700);
  const socketPath = path.join(socketDir, 'grpc.sock');
  const clientCertPem = env.PLUGIN_CLIENT_CERT;
  if (!clientCertPem) return { socketDir, socketPath, certField: '' };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { selfSignedCert } = require('./x509') as typeof import('./x509');
  const cert = selfSignedCert();
  return {
    socketDir,
    socketPath,
    tls: { certPem: cert.certPem, keyPem: cert.keyPem, clientCertPem },
    certField: cert.certDer.toString('base64').replace(/=+$/, ''),
  };
}

/**
 * Runs the provider process: handshake on stdout, gRPC on a unix socket.
 * `load` is called once, on the first RPC that needs the provider.
 */
export function serve(load: () => ProviderService, opts: ServeOptions = {}): void {
  const env = opts.env ?? process.env;
  const problem = checkEnvironment(env, opts.name);
  if (problem) {
    process.stderr.write(problem);
    process.exit(1);
  }
  const logger = opts.logger ?? createLogger();

  let hs: HandshakeSetup;
  try {
    hs = setup(env);
  } catch (e) {
    process.stderr.write(`cloudbridge: cannot prepare the plugin socket: ${(e as Error).message}\n`);
    process.exit(1);
  }

  let cleaned = false;
  const cleanup = () => {
    if (cleaned) return;
    cleaned = true;
    try {
      fs.rmSync(hs.socketDir, { recursive: true, force: true });
    } catch {
      // best effort: the process is exiting
    }
  };
  const exit = (code: number) => {
    cleanup();
    process.exit(code);
  };
  process.on('exit', cleanup);
  // A closed stderr (Terraform gone) must not turn every log line into an uncaught error.
  process.stderr.on('error', () => undefined);
  // Terraform forwards Ctrl-C as StopProvider; the signal itself must not kill us.
  process.on('SIGINT', () => logger.debug('ignoring SIGINT; waiting for StopProvider'));
  process.on('SIGTERM', () => exit(0));
  process.on('SIGHUP', () => exit(0));
  process.on('uncaughtException', (err) => logger.error('uncaught exception', { error: err, stack: err.stack }));
  process.on('unhandledRejection', (err) => logger.error('unhandled rejection', { error: err }));
  // If Terraform dies without Shutdown (SIGKILL), do not linger as an orphan.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) exit(0);
  }, 1000).unref();

  // Connections that arrive before gRPC is loaded wait here, unread.
  const queued: net.Socket[] = [];
  let accept: ((s: net.Socket) => void) | undefined;
  const listener = net.createServer({ pauseOnConnect: true }, (socket) => (accept ? accept(socket) : queued.push(socket)));
  listener.on('error', (err) => {
    logger.error('plugin socket failed', { error: err });
    exit(1);
  });
  listener.listen(hs.socketPath, () => {
    fs.writeSync(1, handshakeLine(hs.socketPath, hs.certField));
    setImmediate(() => {
      try {
        const rpc = loadBundle<typeof import('./rpc-server')>(__dirname, 'rpc-server', () =>
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require('./rpc-server'),
        );
        const options: RpcServerOptions = { load, catalog: opts.catalog, logger, tls: hs.tls, exit, cleanup };
        const inject = rpc.startRpcServer(options);
        accept = inject;
        for (const s of queued.splice(0)) inject(s);
      } catch (e) {
        logger.error('cannot start the gRPC server', { error: e as Error });
        process.stderr.write(`cloudbridge: cannot start the gRPC server: ${(e as Error).stack ?? String(e)}\n`);
        exit(1);
      }
    });
  });
}
