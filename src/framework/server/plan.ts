/**
 * PlanResourceChange: defaults, computed values marked unknown where they may
 * change, attribute plan modifiers, replacement for types without an update,
 * then the type's own `modifyPlan`.
 */
import type { AttributePath, CallContext, Diagnostic } from '../../protocol/service';
import { isUnknown, UNKNOWN, type CtyValue } from '../../protocol/values';
import type { Attr, Attrs } from '../attributes';
import { ApiError } from '../../http/errors';
import { withHttpScope } from '../../http/scope';
import { childPath, DiagnosticError, Diagnostics, toPath } from '../diagnostics';
import { InvalidSettingError, MissingSettingError } from '../provider-config';
import { resourceAttributes } from '../schema';
import { attrEqual, ctyOf, isObject, objectEqual, shapeState, toHandlerObject, type ShapeProblem } from '../values';
import { inOperation, planContext } from './context';
import { guarded } from './guard';
import type { Registry } from './registry';
import { dedupePaths, withoutTimeouts } from './shared';

type Obj = { readonly [k: string]: CtyValue };

export interface PlanRequest {
  readonly typeName: string;
  readonly priorState: CtyValue;
  readonly proposedNewState: CtyValue;
  readonly config: CtyValue;
  readonly priorPrivate?: Uint8Array;
}

export interface PlanResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly plannedState: CtyValue;
  readonly requiresReplace: readonly AttributePath[];
  readonly plannedPrivate?: Uint8Array;
}

interface PlanState {
  readonly creating: boolean;
  readonly changing: boolean;
  readonly replace: AttributePath[];
}

export async function planResourceChange(registry: Registry, req: PlanRequest, call: CallContext): Promise<PlanResult> {
  const { typeName, priorState, proposedNewState, config, priorPrivate } = req;
  const diags = new Diagnostics();
  const r = registry.resource(typeName);
  if (!r) diags.error('Unknown resource type', `The provider has no resource type "${typeName}".`);
  if (!r || !isObject(proposedNewState)) {
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
  let planned: Obj = planObject(attributes, cfg, withDefaults, prior, [], { creating, changing, replace });

  if (!creating && !spec.update && changing) {
    // No in-place update: any configurable change replaces the resource.
    for (const [name, attr] of Object.entries(spec.schema)) {
      if ((attr.options.required || attr.options.optional) && !attrEqual(attr, prior?.[name] ?? null, planned[name] ?? null)) replace.push([{ attribute: name }]);
    }
  }

  if (creating && r.module.block) {
    // Errors at plan, not apply: a vendor that has no token, or refuses it, fails here (naming the setting and its env var).
    const logger = call.logger.with({ tf_resource_type: typeName, tf_operation: 'plan' });
    const title = r.module.block.title;
    await guarded(diags, `Cannot plan ${typeName}`, () =>
      withHttpScope({ logger }, () => registry.checkCredentials(r.module, logger, call.signal)).catch((err: unknown) => {
        if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
          throw new DiagnosticError(`${title} refused the provider's credentials`, `${err.message}. Check the ${title} block of the provider (or its CLOUDBRIDGE_* environment variables).`);
        }
        if (err instanceof MissingSettingError || err instanceof InvalidSettingError) throw err;
        // Not an answer about the credentials (the vendor is unreachable, or failed): the apply will tell.
        diags.warning(`Could not check the ${title} credentials`, err instanceof Error ? err.message : String(err));
      }),
    );
    if (diags.hasErrors) return { diagnostics: diags.list(), plannedState: proposedNewState, requiresReplace: [], plannedPrivate: priorPrivate };
  }

  const modifyPlan = spec.modifyPlan;
  if (modifyPlan) {
    const ctx = planContext(registry, r.module, call, diags, typeName, (path) => replace.push(toPath(path)));
    const plan = planned;
    const modified = await guarded(diags, `Failed to plan ${typeName}`, () =>
      inOperation(ctx, () => modifyPlan({ config: toHandlerObject(cfg), plan: toHandlerObject(plan), state: prior ? toHandlerObject(prior) : null }, ctx)),
    );
    if (modified.ok && modified.value) {
      const problems: ShapeProblem[] = [];
      const shaped = shapeState(attributes, { ...modified.value, timeouts: planned['timeouts'] ?? null }, problems, { allowUnknown: true });
      for (const p of problems) diags.error(`${typeName}: modifyPlan returned an invalid plan`, `${p.path} ${p.message}.`);
      if (shaped) planned = shaped;
    }
  }
  return { diagnostics: diags.list(), plannedState: planned, requiresReplace: dedupePaths(replace), plannedPrivate: priorPrivate };
}

/** Applies defaults where the configuration is null, and nulls write-only values. */
function applyDefaults(attributes: Attrs, config: Obj | null, proposed: Obj): Obj {
  const out: Record<string, CtyValue> = {};
  for (const [name, attr] of Object.entries(attributes)) {
    const c = config?.[name] ?? null;
    let p = proposed[name] ?? null;
    if (attr.options.writeOnly) p = null;
    else if (c === null && attr.options.default !== undefined) p = ctyOf(attr.options.default, `the default of ${name}`);
    else if (attr.kind.type === 'nested' && !isUnknown(p) && p !== null) p = mapNested(attr, c, p, (a, ce, pe) => applyDefaults(a, ce, pe));
    out[name] = p;
  }
  return out;
}

/** Maps each nested object of a nested attribute's value, pairing it with its config object. */
export function mapNested(attr: Attr, config: CtyValue, value: CtyValue, fn: (attributes: Attrs, config: Obj | null, value: Obj, key: string | number | null) => Obj): CtyValue {
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

/** The prior state of one nested element (by position, key, or for sets by matching config). */
function priorElement(attr: Attr, prior: CtyValue, element: Obj, key: string | number | null): Obj | null {
  const k = attr.kind;
  let found: CtyValue = null;
  if (key === null) found = prior;
  else if (k.type === 'nested' && k.nesting === 'set') found = Array.isArray(prior) ? (prior.find((x) => isObject(x) && configMatches(k.attributes, x, element)) ?? null) : null;
  else if (typeof key === 'number') found = Array.isArray(prior) ? (prior[key] ?? null) : null;
  else found = isObject(prior) ? (prior[key] ?? null) : null;
  return isObject(found) ? found : null;
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
    const k = attr.kind;
    if (c === null && o.computed && o.default === undefined) {
      if (st.creating || st.changing) v = UNKNOWN;
    } else if (k.type === 'nested' && v !== null && !isUnknown(v)) {
      v = mapNested(attr, c, v, (a, ce, pe, key) => {
        const ep = key === null || k.nesting === 'set' ? p : childPath(p, typeof key === 'number' ? key : { key });
        return planObject(a, ce, pe, priorElement(attr, s, pe, key), ep, st);
      });
    }
    for (const pm of o.planModifiers ?? []) {
      const changed = !attrEqual(attr, s, v);
      v = ctyOf(pm.modify({ path: p, state: s, plan: v, config: c, creating: st.creating, changed }, { requiresReplace: () => st.replace.push(p) }), `the plan modifier of ${name}`);
    }
    out[name] = v;
  }
  return out;
}
