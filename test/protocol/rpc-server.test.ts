/**
 * The gRPC server in-process (no handshake): connections injected the way
 * serve.ts injects them, driven with a real grpc-js client over a unix socket.
 */
import * as grpc from '@grpc/grpc-js';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { plugin } from '../../src/protocol/generated/proto';
import { nullLogger } from '../../src/protocol/log';
import { startRpcServer } from '../../src/protocol/rpc-server';
import { createProvider } from './fixtures/fake-provider';
import { client, unary } from './helpers';

describe('plugin.GRPCController/Shutdown', () => {
  let dir: string;
  let listener: net.Server;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-rpc-'));
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => (listener ? listener.close(() => resolve()) : resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('removes the socket before it answers, then exits 0', async () => {
    const calls: string[] = [];
    const inject = startRpcServer({
      load: createProvider,
      logger: nullLogger,
      cleanup: () => calls.push('cleanup'),
      exit: (code) => calls.push(`exit ${code}`),
    });
    const socketPath = path.join(dir, 'grpc.sock');
    const sockets: net.Socket[] = [];
    listener = net.createServer({ pauseOnConnect: true }, (s) => {
      sockets.push(s);
      inject(s);
    });
    await new Promise<void>((resolve) => listener.listen(socketPath, resolve));
    const c = client(socketPath, grpc.credentials.createInsecure());
    try {
      await unary(c, '/plugin.GRPCController/Shutdown', plugin.Empty, plugin.Empty, {});
      calls.push('reply');
      // go-plugin SIGKILLs a plugin still alive 2 s after Shutdown; by the time the reply arrives the socket is already gone.
      expect(calls[0]).toBe('cleanup');
      const t0 = Date.now();
      while (!calls.includes('exit 0') && Date.now() - t0 < 2000) await new Promise((r) => setTimeout(r, 5));
      // The exit timer may fire before or after the reply reaches us; both come after the cleanup, once each.
      expect([...calls].sort()).toEqual(['cleanup', 'exit 0', 'reply']);
    } finally {
      c.close();
      for (const s of sockets) s.destroy();
    }
  });
});
