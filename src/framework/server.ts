/**
 * The framework's ProviderService: dispatches each tfplugin6 call to the
 * declared resources and data sources, and applies Terraform's plan and
 * apply rules so that handlers only deal in typed values.
 */
import type {
  AttributePath,
  CallContext,
  ClientCapabilities,
  Diagnostic,
  ProviderSchemas,
  ProviderService,
  Schema,
  WithDiagnostics,
} from '../protocol/service';
import type { Logger } from '../protocol/log';
import { UNKNOWN, type CtyValue } from '../protocol/values';
import { isUnknown } from './unknown';
import type { Attr, Attrs } from './attributes';
import { childPath, Diagnostics, diagnosticFromThrown, formatPath, toPath } from './diagnostics';
import { MissingSettingError, resolveVendorSettings, vendorBlocks, VENDOR_NAMES, type VendorName } from './provider-config';
import type { Context, DataSourceType, JsonObject, PlanContext, ResourceSpec, ResourceType } from './resource';
import { dataSourceSchema, resourceAttributes, resourceSchema, schemaAttributes } from './schema';
import { resolveTimeouts, type TimeoutOperation, type Timeouts } from './timeouts';
import type { ObjectValidator, Validator } from './validators';
import { attrEqual, isFullyKnown, isObject, nullObject, objectEqual, shapeObject, toHandlerValue, type ShapeProblem } from './values';
import type { VendorModule } from './vendor';

export interface FrameworkProviderOptions {
  /** The provider's version, for the user agent. */
  readonly version: string;
  readonly modules: readonly VendorModule[];
  /** Defaults to process.env; tests pass their own. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface FrameworkProvider extends ProviderService {
  readonly resources: ReadonlyMap<string, ResourceType>;
  readonly dataSources: ReadonlyMap<string, DataSourceType>;
}

type Obj = { readonly [k: string]: CtyValue };
const IMPORTED_MARKER = new TextEncoder().encode('{"cloudbridge":"imported"}');

/** The provider block schema: one optional single-nested block per vendor. */
export function providerSchema(): Schema {
  return {
    version: 0,
    block: {
      attributes: [],
      blockTypes: VENDOR_NAMES.map((v) => ({
        typeName: v,
        nesting: 'single' as const,
        block: {
          attributes: schemaAttributes(vendorBlocks[v].attributes),
          description: `${vendorBlocks[v].title} settings. Each falls back to the environment variable \`CLOUDBRIDGE_${v.toUpperCase()}_<ATTRIBUTE>\`.`,
          descriptionKind: 'markdown' as const,
        },
      })),
      description: 'cloudbridge manages SaaS vendors\' cloud integrations. Configure one block per vendor you use.',
      descriptionKind: 'markdown',
    },
  };
}

export function createFrameworkProvider(options: FrameworkProviderOptions): FrameworkProvider {
  const env = options.env ?? process.env;
  const resources = new Map<string, { type: ResourceType; module: VendorModule }>();
  const dataSources = new Map<string, { type: DataSourceType; module: VendorModule }>();
  for (const module of options.modules) {
    for (const r of module.resources) {
      if (resources.has(r.typeName)) throw new Error(`resource type ${r.typeName} is registered twice`);
      resources.set(r.typeName, { type: r, module });
    }
    for (const d of module.dataSources) {
      if (dataSources.has(d.typeName)) throw new Error(`data source type ${d.typeName} is registered twice`);
      dataSources.set(d.typeName, { type: d, module });
    }
  }

  let providerConfig: Obj = {};
  let terraformVersion = 'unknown';
  let providerLogger: Logger | undefined;
  const clients = new Map<VendorName, unknown>();
  let schemas: ProviderSchemas | undefined;

  function clientFor(module: VendorModule, logger: Logger): unknown {
    const vendor = module.vendor;
    if (vendor === null || !module.client) return undefined;
    if (clients.has(vendor)) return clients.get(vendor);
    const settings = resolveVendorSettings(vendor, providerConfig[vendor], env);
    const s = settings as unknown as Record<string, string | null>;
    const tools = {
      need: (attribute: string): string => {
        const v = s[attribute];
        if (v === null || v === undefined) throw new MissingSettingError(vendor, attribute);
        return v;
      },
      userAgent: `cloudbridge/${options.version} (terraform/${terraformVersion})`,
      logger: providerLogger ?? logger,
    };
    const client = (module.client as (settings: unknown, tools: unknown) => unknown)(settings, tools);
    clients.set(vendor, client);
    return client;
  }

  function makeContext(module: VendorModule, call: CallContext, diags: Diagnostics, timeouts: Timeouts, op: TimeoutOperation, typeName: string): Context<unknown> {
    const logger = call.logger.with({ tf_resource_type: typeName, tf_operation: op });
    const started = Date.now();
    return {
      get client() {
        return clientFor(module, logger);
      },
      signal: call.signal,
      logger,
      diags,
      timeouts,
      timeout: timeouts[op],
      deadline: started + timeouts[op],
      sleep: (ms) => sleep(ms, call.signal),
    };
  }

  function lookupResource(typeName: string, diags: Diagnostics) {
    const r = resources.get(typeName);
    if (!r) diags.error('Unknown resource type', `The provider has no resource type "${typeName}".`);
    return r;
  }

  async function guarded<T>(diags: Diagnostics, summary: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof MissingSettingError) diags.error('Missing provider configuration', err.message);
      else diags.add(diagnosticFromThrown(err, summary));
      return undefined;
    }
  }

  /** Shapes a handler's result, reporting problems as errors. */
  function shapeResult(attributes: Attrs, value: unknown, diags: Diagnostics, typeName: string, what: string): Obj | null {
    const problems: ShapeProblem[] = [];
    const shaped = shapeObject(attributes, value, problems);
    for (const p of problems) diags.error(`${typeName}: ${what} returned an invalid value`, `${p.path} ${p.message}.`, p.path === '(root)' ? undefined : p.path);
    return shaped as Obj | null;
  }

  const service: FrameworkProvider = {
    resources: new Map([...resources].map(([k, v]) => [k, v.type])),
    dataSources: new Map([...dataSources].map(([k, v]) => [k, v.type])),

    getProviderSchema(): ProviderSchemas {
      schemas ??= {
        provider: providerSchema(),
        resourceSchemas: Object.fromEntries([...resources].map(([name, r]) => [name, resourceSchema(r.type.spec)])),
        dataSourceSchemas: Object.fromEntries([...dataSources].map(([name, d]) => [name, dataSourceSchema(d.type.spec)])),
      };
      return schemas;
    },

    async validateProviderConfig({ config }) {
      const diags = new Diagnostics();
      if (isObject(config)) {
        for (const v of VENDOR_NAMES) {
          const block = config[v];
          if (isObject(block)) validateObject(vendorBlocks[v].attributes, block, [{ attribute: v }], diags, undefined);
        }
      }
      return { diagnostics: diags.list() };
    },

    async configureProvider({ config, terraformVersion: tv }, ctx) {
      providerConfig = isObject(config) ? config : {};
      terraformVersion = tv || 'unknown';
      providerLogger = ctx.logger;
      clients.clear();
      return { diagnostics: [] };
    },

    async validateResourceConfig({ typeName, config, clientCapabilities }) {
      const diags = new Diagnostics();
      const r = lookupResource(typeName, diags);
      if (r && isObject(config)) {
        const spec = r.type.spec;
        validateTop(resourceAttributes(spec), spec.validators, spec.validateConfig, config, diags, clientCapabilities);
      }
      return { diagnostics: diags.list() };
    },

    async validateDataResourceConfig({ typeName, config }) {
      const diags = new Diagnostics();
      const d = dataSources.get(typeName);
      if (!d) diags.error('Unknown data source type', `The provider has no data source type "${typeName}".`);
      else if (isObject(config)) validateTop(d.type.spec.schema, d.type.spec.validators, d.type.spec.validateConfig, config, diags, undefined);
      return { diagnostics: diags.list() };
    },

    async upgradeResourceState({ typeName, version, rawState }) {
      const diags = new Diagnostics();
      const r = lookupResource(typeName, diags);
      if (!r) return { diagnostics: diags.list(), upgradedState: null };
      const spec = r.type.spec;
      const current = spec.version ?? 0;
      if (version > current) {
        diags.error('Unsupported state version', `The state of ${typeName} was written by a newer provider (schema version ${version}; this provider knows up to ${current}). Upgrade the provider.`);
        return { diagnostics: diags.list(), upgradedState: null };
      }
      let raw: unknown = rawState;
      for (let v = version; v < current; v++) {
        const up = spec.upgraders?.[v];
        if (!up) {
          diags.error('Cannot upgrade state', `${typeName} has no state upgrader from schema version ${v}.`);
          return { diagnostics: diags.list(), upgradedState: null };
        }
        if (!isObject(raw)) break;
        try {
          raw = up(raw as unknown as JsonObject);
        } catch (err) {
          diags.add(diagnosticFromThrown(err, `Cannot upgrade ${typeName} state from version ${v}`));
          return { diagnostics: diags.list(), upgradedState: null };
        }
      }
      const upgradedState = shapeResult(resourceAttributes(spec), raw, diags, typeName, 'state upgrade');
      return { diagnostics: diags.list(), upgradedState };
    },

    async readResource({ typeName, currentState, private: priv }, call) {
      const diags = new Diagnostics();
      const r = lookupResource(typeName, diags);
      if (!r || !isObject(currentState)) return { diagnostics: diags.list(), newState: currentState, private: priv };
      const spec = r.type.spec;
      const attributes = resourceAttributes(spec);
      const imported = sameBytes(priv, IMPORTED_MARKER);
      const timeouts = resolveTimeouts(spec.timeouts ?? {}, currentState.timeouts);
      const ctx = makeContext(r.module, call, diags, timeouts, 'read', typeName);
      const result = await guarded(diags, `Failed to read ${typeName}`, () =>
        spec.read({ state: toHandlerValue(currentState) as never, imported }, ctx),
      );
      const outPriv = imported ? new Uint8Array() : priv;
      if (result === null && !diags.hasErrors) {
        ctx.logger.info('remote object is gone; removing it from state');
        return { diagnostics: diags.list(), newState: null, private: outPriv };
      }
      if (result === undefined || result === null) return { diagnostics: diags.list(), newState: currentState, private: priv };
      const shaped = shapeResult(attributes, result, diags, typeName, 'read');
      if (shaped === null) return { diagnostics: diags.list(), newState: currentState, private: priv };
      return { diagnostics: diags.list(), newState: withTimeouts(attributes, shaped, currentState), private: outPriv };
    },

    async planResourceChange({ typeName, priorState, proposedNewState, config, priorPrivate }, call) {
      const diags = new Diagnostics();
      const r = lookupResource(typeName, diags);
      if (!r || proposedNewState === null || !isObject(proposedNewState)) {
        // Destroy (plan_destroy) or an unknown type: nothing to plan.
        return { diagnostics: diags.list(), plannedState: proposedNewState, requiresReplace: [], plannedPrivate: priorPrivate };
      }
      const spec = r.type.spec;
      const attributes = resourceAttributes(spec);
      const prior = isObject(priorState) ? priorState : null;
      const cfg = isObject(config) ? config : {};
      const replace: AttributePath[] = [];

      const withDefaults = applyDefaults(attributes, cfg, proposedNewState);
      const creating = prior === null;
      const changing = creating || !objectEqual(withoutTimeouts(attributes), withDefaults, prior);
      let planned = planObject(attributes, cfg, withDefaults, prior, [], { creating, changing, replace });

      if (!creating && !spec.update && changing) {
        // No in-place update: any configurable change replaces the resource.
        for (const [name, attr] of Object.entries(spec.schema)) {
          if ((attr.options.required || attr.options.optional) && !attrEqual(attr, prior?.[name] ?? null, planned[name] ?? null)) replace.push([{ attribute: name }]);
        }
      }

      if (spec.modifyPlan) {
        const pctx: PlanContext<unknown> = {
          get client() {
            return clientFor(r.module, call.logger);
          },
          signal: call.signal,
          logger: call.logger.with({ tf_resource_type: typeName, tf_operation: 'plan' }),
          diags,
          sleep: (ms) => sleep(ms, call.signal),
          requiresReplace: (path) => replace.push(toPath(path)),
        };
        const modified = await guarded(diags, `Failed to plan ${typeName}`, async () =>
          spec.modifyPlan!({ config: toHandlerValue(cfg) as never, plan: toHandlerValue(planned) as never, state: prior ? (toHandlerValue(prior) as never) : null }, pctx),
        );
        if (modified) {
          const problems: ShapeProblem[] = [];
          const shaped = shapeObject(attributes, { ...modified, timeouts: planned.timeouts ?? null }, problems, '', { allowUnknown: true });
          for (const p of problems) diags.error(`${typeName}: modifyPlan returned an invalid plan`, `${p.path} ${p.message}.`);
          if (isObject(shaped)) planned = shaped;
        }
      }
      return { diagnostics: diags.list(), plannedState: planned, requiresReplace: dedupePaths(replace), plannedPrivate: priorPrivate };
    },

    async applyResourceChange({ typeName, priorState, plannedState, config, plannedPrivate }, call) {
      const diags = new Diagnostics();
      const r = lookupResource(typeName, diags);
      if (!r) return { diagnostics: diags.list(), newState: priorState };
      const spec = r.type.spec;
      const attributes = resourceAttributes(spec);
      const prior = isObject(priorState) ? priorState : null;
      const planned = isObject(plannedState) ? plannedState : null;
      const cfg = isObject(config) ? config : {};

      if (planned === null) {
        if (prior === null) return { diagnostics: [], newState: null };
        const timeouts = resolveTimeouts(spec.timeouts ?? {}, prior.timeouts);
        const ctx = makeContext(r.module, call, diags, timeouts, 'delete', typeName);
        await guarded(diags, `Failed to delete ${typeName}`, () => spec.delete({ state: toHandlerValue(prior) as never }, ctx));
        // On failure the object still exists: keep it in state.
        return { diagnostics: diags.list(), newState: diags.hasErrors ? prior : null };
      }

      // Write-only timeouts are null in the plan: take them from the configuration.
      const timeouts = resolveTimeouts(spec.timeouts ?? {}, planned.timeouts ?? cfg.timeouts);
      if (prior !== null && objectEqual(withoutTimeouts(attributes), prior, planned)) {
        // Only `timeouts` changed: nothing to send to the vendor.
        return { diagnostics: [], newState: planned, private: plannedPrivate };
      }
      const op = prior === null ? 'create' : 'update';
      const ctx = makeContext(r.module, call, diags, timeouts, op, typeName);
      const req = { config: toHandlerValue(cfg) as never, plan: toHandlerValue(planned) as never };
      const result = await guarded(diags, `Failed to ${op} ${typeName}`, async () => {
        if (prior === null) return spec.create(req, ctx);
        if (!spec.update) throw new Error(`${typeName} cannot be updated in place (this is a provider bug: the plan should have replaced it)`);
        return spec.update({ ...req, state: toHandlerValue(prior) as never }, ctx);
      });
      if (result === undefined || result === null) {
        if (!diags.hasErrors) diags.error(`${typeName}: ${op} returned no state`, 'This is a bug in the provider.');
        return { diagnostics: diags.list(), newState: prior, private: plannedPrivate };
      }
      const shaped = shapeResult(attributes, result, diags, typeName, op);
      if (shaped === null) return { diagnostics: diags.list(), newState: prior, private: plannedPrivate };
      const newState = withTimeouts(attributes, shaped, planned);
      if (!diags.hasErrors) {
        // Terraform rejects a result that contradicts a known planned value; say which attribute, in our words.
        for (const m of planMismatches(attributes, planned, newState, [])) {
          diags.error(
            `${typeName}: ${op} returned a value that differs from the plan`,
            `Attribute ${formatPath(m.path)} was planned as ${m.sensitive ? '(sensitive value)' : show(m.planned)} but the ${op} returned ${m.sensitive ? '(sensitive value)' : show(m.actual)}. This is a bug in the provider.`,
            m.path,
          );
        }
      }
      return { diagnostics: diags.list(), newState, private: plannedPrivate };
    },

    async importResourceState({ typeName, id }) {
      const diags = new Diagnostics();
      const r = lookupResource(typeName, diags);
      if (!r) return { diagnostics: diags.list(), importedResources: [] };
      const spec = r.type.spec;
      const attributes = resourceAttributes(spec);
      let partial: unknown;
      try {
        partial = spec.importer.parse(id, diags);
      } catch (err) {
        diags.add(diagnosticFromThrown(err, `Invalid import id for ${typeName}`));
      }
      if (diags.hasErrors || !isObject(partial)) {
        if (!diags.hasErrors) diags.error('Invalid import id', `Expected an id of the form ${spec.importer.format}, for example ${spec.importer.example}.`);
        return { diagnostics: diags.list(), importedResources: [] };
      }
      const state = shapeResult(attributes, { ...nullObject(attributes), ...partial }, diags, typeName, 'import');
      return {
        diagnostics: diags.list(),
        importedResources: state ? [{ typeName, state, private: IMPORTED_MARKER }] : [],
      };
    },

    async readDataSource({ typeName, config }, call) {
      const diags = new Diagnostics();
      const d = dataSources.get(typeName);
      if (!d || !isObject(config)) {
        diags.error('Unknown data source type', `The provider has no data source type "${typeName}".`);
        return { diagnostics: diags.list(), state: null };
      }
      const spec = d.type.spec;
      const timeouts = resolveTimeouts({}, null);
      const ctx = makeContext(d.module, call, diags, timeouts, 'read', typeName);
      const result = await guarded(diags, `Failed to read ${typeName}`, () => spec.read({ config: toHandlerValue(config) as never }, ctx));
      if (result === undefined || result === null) {
        if (!diags.hasErrors) diags.error(`${typeName}: read returned no state`, 'This is a bug in the provider.');
        return { diagnostics: diags.list(), state: config };
      }
      const shaped = shapeResult(spec.schema, result, diags, typeName, 'read');
      if (!shaped) return { diagnostics: diags.list(), state: config };
      // Arguments are echoed as configured, whatever the handler returned.
      const merged: Record<string, CtyValue> = { ...shaped };
      for (const [name, attr] of Object.entries(spec.schema)) {
        const c = config[name] ?? null;
        if (c !== null && !attr.options.writeOnly && (attr.options.required || attr.options.optional)) merged[name] = c;
      }
      return { diagnostics: diags.list(), state: merged };
    },
  };
  return service;
}

// ---- validation ----------------------------------------------------------------

function validateTop(
  attributes: Attrs,
  validators: readonly ObjectValidator<never>[] | undefined,
  custom: ((config: never, diags: Diagnostics) => void) | undefined,
  config: Obj,
  diags: Diagnostics,
  caps: ClientCapabilities | undefined,
): void {
  validateObject(attributes, config, [], diags, caps);
  const handlerValue = toHandlerValue(config);
  for (const v of validators ?? []) runGuarded(diags, () => (v as ObjectValidator<unknown>).validate(handlerValue as never, { path: [], diags }));
  if (custom) runGuarded(diags, () => custom(handlerValue as never, diags));
}

function runGuarded(diags: Diagnostics, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    diags.add(diagnosticFromThrown(err, 'Validation failed'));
  }
}

function validateObject(attributes: Attrs, value: Obj, path: AttributePath, diags: Diagnostics, caps: ClientCapabilities | undefined): void {
  for (const [name, attr] of Object.entries(attributes)) {
    const v = value[name] ?? null;
    if (v === null || isUnknown(v)) continue;
    const p = childPath(path, name);
    validateAttr(attr, v, p, diags, caps);
  }
}

function validateAttr(attr: Attr, v: CtyValue, p: AttributePath, diags: Diagnostics, caps: ClientCapabilities | undefined): void {
  const o = attr.options;
  if (o.deprecated) diags.warning('Deprecated attribute', o.deprecated, p);
  if (o.writeOnly && caps && caps.writeOnlyAttributesAllowed === false) {
    diags.error('Write-only attribute not supported', 'Write-only attributes need Terraform 1.11 or later.', p);
  }
  const k = attr.kind;
  if (k.type === 'nested') {
    const elements: [CtyValue, AttributePath][] =
      k.nesting === 'single'
        ? [[v, p]]
        : Array.isArray(v)
          ? v.map((e, i) => [e, k.nesting === 'set' ? p : childPath(p, i)] as [CtyValue, AttributePath])
          : isObject(v)
            ? Object.entries(v).map(([key, e]) => [e, childPath(p, { key })] as [CtyValue, AttributePath])
            : [];
    if (k.nesting !== 'single') {
      const n = elements.length;
      if (o.minItems !== undefined && n < o.minItems) diags.error('Too few elements', `At least ${o.minItems} required, got ${n}.`, p);
      if (o.maxItems !== undefined && n > o.maxItems) diags.error('Too many elements', `At most ${o.maxItems} allowed, got ${n}.`, p);
    }
    for (const [e, ep] of elements) {
      if (!isObject(e)) continue;
      validateObject(k.attributes, e, ep, diags, caps);
      const hv = toHandlerValue(e);
      for (const val of (o.validators ?? []) as readonly (Validator<unknown> | ObjectValidator<unknown>)[]) {
        if (val.kind === 'object') runGuarded(diags, () => val.validate(hv as never, { path: ep, diags }));
        else if (isFullyKnown(e)) runGuarded(diags, () => val.validate(hv, { path: ep, diags }));
      }
    }
    return;
  }
  if (!isFullyKnown(v)) return;
  const hv = toHandlerValue(v);
  for (const val of (o.validators ?? []) as readonly Validator<unknown>[]) runGuarded(diags, () => val.validate(hv, { path: p, diags }));
}

// ---- planning ------------------------------------------------------------------

interface PlanState {
  readonly creating: boolean;
  readonly changing: boolean;
  readonly replace: AttributePath[];
}

/** Applies defaults where the configuration is null, and nulls write-only values. */
function applyDefaults(attributes: Attrs, config: Obj | null, proposed: Obj): Obj {
  const out: Record<string, CtyValue> = {};
  for (const [name, attr] of Object.entries(attributes)) {
    const c = config?.[name] ?? null;
    let p = proposed[name] ?? null;
    if (attr.options.writeOnly) p = null;
    else if (c === null && attr.options.default !== undefined) p = attr.options.default as CtyValue;
    else if (attr.kind.type === 'nested' && !isUnknown(p) && p !== null) p = mapNested(attr, c, p, (a, ce, pe) => applyDefaults(a, ce, pe));
    out[name] = p;
  }
  return out;
}

/** Maps each nested object of a nested attribute's value, pairing it with its config object. */
function mapNested(attr: Attr, config: CtyValue, value: CtyValue, fn: (attributes: Attrs, config: Obj | null, value: Obj, key: string | number | null) => Obj): CtyValue {
  const k = attr.kind;
  if (k.type !== 'nested') return value;
  const asObj = (x: CtyValue | undefined): Obj | null => (isObject(x) ? x : null);
  if (k.nesting === 'single') return isObject(value) ? fn(k.attributes, asObj(config), value, null) : value;
  if (k.nesting === 'map') {
    if (!isObject(value)) return value;
    const cfg = asObj(config);
    return Object.fromEntries(Object.entries(value).map(([key, e]) => [key, isObject(e) ? fn(k.attributes, asObj(cfg?.[key]), e, key) : e]));
  }
  if (!Array.isArray(value)) return value;
  const cfgList = Array.isArray(config) ? config : [];
  return value.map((e, i) => {
    if (!isObject(e)) return e;
    const ce = k.nesting === 'list' ? asObj(cfgList[i]) : asObj(cfgList.find((c) => isObject(c) && configMatches(k.attributes, c, e)));
    return fn(k.attributes, ce, e, i);
  });
}

/** For set elements: does this config element produce that proposed element? */
function configMatches(attributes: Attrs, config: Obj, value: Obj): boolean {
  return Object.entries(attributes).every(([name, a]) => {
    const c = config[name] ?? null;
    if (c === null || isUnknown(c) || a.options.writeOnly) return true;
    return attrEqual(a, c, value[name] ?? null);
  });
}

function planObject(attributes: Attrs, config: Obj | null, proposed: Obj, prior: Obj | null, path: AttributePath, st: PlanState): Record<string, CtyValue> {
  const out: Record<string, CtyValue> = {};
  for (const [name, attr] of Object.entries(attributes)) {
    const p = childPath(path, name);
    const c = config?.[name] ?? null;
    const s = prior?.[name] ?? null;
    let v = proposed[name] ?? null;
    const o = attr.options;
    if (o.writeOnly) {
      out[name] = null;
      continue;
    }
    if (c === null && o.computed && o.default === undefined) {
      if (st.creating || st.changing) v = UNKNOWN;
    } else if (attr.kind.type === 'nested' && v !== null && !isUnknown(v)) {
      const k = attr.kind;
      v = mapNested(attr, c, v, (a, ce, pe, key) => {
        let se: CtyValue = null;
        if (key === null) se = s;
        else if (k.nesting === 'set') se = Array.isArray(s) ? (s.find((x) => isObject(x) && configMatches(a, x, pe)) ?? null) : null;
        else se = Array.isArray(s) ? (s[key as number] ?? null) : isObject(s) ? (s[key as string] ?? null) : null;
        const ep = key === null ? p : k.nesting === 'set' ? p : childPath(p, typeof key === 'number' ? key : { key });
        return planObject(a, ce, pe, isObject(se) ? se : null, ep, st);
      });
    }
    for (const pm of o.planModifiers ?? []) {
      const changed = !attrEqual(attr, s, v);
      v = pm.modify(
        { path: p, state: s as never, plan: v as never, config: c as never, creating: st.creating, changed },
        { requiresReplace: () => st.replace.push(p) },
      ) as CtyValue;
    }
    out[name] = v;
  }
  return out;
}

function withoutTimeouts(attributes: Attrs): Attrs {
  if (!('timeouts' in attributes)) return attributes;
  const { timeouts: _t, ...rest } = attributes;
  return rest;
}

/** Copies `timeouts` from the plan (or state) into a handler's result: it is configuration, not remote state. */
function withTimeouts(attributes: Attrs, state: Obj, from: Obj): Obj {
  const timeouts = attributes['timeouts'];
  if (timeouts === undefined) return state;
  return { ...state, timeouts: timeouts.options.writeOnly ? null : (from.timeouts ?? null) };
}

interface Mismatch {
  readonly path: AttributePath;
  readonly planned: CtyValue;
  readonly actual: CtyValue;
  readonly sensitive: boolean;
}

/** Known planned values that the result contradicts. */
export function planMismatches(attributes: Attrs, planned: Obj, actual: Obj, path: AttributePath, sensitive = false): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [name, attr] of Object.entries(attributes)) {
    if (attr.options.writeOnly) continue;
    const p = planned[name] ?? null;
    const a = actual[name] ?? null;
    const ap = childPath(path, name);
    const sens = sensitive || !!attr.options.sensitive;
    if (isUnknown(p)) continue;
    const k = attr.kind;
    if (k.type === 'nested' && p !== null && a !== null && !isFullyKnown(p)) {
      if (k.nesting === 'single' && isObject(p) && isObject(a)) out.push(...planMismatches(k.attributes, p, a, ap, sens));
      else if (k.nesting === 'list' && Array.isArray(p) && Array.isArray(a) && p.length === a.length) {
        p.forEach((e, i) => isObject(e) && isObject(a[i]) && out.push(...planMismatches(k.attributes, e, a[i] as Obj, childPath(ap, i), sens)));
      } else if (k.nesting === 'map' && isObject(p) && isObject(a)) {
        for (const [key, e] of Object.entries(p)) {
          const ae = a[key];
          if (isObject(e) && isObject(ae)) out.push(...planMismatches(k.attributes, e, ae, childPath(ap, { key }), sens));
          else out.push({ path: childPath(ap, { key }), planned: e, actual: ae ?? null, sensitive: sens });
        }
      } else if (k.nesting !== 'set') out.push({ path: ap, planned: p, actual: a, sensitive: sens });
      continue;
    }
    if (!isFullyKnown(p)) continue;
    if (!attrEqual(attr, p, a)) out.push({ path: ap, planned: p, actual: a, sensitive: sens });
  }
  return out;
}

function show(v: CtyValue): string {
  return v === null ? 'null' : JSON.stringify(v, (_k, x: unknown) => (isUnknown(x) ? '(known after apply)' : typeof x === 'object' && x !== null && 'text' in x ? String(x) : x));
}

function dedupePaths(paths: AttributePath[]): AttributePath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = formatPath(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function abortError(): Error {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  return e;
}

export type { Diagnostic, WithDiagnostics, ResourceSpec };
