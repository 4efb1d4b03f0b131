/**
 * The schema catalog the build precomputes (dist/provider/schema.pb and
 * types.json, src/protocol/catalog.ts):
 * - it equals, byte for byte, what the declarations give now (a stale build fails here);
 * - the provider process answers GetProviderSchema with it without loading the
 *   provider bundle, and later calls decode by its types, loading the provider then.
 */
import * as grpc from '@grpc/grpc-js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCatalog } from '../../src/protocol/catalog';
import { tfplugin6 } from '../../src/protocol/generated/proto';
import { encodeMsgpack } from '../../src/protocol/codec';
import { catalogOf } from '../../src/protocol/provider-rpc';
import { selfSignedCert } from '../../src/protocol/x509';
import { createProvider } from '../../src/provider';
import { ensureInstalled } from '../acceptance/harness';
import { COOKIE, client, pemFromDer, startProvider, unary, waitFor, type Running } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'provider');

describe('the precomputed schema catalog', () => {
  beforeAll(() => {
    // Builds dist/provider when it is missing or older than src/ (as the acceptance suites do).
    ensureInstalled();
  });

  test('equals the catalog of the declarations: the GetProviderSchema response and every type', () => {
    const shipped = readCatalog(BUNDLE);
    expect(shipped).toBeDefined();
    const fresh = catalogOf(createProvider({}).getProviderSchema());
    expect({ ...shipped!, schemaResponse: undefined }).toEqual({ ...fresh, schemaResponse: undefined });
    expect(Buffer.from(shipped!.schemaResponse).equals(Buffer.from(fresh.schemaResponse))).toBe(true);
    const decoded = tfplugin6.GetProviderSchema.Response.decode(shipped!.schemaResponse);
    expect(Object.keys(decoded.resourceSchemas).sort()).toEqual(Object.keys(fresh.resourceTypes).sort());
    expect(Object.keys(decoded.dataSourceSchemas).sort()).toEqual(Object.keys(fresh.dataSourceTypes).sort());
    expect(decoded.serverCapabilities).toMatchObject({ planDestroy: true, getProviderSchemaOptional: true });
  });

  describe('in the provider process', () => {
    const cert = selfSignedCert();
    let r: Running;
    let c: grpc.Client;
    beforeAll(async () => {
      const sockets = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-catalog-'));
      r = await startProvider(BUNDLE, { TF_PLUGIN_MAGIC_COOKIE: COOKIE, PLUGIN_PROTOCOL_VERSIONS: '6', PLUGIN_UNIX_SOCKET_DIR: sockets, PLUGIN_CLIENT_CERT: cert.certPem, TF_LOG: 'debug' });
      const fields = r.line.split('|');
      c = client(fields[3]!, grpc.credentials.createSsl(Buffer.from(pemFromDer(Buffer.from(fields[5]!, 'base64'))), Buffer.from(cert.keyPem), Buffer.from(cert.certPem)));
    });
    afterAll(() => {
      c?.close();
      if (r?.child.exitCode === null) r.child.kill('SIGKILL');
    });

    test('GetProviderSchema answers the catalog and loads no provider code; a validate loads it then', async () => {
      const P = tfplugin6;
      const res = await unary(c, '/tfplugin6.Provider/GetProviderSchema', P.GetProviderSchema.Request, { decode: (b: Uint8Array) => b }, {} as never);
      expect(Buffer.from(res).equals(fs.readFileSync(path.join(BUNDLE, 'schema.pb')))).toBe(true);
      const meta = await unary(c, '/tfplugin6.Provider/GetMetadata', P.GetMetadata.Request, P.GetMetadata.Response, {} as never);
      expect(meta.resources.map((x) => x.typeName)).toContain('cloudbridge_external_id');
      // The service (provider.js) is loaded on the first call that needs it, and says so at debug level.
      await new Promise((res) => setTimeout(res, 100));
      expect(r.stderr()).not.toContain('provider loaded');

      const type = readCatalog(BUNDLE)!.resourceTypes['cloudbridge_external_id']!;
      const config = { msgpack: encodeMsgpack(type, { id: null, result: null, length: null, keepers: null }) };
      const v = await unary(c, '/tfplugin6.Provider/ValidateResourceConfig', P.ValidateResourceConfig.Request, P.ValidateResourceConfig.Response, {
        typeName: 'cloudbridge_external_id',
        config,
      } as never);
      expect(v.diagnostics).toEqual([]);
      await waitFor(() => r.stderr().includes('provider loaded'));
    });
  });
});
