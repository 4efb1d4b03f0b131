/**
 * tfplugin6.Provider calls on top of a ProviderService: decodes every
 * DynamicValue with the schema's type, encodes results back, maps
 * diagnostics, and turns every exception into an error diagnostic. Knows
 * protobuf message shapes but not gRPC, so tests can drive it directly.
 *
 * The schema and the cty types of every type come from a SchemaCatalog that
 * the build precomputes from the declarations (src/protocol/catalog.ts), so
 * that GetProviderSchema loads nothing of the provider, and any other call
 * loads only the service and the types it touches. Without a catalog (tests,
 * tsc output) they come from the service's own getProviderSchema().
 */
import { tfplugin6 } from './generated/proto';
import type { CtyType, CtyValue } from './values';
import type {
  AttributePath,
  CallContext,
  ClientCapabilities,
  Diagnostic,
  ProviderSchemas,
  ProviderService,
} from './service';
import type { Logger } from './log';
import { CodecError, decodeDynamicValue, encodeMsgpack, parseJson } from './codec';
import { diagnosticToProto, impliedType, pathToProto, schemaToProto } from './schema';

type DynamicValueIn = tfplugin6.DynamicValue.$Properties | null | undefined;
type DiagList = tfplugin6.Diagnostic.$Properties[];

/** What the protocol layer needs of the schema for every call: the response, and each type's cty type. */
export interface SchemaCatalog {
  /** The encoded GetProviderSchema.Response. */
  readonly schemaResponse: Uint8Array;
  readonly providerType: CtyType;
  readonly resourceTypes: Readonly<Record<string, CtyType>>;
  readonly dataSourceTypes: Readonly<Record<string, CtyType>>;
}

export interface ProviderRpcOptions {
  readonly load: () => ProviderService;
  /** The precomputed schema; undefined (or returning undefined): computed from the service on first use. */
  readonly catalog?: () => SchemaCatalog | undefined;
  readonly logger: Logger;
}

function errorDiag(summary: string, detail: string, attribute?: AttributePath): tfplugin6.Diagnostic.$Properties {
  return diagnosticToProto({ severity: 'error', summary, detail, attribute });
}

function thrownDiag(err: unknown, summary: string): tfplugin6.Diagnostic.$Properties {
  if (err instanceof CodecError) return errorDiag(summary, err.message, err.path);
  const msg = err instanceof Error ? err.message : String(err);
  return errorDiag(summary, msg);
}

/** Provider-level diagnostics: paths run through the vendor blocks, which Terraform follows. */
function diags(list: readonly Diagnostic[] | undefined): DiagList {
  return (list ?? []).map((d) => diagnosticToProto(d));
}

/** Resource and data source diagnostics: paths Terraform can locate in nested attributes. */
function typeDiags(list: readonly Diagnostic[] | undefined): DiagList {
  return (list ?? []).map((d) => diagnosticToProto(d, { nestedAttributes: true }));
}

function caps(c: tfplugin6.ClientCapabilities.$Properties | null | undefined): ClientCapabilities | undefined {
  if (!c) return undefined;
  return { deferralAllowed: !!c.deferralAllowed, writeOnlyAttributesAllowed: !!c.writeOnlyAttributesAllowed };
}

/** protobufjs hands out int64 as a Long object when the `long` package is around. */
function int64(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'toNumber' in v && typeof v.toNumber === 'function') return Number(v.toNumber());
  return Number(v ?? 0);
}

function bytes(b: Uint8Array | null | undefined): Uint8Array {
  return b ?? new Uint8Array();
}

const SERVER_CAPABILITIES: tfplugin6.ServerCapabilities.$Properties = {
  planDestroy: true,
  getProviderSchemaOptional: true,
  moveResourceState: false,
};

/** One response with diagnostics, as every call returns. */
interface WithProtoDiagnostics {
  diagnostics?: DiagList | null;
}

/**
 * The Provider calls, one method each. The ProviderService loads on the
 * first call that needs it (GetProviderSchema, or any typed call).
 */
export class ProviderRpc {
  private readonly logger: Logger;
  private loadedService: ProviderService | undefined;
  private loadedCatalog: SchemaCatalog | undefined;
  private stop = new AbortController();

  constructor(private readonly opts: ProviderRpcOptions) {
    this.logger = opts.logger;
  }

  /** The ProviderService, loaded on the first call that needs it. */
  private service(): ProviderService {
    if (this.loadedService) return this.loadedService;
    const t0 = Date.now();
    this.loadedService = this.opts.load();
    this.logger.debug('provider loaded', { duration_ms: Date.now() - t0 });
    return this.loadedService;
  }

  /** The precomputed catalog, else one built from the service's schema (which loads every type). */
  private catalog(): SchemaCatalog {
    if (this.loadedCatalog) return this.loadedCatalog;
    const precomputed = this.opts.catalog?.();
    this.loadedCatalog = precomputed ?? catalogOf(this.service().getProviderSchema());
    return this.loadedCatalog;
  }

  /** What a service call gets: the stop signal, and the call's logger (labelled by guard). */
  private context(logger: Logger): CallContext {
    return { signal: this.stop.signal, logger };
  }

  private resourceType(name: string): CtyType {
    const t = own(this.catalog().resourceTypes, name);
    if (!t) throw new Error(`This provider has no resource type "${name}".`);
    return t;
  }

  private dataSourceType(name: string): CtyType {
    const t = own(this.catalog().dataSourceTypes, name);
    if (!t) throw new Error(`This provider has no data source type "${name}".`);
    return t;
  }

  /** Runs one call; an exception becomes `fallback` plus an error diagnostic. */
  private async guard<R extends WithProtoDiagnostics>(rpc: string, typeName: string | undefined, fallback: () => R, body: (log: Logger) => Promise<R> | R): Promise<R> {
    const t0 = Date.now();
    const log = this.logger.with(typeName ? { tf_rpc: rpc, tf_resource_type: typeName } : { tf_rpc: rpc });
    log.trace('Received request');
    try {
      const res = await body(log);
      log.trace('Served request', { duration_ms: Date.now() - t0, diagnostic_count: res.diagnostics?.length ?? 0 });
      return res;
    } catch (err) {
      log.error('request failed', { error: err, stack: err instanceof Error ? err.stack : undefined });
      const res = fallback();
      return { ...res, diagnostics: [...(res.diagnostics ?? []), thrownDiag(err, `${rpc} failed`)] };
    }
  }

  async getMetadata(): Promise<tfplugin6.GetMetadata.Response.$Properties> {
    return this.guard<tfplugin6.GetMetadata.Response.$Properties>('GetMetadata', undefined, () => ({ serverCapabilities: SERVER_CAPABILITIES, diagnostics: [] }), () => {
      const c = this.catalog();
      return {
        serverCapabilities: SERVER_CAPABILITIES,
        diagnostics: [],
        resources: Object.keys(c.resourceTypes).map((typeName) => ({ typeName })),
        dataSources: Object.keys(c.dataSourceTypes).map((typeName) => ({ typeName })),
      };
    });
  }

  /** The GetProviderSchema response, as built from the service (which loads every type). */
  async getProviderSchema(): Promise<tfplugin6.GetProviderSchema.Response.$Properties> {
    return this.guard<tfplugin6.GetProviderSchema.Response.$Properties>('GetProviderSchema', undefined, () => ({ serverCapabilities: SERVER_CAPABILITIES, diagnostics: [] }), () =>
      schemaResponse(this.service().getProviderSchema()),
    );
  }

  /** The encoded GetProviderSchema response: the catalog's bytes, without loading the provider, when there is one. */
  async encodedProviderSchema(): Promise<Uint8Array> {
    const t0 = Date.now();
    const precomputed = this.opts.catalog?.();
    if (precomputed) {
      const log = this.logger.with({ tf_rpc: 'GetProviderSchema' });
      log.trace('Received request');
      this.loadedCatalog ??= precomputed;
      log.trace('Served request', { duration_ms: Date.now() - t0, precomputed: true });
      return precomputed.schemaResponse;
    }
    return tfplugin6.GetProviderSchema.Response.encode(await this.getProviderSchema()).finish();
  }

  async getFunctions(): Promise<tfplugin6.GetFunctions.Response.$Properties> {
    return { functions: {}, diagnostics: [] };
  }

  async getResourceIdentitySchemas(): Promise<tfplugin6.GetResourceIdentitySchemas.Response.$Properties> {
    return { identitySchemas: {}, diagnostics: [] };
  }

  async validateProviderConfig(req: tfplugin6.ValidateProviderConfig.Request): Promise<tfplugin6.ValidateProviderConfig.Response.$Properties> {
    return this.guard<tfplugin6.ValidateProviderConfig.Response.$Properties>('ValidateProviderConfig', undefined, () => ({ diagnostics: [] }), async () => {
      const config = decode(this.catalog().providerType, req.config, 'provider configuration');
      const res = await this.service().validateProviderConfig({ config });
      return { diagnostics: diags(res.diagnostics) };
    });
  }

  async configureProvider(req: tfplugin6.ConfigureProvider.Request): Promise<tfplugin6.ConfigureProvider.Response.$Properties> {
    return this.guard<tfplugin6.ConfigureProvider.Response.$Properties>('ConfigureProvider', undefined, () => ({ diagnostics: [] }), async (log) => {
      const config = decode(this.catalog().providerType, req.config, 'provider configuration');
      const res = await this.service().configureProvider(
        { config, terraformVersion: req.terraformVersion, clientCapabilities: caps(req.clientCapabilities) },
        this.context(log),
      );
      return { diagnostics: diags(res.diagnostics) };
    });
  }

  async validateResourceConfig(req: tfplugin6.ValidateResourceConfig.Request): Promise<tfplugin6.ValidateResourceConfig.Response.$Properties> {
    return this.guard<tfplugin6.ValidateResourceConfig.Response.$Properties>('ValidateResourceConfig', req.typeName, () => ({ diagnostics: [] }), async () => {
      const config = decode(this.resourceType(req.typeName), req.config, 'resource configuration');
      const res = await this.service().validateResourceConfig({ typeName: req.typeName, config, clientCapabilities: caps(req.clientCapabilities) });
      return { diagnostics: typeDiags(res.diagnostics) };
    });
  }

  async validateDataResourceConfig(req: tfplugin6.ValidateDataResourceConfig.Request): Promise<tfplugin6.ValidateDataResourceConfig.Response.$Properties> {
    return this.guard<tfplugin6.ValidateDataResourceConfig.Response.$Properties>('ValidateDataResourceConfig', req.typeName, () => ({ diagnostics: [] }), async () => {
      const config = decode(this.dataSourceType(req.typeName), req.config, 'data source configuration');
      const res = await this.service().validateDataResourceConfig({ typeName: req.typeName, config });
      return { diagnostics: typeDiags(res.diagnostics) };
    });
  }

  async upgradeResourceState(req: tfplugin6.UpgradeResourceState.Request): Promise<tfplugin6.UpgradeResourceState.Response.$Properties> {
    return this.guard<tfplugin6.UpgradeResourceState.Response.$Properties>('UpgradeResourceState', req.typeName, () => ({ diagnostics: [] }), async () => {
      const type = this.resourceType(req.typeName);
      const raw = req.rawState;
      let rawState: unknown = null;
      if (raw?.json && raw.json.length > 0) {
        rawState = parseJson(new TextDecoder('utf-8', { fatal: false }).decode(raw.json));
      } else if (raw?.flatmap && Object.keys(raw.flatmap).length > 0) {
        return { diagnostics: [errorDiag('Unsupported state format', 'This provider cannot read legacy flatmap state.')] };
      }
      const res = await this.service().upgradeResourceState({ typeName: req.typeName, version: int64(req.version), rawState });
      const hasError = res.diagnostics.some((d) => d.severity === 'error');
      return {
        upgradedState: hasError && res.upgradedState === null ? undefined : encode(type, res.upgradedState, 'upgraded state'),
        diagnostics: typeDiags(res.diagnostics),
      };
    });
  }

  async readResource(req: tfplugin6.ReadResource.Request): Promise<tfplugin6.ReadResource.Response.$Properties> {
    const fallback = () => ({ newState: req.currentState ?? undefined, private: bytes(req.private), diagnostics: [] });
    return this.guard<tfplugin6.ReadResource.Response.$Properties>('ReadResource', req.typeName, fallback, async (log) => {
      const type = this.resourceType(req.typeName);
      const currentState = decode(type, req.currentState, 'current state');
      const res = await this.service().readResource(
        { typeName: req.typeName, currentState, private: bytes(req.private), clientCapabilities: caps(req.clientCapabilities) },
        this.context(log),
      );
      return { newState: encode(type, res.newState, 'new state'), private: res.private ?? bytes(req.private), diagnostics: typeDiags(res.diagnostics) };
    });
  }

  async planResourceChange(req: tfplugin6.PlanResourceChange.Request): Promise<tfplugin6.PlanResourceChange.Response.$Properties> {
    const fallback = () => ({ plannedState: req.proposedNewState ?? undefined, plannedPrivate: bytes(req.priorPrivate), diagnostics: [] });
    return this.guard<tfplugin6.PlanResourceChange.Response.$Properties>('PlanResourceChange', req.typeName, fallback, async (log) => {
      const type = this.resourceType(req.typeName);
      const res = await this.service().planResourceChange(
        {
          typeName: req.typeName,
          priorState: decode(type, req.priorState, 'prior state'),
          proposedNewState: decode(type, req.proposedNewState, 'proposed new state'),
          config: decode(type, req.config, 'configuration'),
          priorPrivate: bytes(req.priorPrivate),
          clientCapabilities: caps(req.clientCapabilities),
        },
        this.context(log),
      );
      return {
        plannedState: encode(type, res.plannedState, 'planned state'),
        requiresReplace: res.requiresReplace.map(pathToProto),
        plannedPrivate: res.plannedPrivate ?? bytes(req.priorPrivate),
        diagnostics: typeDiags(res.diagnostics),
      };
    });
  }

  async applyResourceChange(req: tfplugin6.ApplyResourceChange.Request): Promise<tfplugin6.ApplyResourceChange.Response.$Properties> {
    // On a crash keep what existed before: Terraform then keeps the prior object in state.
    const fallback = () => ({ newState: req.priorState ?? undefined, private: bytes(req.plannedPrivate), diagnostics: [] });
    return this.guard<tfplugin6.ApplyResourceChange.Response.$Properties>('ApplyResourceChange', req.typeName, fallback, async (log) => {
      const type = this.resourceType(req.typeName);
      const res = await this.service().applyResourceChange(
        {
          typeName: req.typeName,
          priorState: decode(type, req.priorState, 'prior state'),
          plannedState: decode(type, req.plannedState, 'planned state'),
          config: decode(type, req.config, 'configuration'),
          plannedPrivate: bytes(req.plannedPrivate),
        },
        this.context(log),
      );
      return { newState: encode(type, res.newState, 'new state'), private: res.private ?? new Uint8Array(), diagnostics: typeDiags(res.diagnostics) };
    });
  }

  async importResourceState(req: tfplugin6.ImportResourceState.Request): Promise<tfplugin6.ImportResourceState.Response.$Properties> {
    return this.guard<tfplugin6.ImportResourceState.Response.$Properties>('ImportResourceState', req.typeName, () => ({ diagnostics: [] }), async (log) => {
      this.resourceType(req.typeName);
      const res = await this.service().importResourceState(
        { typeName: req.typeName, id: req.id, clientCapabilities: caps(req.clientCapabilities) },
        this.context(log),
      );
      return {
        importedResources: res.importedResources.map((r) => ({
          typeName: r.typeName,
          state: encode(this.resourceType(r.typeName), r.state, 'imported state'),
          private: r.private ?? new Uint8Array(),
        })),
        diagnostics: typeDiags(res.diagnostics),
      };
    });
  }

  async readDataSource(req: tfplugin6.ReadDataSource.Request): Promise<tfplugin6.ReadDataSource.Response.$Properties> {
    return this.guard<tfplugin6.ReadDataSource.Response.$Properties>('ReadDataSource', req.typeName, () => ({ diagnostics: [] }), async (log) => {
      const type = this.dataSourceType(req.typeName);
      const res = await this.service().readDataSource(
        { typeName: req.typeName, config: decode(type, req.config, 'configuration'), clientCapabilities: caps(req.clientCapabilities) },
        this.context(log),
      );
      return { state: encode(type, res.state, 'data source state'), diagnostics: typeDiags(res.diagnostics) };
    });
  }

  /** Aborts every in-flight call's signal; later calls get a fresh one. */
  async stopProvider(): Promise<tfplugin6.StopProvider.Response.$Properties> {
    this.logger.info('StopProvider: cancelling in-flight calls');
    const old = this.stop;
    this.stop = new AbortController();
    old.abort(new Error('Terraform asked the provider to stop (StopProvider)'));
    return { Error: '' };
  }
}

export type ProviderHandlers = ProviderRpc;

export function createProviderHandlers(opts: ProviderRpcOptions): ProviderRpc {
  return new ProviderRpc(opts);
}

/** Decodes or reports: a bad value becomes a diagnostic that names the field. */
function decode(type: CtyType, dv: DynamicValueIn, what: string): CtyValue {
  try {
    return decodeDynamicValue(type, dv);
  } catch (e) {
    if (e instanceof CodecError) throw new CodecError(`Cannot decode ${what}: ${e.message}`, e.path);
    throw e;
  }
}

function encode(type: CtyType, v: CtyValue, what: string): tfplugin6.DynamicValue.$Properties {
  try {
    return { msgpack: encodeMsgpack(type, v) };
  } catch (e) {
    if (e instanceof CodecError) throw new CodecError(`The provider produced an invalid ${what}: ${e.message}`, e.path);
    throw e;
  }
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The GetProviderSchema response for these schemas. */
function schemaResponse(s: ProviderSchemas): tfplugin6.GetProviderSchema.Response.$Properties {
  const map = (m: ProviderSchemas['resourceSchemas']) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, schemaToProto(v)]));
  return {
    provider: schemaToProto(s.provider),
    resourceSchemas: map(s.resourceSchemas),
    dataSourceSchemas: map(s.dataSourceSchemas),
    functions: {},
    diagnostics: diags(s.diagnostics),
    serverCapabilities: SERVER_CAPABILITIES,
  };
}

/** The catalog of these schemas: what the build writes into dist/provider, and what a provider without one computes. */
export function catalogOf(s: ProviderSchemas): SchemaCatalog {
  const types = (m: ProviderSchemas['resourceSchemas']): Record<string, CtyType> => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, impliedType(v.block)]));
  return {
    schemaResponse: tfplugin6.GetProviderSchema.Response.encode(schemaResponse(s)).finish(),
    providerType: impliedType(s.provider.block),
    resourceTypes: types(s.resourceSchemas),
    dataSourceTypes: types(s.dataSourceSchemas),
  };
}
