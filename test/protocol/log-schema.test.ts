import { createLogger, logLevelFromEnv, redact, registerSecret, timestamp } from '../../src/protocol/log';
import { blockToProto, diagnosticToProto, impliedType, pathToProto } from '../../src/protocol/schema';
import { createProviderHandlers } from '../../src/protocol/provider-rpc';
import { encodeMsgpack } from '../../src/protocol/codec';
import { createProvider } from './fixtures/fake-provider';
import type { tfplugin6 } from '../../src/protocol/generated/proto';

describe('logger', () => {
  test('level from TF_LOG_PROVIDER, then TF_LOG; unset is off', () => {
    expect(logLevelFromEnv({})).toBe('off');
    expect(logLevelFromEnv({ TF_LOG: 'DEBUG' })).toBe('debug');
    expect(logLevelFromEnv({ TF_LOG: 'json' })).toBe('trace');
    expect(logLevelFromEnv({ TF_LOG: 'trace', TF_LOG_PROVIDER: 'warn' })).toBe('warn');
    expect(logLevelFromEnv({ TF_LOG: 'off' })).toBe('off');
  });

  test('@timestamp has the microsecond layout go-plugin parses (else it relays the raw line at DEBUG)', () => {
    expect(timestamp(new Date(Date.UTC(2026, 11, 1, 5, 4, 15, 894)))).toBe('2026-12-01T05:04:15.894000Z');
    expect(timestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)))).toBe('2026-01-02T03:04:05.006000Z');
  });

  test('hclog JSON lines, filtered by level, with fields and redaction', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', module: 'provider.test', write: (l) => lines.push(l) }).with({ tf_rpc: 'X' });
    log.debug('hidden');
    registerSecret('s3cr3t-value');
    registerSecret('ab'); // too short to register
    log.warn('token s3cr3t-value leaked?', { header: 'Bearer s3cr3t-value', nested: { list: ['s3cr3t-value'] }, n: 1, err: new Error('bad s3cr3t-value') });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    const obj = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(obj).toEqual({
      '@level': 'warn',
      '@message': 'token *** leaked?',
      '@module': 'provider.test',
      // go-plugin's layout 2006-01-02T15:04:05.000000Z07:00: exactly six fractional digits.
      '@timestamp': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
      tf_rpc: 'X',
      header: 'Bearer ***',
      nested: { list: ['***'] },
      n: 1,
      err: 'bad ***',
    });
    expect(redact('ab s3cr3t-value')).toBe('ab ***');
  });
});

describe('schema conversion', () => {
  const block = {
    attributes: [
      { name: 'id', type: 'string' as const, computed: true },
      { name: 'tags', type: ['map', 'string'] as const, optional: true, description: 'Tags.', descriptionKind: 'markdown' as const },
      { name: 'pw_wo', type: 'string' as const, optional: true, writeOnly: true, sensitive: true },
      {
        name: 'creds',
        optional: true,
        nestedType: { nesting: 'single' as const, attributes: [{ name: 'key', type: 'string' as const, required: true }, { name: 'v', type: 'number' as const, optional: true }] },
      },
    ],
    blockTypes: [
      { typeName: 'rule', nesting: 'list' as const, minItems: 1, maxItems: 3, block: { attributes: [{ name: 'x', type: 'bool' as const, optional: true }] } },
      { typeName: 'dyn', nesting: 'list' as const, block: { attributes: [{ name: 'd', type: 'dynamic' as const, optional: true }] } },
      { typeName: 'one', nesting: 'single' as const, block: { attributes: [] } },
    ],
  };

  test('implied type of a block', () => {
    expect(impliedType(block)).toEqual([
      'object',
      {
        id: 'string',
        tags: ['map', 'string'],
        pw_wo: 'string',
        creds: ['object', { key: 'string', v: 'number' }, ['v']],
        rule: ['list', ['object', { x: 'bool' }]],
        dyn: 'dynamic',
        one: ['object', {}],
      },
    ]);
  });

  test('block to protobuf', () => {
    const p = blockToProto(block, 2);
    expect(p.version).toBe(2);
    const attrs = p.attributes!;
    expect(Buffer.from(attrs[1]!.type!).toString()).toBe('["map","string"]');
    expect(attrs[1]).toMatchObject({ description: 'Tags.', descriptionKind: 1, optional: true });
    expect(attrs[2]).toMatchObject({ writeOnly: true, sensitive: true });
    expect(attrs[3]!.type).toBeUndefined();
    expect(attrs[3]!.nestedType).toMatchObject({ nesting: 1, attributes: [{ name: 'key', required: true }, { name: 'v', optional: true }] });
    expect(p.blockTypes![0]).toMatchObject({ typeName: 'rule', nesting: 2, minItems: 1, maxItems: 3 });
  });

  test('diagnostics and attribute paths', () => {
    expect(pathToProto([{ attribute: 'a' }, { key: 'k' }, { index: 2 }])).toEqual({
      steps: [{ attributeName: 'a' }, { elementKeyString: 'k' }, { elementKeyInt: 2 }],
    });
    expect(diagnosticToProto({ severity: 'warning', summary: 's' })).toEqual({ severity: 2, summary: 's', detail: '' });
  });
});

describe('provider handlers (in process)', () => {
  test('the provider loads lazily, once', async () => {
    let loads = 0;
    const h = createProviderHandlers({ load: () => (loads++, createProvider()), logger: createLogger({ level: 'off' }) });
    expect(loads).toBe(0);
    await h.getProviderSchema();
    await h.getMetadata();
    expect(loads).toBe(1);
  });

  test('a provider that fails to load yields diagnostics, not a crash', async () => {
    const h = createProviderHandlers({
      load: () => {
        throw new Error('boom');
      },
      logger: createLogger({ level: 'off' }),
    });
    const res = await h.getProviderSchema();
    expect(res.diagnostics).toEqual([{ severity: 1, summary: 'GetProviderSchema failed', detail: 'boom' }]);
    expect(res.serverCapabilities).toMatchObject({ planDestroy: true });
  });

  test('unknown type names and data source exceptions are error diagnostics', async () => {
    const h = createProviderHandlers({ load: createProvider, logger: createLogger({ level: 'off' }) });
    const unknown = await h.readResource({ typeName: 'fake_nope', currentState: { msgpack: encodeMsgpack('string', 'x') }, private: new Uint8Array() } as tfplugin6.ReadResource.Request);
    expect(unknown.diagnostics).toEqual([{ severity: 1, summary: 'ReadResource failed', detail: 'This provider has no resource type "fake_nope".' }]);
    const ds = await h.readDataSource({ typeName: 'fake_ds' } as tfplugin6.ReadDataSource.Request);
    expect(ds.diagnostics).toHaveLength(1);
  });

  test('StopProvider aborts the signal of in-flight calls and later calls get a fresh one', async () => {
    const signals: AbortSignal[] = [];
    const base = createProvider();
    const h = createProviderHandlers({
      load: () => ({
        ...base,
        async readResource(req, ctx) {
          signals.push(ctx.signal);
          return base.readResource(req, ctx);
        },
      }),
      logger: createLogger({ level: 'off' }),
    });
    const t = impliedType(base.getProviderSchema().resourceSchemas.fake_thing!.block);
    const req = { typeName: 'fake_thing', currentState: { msgpack: encodeMsgpack(t, null) }, private: new Uint8Array() } as tfplugin6.ReadResource.Request;
    await h.readResource(req);
    await h.stopProvider();
    await h.readResource(req);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });
});
