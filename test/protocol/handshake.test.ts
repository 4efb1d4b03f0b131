/**
 * The built provider process, spawned as Terraform spawns it (go-plugin
 * handshake, AutoMTLS or plaintext), driven with a real gRPC client.
 */
import * as grpc from '@grpc/grpc-js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { grpc as health, plugin, tfplugin6 } from '../../src/protocol/generated/proto';
import { selfSignedCert } from '../../src/protocol/x509';
import { decodeMsgpack, encodeMsgpack } from '../../src/protocol/codec';
import { impliedType } from '../../src/protocol/schema';
import { UNKNOWN, type CtyType } from '../../src/protocol/values';
import { COOKIE, buildFakeProvider, client, pemFromDer, startProvider, unary, waitFor, type Running } from './helpers';

jest.setTimeout(120000);

let bundle: string;
let socketBase: string;
beforeAll(async () => {
  bundle = await buildFakeProvider();
  socketBase = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-sock-'));
});
afterAll(() => {
  fs.rmSync(bundle, { recursive: true, force: true });
  fs.rmSync(socketBase, { recursive: true, force: true });
});

const P = tfplugin6;
const baseEnv = () => ({ TF_PLUGIN_MAGIC_COOKIE: COOKIE, PLUGIN_PROTOCOL_VERSIONS: '5,6', PLUGIN_UNIX_SOCKET_DIR: socketBase });
const running: Running[] = [];
afterEach(() => {
  for (const r of running.splice(0)) if (r.child.exitCode === null) r.child.kill('SIGKILL');
});
async function start(env: NodeJS.ProcessEnv): Promise<Running> {
  const r = await startProvider(bundle, env);
  running.push(r);
  return r;
}

const THING_TYPE: CtyType = impliedType({
  attributes: [
    { name: 'id', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'mode', type: 'string' },
    { name: 'secret_wo', type: 'string' },
    { name: 'settings', nestedType: { nesting: 'list', attributes: [{ name: 'key', type: 'string' }] } },
  ],
  blockTypes: [{ typeName: 'extra', nesting: 'set', block: { attributes: [{ name: 'v', type: 'number' }] } }],
});

type PathMsg = { steps?: { attributeName?: string | null; elementKeyString?: string | null; elementKeyInt?: unknown }[] | null } | null | undefined;
const steps = (p: PathMsg) => (p?.steps ?? []).map((x) => x.attributeName ?? x.elementKeyString ?? Number(x.elementKeyInt));
const diag = (d: { severity?: unknown; summary?: string | null; detail?: string | null; attribute?: PathMsg }) => ({
  severity: d.severity,
  summary: d.summary,
  detail: d.detail,
  ...(d.attribute ? { path: steps(d.attribute) } : {}),
});

describe('run by hand', () => {
  test('without the magic cookie: friendly text on stderr, nothing on stdout, exit 1', async () => {
    await expect(startProvider(bundle, { PLUGIN_PROTOCOL_VERSIONS: '6' })).rejects.toThrow(/exited 1 before the handshake; stderr: This binary is a plugin/);
  });
  test('a client without protocol 6 is refused', async () => {
    await expect(startProvider(bundle, { ...baseEnv(), PLUGIN_PROTOCOL_VERSIONS: '5' })).rejects.toThrow(
      /exited 1 .*speaks plugin protocol 6, but the client offers only 5/s,
    );
  });
});

describe('AutoMTLS', () => {
  const clientCert = selfSignedCert();
  let r: Running;
  let c: grpc.Client;
  let socketPath: string;

  beforeAll(async () => {
    r = await startProvider(bundle, { ...baseEnv(), PLUGIN_CLIENT_CERT: clientCert.certPem });
    const m = /^1\|6\|unix\|(.+)\|grpc\|([A-Za-z0-9+/]+)$/.exec(r.line);
    expect(m).not.toBeNull();
    socketPath = m![1]!;
    const der = Buffer.from(m![2]!, 'base64');
    c = client(socketPath, grpc.credentials.createSsl(Buffer.from(pemFromDer(der)), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem)));
  });
  afterAll(() => {
    c?.close();
    if (r?.child.exitCode === null) r.child.kill('SIGKILL');
  });

  test('handshake line: unix socket in a private dir under PLUGIN_UNIX_SOCKET_DIR, cert DER base64 without padding', () => {
    const fields = r.line.split('|');
    expect(fields.slice(0, 3)).toEqual(['1', '6', 'unix']);
    expect(fields[4]).toBe('grpc');
    expect(path.dirname(path.dirname(socketPath))).toBe(socketBase);
    expect(fs.statSync(path.dirname(socketPath)).mode & 0o777).toBe(0o700);
    expect(fs.statSync(socketPath).isSocket()).toBe(true);
    expect(fields[5]).not.toContain('=');
    const cert = new X509Certificate(Buffer.from(fields[5]!, 'base64'));
    expect(cert.subjectAltName).toBe('DNS:localhost');
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(cert.verify(cert.publicKey)).toBe(true);
  });

  test('health: service "plugin" is SERVING', async () => {
    const res = await unary(c, '/grpc.health.v1.Health/Check', health.health.v1.HealthCheckRequest, health.health.v1.HealthCheckResponse, { service: 'plugin' } as never);
    expect(res.status).toBe(1);
    await expect(
      unary(c, '/grpc.health.v1.Health/Check', health.health.v1.HealthCheckRequest, health.health.v1.HealthCheckResponse, { service: 'nope' } as never),
    ).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });
  });

  test('GetProviderSchema: schema, write_only, nested types and server capabilities', async () => {
    const res = await unary(c, '/tfplugin6.Provider/GetProviderSchema', P.GetProviderSchema.Request, P.GetProviderSchema.Response, {} as never);
    expect(res.diagnostics).toEqual([]);
    expect(res.serverCapabilities).toMatchObject({ planDestroy: true, getProviderSchemaOptional: true });
    const thing = res.resourceSchemas['fake_thing']!;
    expect(Number(thing.version)).toBe(1);
    const attrs = Object.fromEntries(thing.block!.attributes!.map((a) => [a.name, a]));
    expect(Object.keys(attrs)).toEqual(['id', 'name', 'mode', 'secret_wo', 'settings']);
    expect(Buffer.from(attrs.name!.type!).toString()).toBe('"string"');
    expect(attrs.name!.required).toBe(true);
    expect(attrs.name!.description).toBe('The name.');
    expect(attrs.secret_wo).toMatchObject({ writeOnly: true, sensitive: true, optional: true });
    expect(attrs.settings!.nestedType!.nesting).toBe(2);
    expect(attrs.settings!.nestedType!.attributes![0]!.name).toBe('key');
    expect(thing.block!.blockTypes![0]).toMatchObject({ typeName: 'extra', nesting: 3 });
    expect(res.provider!.block!.attributes![0]).toMatchObject({ name: 'token', sensitive: true });
  });

  test('GetMetadata lists the resource types', async () => {
    const res = await unary(c, '/tfplugin6.Provider/GetMetadata', P.GetMetadata.Request, P.GetMetadata.Response, {} as never);
    expect(res.resources.map((x) => x.typeName)).toEqual(['fake_thing']);
    expect(res.serverCapabilities).toMatchObject({ planDestroy: true });
  });

  test('plan and apply round-trip values through msgpack', async () => {
    const proposed = { id: null, name: 'n', mode: null, secret_wo: 'shh', settings: [{ key: 'k' }], extra: [{ v: 1.5 }] };
    const mp = (v: Parameters<typeof encodeMsgpack>[1]) => ({ msgpack: encodeMsgpack(THING_TYPE, v) });
    const plan = await unary(c, '/tfplugin6.Provider/PlanResourceChange', P.PlanResourceChange.Request, P.PlanResourceChange.Response, {
      typeName: 'fake_thing',
      priorState: mp(null),
      proposedNewState: mp(proposed),
      config: mp(proposed),
    } as never);
    expect(plan.diagnostics).toEqual([]);
    expect(decodeMsgpack(THING_TYPE, plan.plannedState!.msgpack!)).toEqual({ ...proposed, id: UNKNOWN, secret_wo: null });
    expect(plan.requiresReplace.map(steps)).toEqual([['name']]);
    expect(Buffer.from(plan.plannedPrivate).toString()).toBe('{"p":1}');

    const apply = await unary(c, '/tfplugin6.Provider/ApplyResourceChange', P.ApplyResourceChange.Request, P.ApplyResourceChange.Response, {
      typeName: 'fake_thing',
      priorState: mp(null),
      plannedState: plan.plannedState,
      config: mp(proposed),
      plannedPrivate: plan.plannedPrivate,
    } as never);
    expect(apply.diagnostics).toEqual([]);
    expect(decodeMsgpack(THING_TYPE, apply.newState!.msgpack!)).toEqual({ ...proposed, id: 'thing-1', secret_wo: null });
  });

  test('validation diagnostics keep their attribute path; exceptions become error diagnostics', async () => {
    const cfg = (name: string) => ({ msgpack: encodeMsgpack(THING_TYPE, { name }) });
    const bad = await unary(c, '/tfplugin6.Provider/ValidateResourceConfig', P.ValidateResourceConfig.Request, P.ValidateResourceConfig.Response, {
      typeName: 'fake_thing',
      config: cfg('bad'),
    } as never);
    expect(bad.diagnostics.map(diag)).toEqual([{ severity: 1, summary: 'Invalid name', detail: 'not "bad"', path: ['name'] }]);
    const thrown = await unary(c, '/tfplugin6.Provider/ValidateResourceConfig', P.ValidateResourceConfig.Request, P.ValidateResourceConfig.Response, {
      typeName: 'fake_thing',
      config: cfg('throw'),
    } as never);
    expect(thrown.diagnostics.map(diag)).toEqual([{ severity: 1, summary: 'ValidateResourceConfig failed', detail: 'validator exploded' }]);
    const garbage = await unary(c, '/tfplugin6.Provider/ValidateResourceConfig', P.ValidateResourceConfig.Request, P.ValidateResourceConfig.Response, {
      typeName: 'fake_thing',
      config: { msgpack: new Uint8Array([0xdd, 0xff, 0xff, 0xff, 0xff]) },
    } as never);
    expect(garbage.diagnostics).toHaveLength(1);
    expect(garbage.diagnostics[0]!.detail).toMatch(/^Cannot decode resource configuration: malformed msgpack/);
  });

  test('StopProvider cancels an in-flight apply through its AbortSignal', async () => {
    const planned = { id: 'x', name: 'n', mode: 'slow', secret_wo: null, settings: null, extra: [] };
    const applying = unary(c, '/tfplugin6.Provider/ApplyResourceChange', P.ApplyResourceChange.Request, P.ApplyResourceChange.Response, {
      typeName: 'fake_thing',
      priorState: { msgpack: encodeMsgpack(THING_TYPE, planned) },
      plannedState: { msgpack: encodeMsgpack(THING_TYPE, planned) },
      config: { msgpack: encodeMsgpack(THING_TYPE, planned) },
    } as never);
    await new Promise((res) => setTimeout(res, 300));
    const stop = await unary(c, '/tfplugin6.Provider/StopProvider', P.StopProvider.Request, P.StopProvider.Response, {} as never);
    expect(stop.Error).toBe('');
    const res = await applying;
    expect(res.diagnostics.map(diag)).toEqual([{ severity: 1, summary: 'Cancelled', detail: 'Error: Terraform asked the provider to stop (StopProvider)' }]);
  });

  test('an invalid value from the provider is a diagnostic with its path', async () => {
    const planned = { id: 'x', name: 'n', mode: 'bad-state', secret_wo: null, settings: null, extra: [] };
    const res = await unary(c, '/tfplugin6.Provider/ApplyResourceChange', P.ApplyResourceChange.Request, P.ApplyResourceChange.Response, {
      typeName: 'fake_thing',
      priorState: { msgpack: encodeMsgpack(THING_TYPE, planned) },
      plannedState: { msgpack: encodeMsgpack(THING_TYPE, planned) },
      config: { msgpack: encodeMsgpack(THING_TYPE, planned) },
    } as never);
    expect(res.diagnostics.map(diag)).toEqual([
      {
        severity: 1,
        summary: 'ApplyResourceChange failed',
        detail: 'The provider produced an invalid new state: expected a string, got a number',
        path: ['id'],
      },
    ]);
    // the prior state is handed back so Terraform keeps the object
    expect(decodeMsgpack(THING_TYPE, res.newState!.msgpack!)).toEqual(planned);
  });

  test('UpgradeResourceState reads JSON raw state; unknown calls answer UNIMPLEMENTED', async () => {
    const up = await unary(c, '/tfplugin6.Provider/UpgradeResourceState', P.UpgradeResourceState.Request, P.UpgradeResourceState.Response, {
      typeName: 'fake_thing',
      version: 0,
      rawState: { json: Buffer.from('{"id":"a","name":"b"}') },
    } as never);
    expect(up.diagnostics).toEqual([]);
    expect(decodeMsgpack(THING_TYPE, up.upgradedState!.msgpack!)).toEqual({ id: 'a', name: 'b', mode: null, secret_wo: null, settings: null, extra: [] });
    await expect(
      unary(c, '/tfplugin6.Provider/MoveResourceState', P.GetFunctions.Request, P.GetFunctions.Response, {} as never),
    ).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
  });

  test('a client whose certificate is not the one Terraform announced is refused', async () => {
    const stranger = selfSignedCert();
    const der = Buffer.from(r.line.split('|')[5]!, 'base64');
    const bad = client(socketPath, grpc.credentials.createSsl(Buffer.from(pemFromDer(der)), Buffer.from(stranger.keyPem), Buffer.from(stranger.certPem)));
    await expect(
      unary(bad, '/grpc.health.v1.Health/Check', health.health.v1.HealthCheckRequest, health.health.v1.HealthCheckResponse, { service: 'plugin' } as never, 3000),
    ).rejects.toMatchObject({ code: expect.any(Number) });
    const noCert = client(socketPath, grpc.credentials.createSsl(Buffer.from(pemFromDer(der))));
    await expect(
      unary(noCert, '/grpc.health.v1.Health/Check', health.health.v1.HealthCheckRequest, health.health.v1.HealthCheckResponse, { service: 'plugin' } as never, 3000),
    ).rejects.toMatchObject({ code: expect.any(Number) });
    const plain = client(socketPath, grpc.credentials.createInsecure());
    await expect(
      unary(plain, '/grpc.health.v1.Health/Check', health.health.v1.HealthCheckRequest, health.health.v1.HealthCheckResponse, { service: 'plugin' } as never, 3000),
    ).rejects.toMatchObject({ code: expect.any(Number) });
    for (const x of [bad, noCert, plain]) x.close();
  });

  test('SIGINT is ignored; Shutdown exits at once and removes the socket; stdout held only the handshake', async () => {
    r.child.kill('SIGINT');
    await new Promise((res) => setTimeout(res, 200));
    const ok = await unary(c, '/grpc.health.v1.Health/Check', health.health.v1.HealthCheckRequest, health.health.v1.HealthCheckResponse, { service: 'plugin' } as never);
    expect(ok.status).toBe(1);
    await unary(c, '/plugin.GRPCController/Shutdown', plugin.Empty, plugin.Empty, {} as never).catch(() => undefined);
    const t0 = Date.now();
    expect(await r.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(fs.existsSync(path.dirname(socketPath))).toBe(false);
    expect(r.stdout()).toBe(`${r.line}\n`);
  });
});

describe('plaintext (TF_DISABLE_PLUGIN_TLS: no PLUGIN_CLIENT_CERT)', () => {
  test('empty cert field, insecure gRPC works, logs are hclog JSON with secrets redacted, SIGTERM cleans up', async () => {
    const r = await start({ ...baseEnv(), TF_LOG: 'trace' });
    const m = /^1\|6\|unix\|(.+)\|grpc\|$/.exec(r.line);
    expect(m).not.toBeNull();
    const socketPath = m![1]!;
    const c = client(socketPath, grpc.credentials.createInsecure());
    const schema = await unary(c, '/tfplugin6.Provider/GetProviderSchema', P.GetProviderSchema.Request, P.GetProviderSchema.Response, {} as never);
    expect(Object.keys(schema.resourceSchemas)).toEqual(['fake_thing']);

    const providerType: CtyType = ['object', { token: 'string' }];
    const conf = await unary(c, '/tfplugin6.Provider/ConfigureProvider', P.ConfigureProvider.Request, P.ConfigureProvider.Response, {
      terraformVersion: '1.11.4',
      config: { msgpack: encodeMsgpack(providerType, { token: 'tok-123456' }) },
    } as never);
    expect(conf.diagnostics).toEqual([]);
    await waitFor(() => r.stderr().includes('configured with'));
    const lines = r.stderr().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const l of lines) {
      expect(Object.keys(l).slice(0, 4)).toEqual(['@level', '@message', '@module', '@timestamp']);
      expect(Number.isNaN(Date.parse(String(l['@timestamp'])))).toBe(false);
    }
    const configured = lines.find((l) => String(l['@message']).startsWith('configured with'))!;
    expect(configured).toMatchObject({ '@level': 'info', '@message': 'configured with ***', tf_rpc: 'ConfigureProvider' });
    expect(r.stderr()).not.toContain('tok-123456');
    expect(lines.some((l) => l['@message'] === 'Received request' && l.tf_rpc === 'GetProviderSchema')).toBe(true);
    c.close();

    r.child.kill('SIGTERM');
    expect((await r.exited).code).toBe(0);
    expect(fs.existsSync(socketPath)).toBe(false);
    expect(r.stdout()).toBe(`${r.line}\n`);
  });

  test('without TF_LOG nothing is logged', async () => {
    const r = await start(baseEnv());
    const c = client(r.line.split('|')[3]!, grpc.credentials.createInsecure());
    await unary(c, '/tfplugin6.Provider/GetProviderSchema', P.GetProviderSchema.Request, P.GetProviderSchema.Response, {} as never);
    c.close();
    r.child.kill('SIGTERM');
    await r.exited;
    expect(r.stderr()).toBe('');
  });
});
