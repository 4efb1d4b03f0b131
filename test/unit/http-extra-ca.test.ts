/**
 * CLOUDBRIDGE_EXTRA_CA_CERTS (the launcher's stand-in for NODE_EXTRA_CA_CERTS):
 * an HTTPS vendor whose certificate only that file's CA signs is reached, with
 * Node's own roots still trusted; without the file the same call fails on the
 * certificate; an unreadable file is a warning and the usual roots.
 */
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { closeHttpPools, EXTRA_CA_CERTS_ENV, HttpClient } from '../../src/http/client';
import { NetworkError } from '../../src/http/errors';
import { selfSignedCert } from '../../src/protocol/x509';

let server: Server;
let baseUrl: string;
let dir: string;
const cert = selfSignedCert('localhost');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-extra-ca-'));
  fs.writeFileSync(path.join(dir, 'ca.pem'), cert.certPem);
  server = createServer({ key: cert.keyPem, cert: cert.certPem }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `https://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  delete process.env[EXTRA_CA_CERTS_ENV];
  await closeHttpPools();
});

const client = () => new HttpClient({ baseUrl, vendor: 'example', authHeaders: { authorization: 'Bearer t0ken-abc' }, userAgent: 'test', retry: { maxAttempts: 1 } });

test('with the file: the vendor signed by its CA is reached', async () => {
  process.env[EXTRA_CA_CERTS_ENV] = path.join(dir, 'ca.pem');
  const res = await client().request({ method: 'GET', path: '/thing' });
  expect({ status: res.status, body: res.body }).toEqual({ status: 200, body: { ok: true } });
});

test('without it, the same certificate is refused', async () => {
  const err = await client()
    .request({ method: 'GET', path: '/thing' })
    .then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(NetworkError);
  expect(String((err as Error).message)).toMatch(/certificate/i);
});

test('a file that cannot be read is a warning, and the usual roots', async () => {
  process.env[EXTRA_CA_CERTS_ENV] = path.join(dir, 'missing.pem');
  const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  try {
    const err = await client()
      .request({ method: 'GET', path: '/thing' })
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^Ignoring extra certs from `.*missing\.pem`, load failed: .*ENOENT/)]);
  } finally {
    warn.mockRestore();
  }
});
