/**
 * ApplyResourceChange: delete (planned null), create (prior null) or update.
 * The result is shaped to the schema and checked against the plan, so that a
 * provider bug reads as one, in our words, rather than as Terraform's
 * "inconsistent result". A handler that fails after its object exists returns
 * the state with its error: Terraform then keeps the object (tainted).
 */
import type { AttributePath, CallContext, Diagnostic } from '../../protocol/service';
import { isUnknown, type CtyValue } from '../../protocol/values';
import type { Attrs } from '../attributes';
import { childPath, Diagnostics, formatPath } from '../diagnostics';
import { resourceAttributes } from '../schema';
import { resolveTimeouts } from '../timeouts';
import { attrEqual, isFullyKnown, isObject, objectEqual, toHandlerObject } from '../values';
import { handlerContext, inOperation } from './context';
import { guarded } from './guard';
import type { Registry } from './registry';
import { shapeResult, show, withoutTimeouts, withTimeouts } from './shared';

type Obj = { readonly [k: string]: CtyValue };

export interface ApplyRequest {
  readonly typeName: string;
  readonly priorState: CtyValue;
  readonly plannedState: CtyValue;
  readonly config: CtyValue;
  readonly plannedPrivate?: Uint8Array;
}

export interface ApplyResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly newState: CtyValue;
  readonly private?: Uint8Array;
}

async function applyDelete(registry: Registry, req: ApplyRequest, prior: Obj, call: CallContext): Promise<ApplyResult> {
  const diags = new Diagnostics();
  const r = registry.resource(req.typeName)!;
  const spec = r.type.spec;
  const ctx = handlerContext(registry, r.module, call, diags, resolveTimeouts(spec.timeouts ?? {}, prior['timeouts']), 'delete', req.typeName);
  // A 404 means it is already gone: that is what the delete wanted.
  await guarded(diags, `Failed to delete ${req.typeName}`, () => inOperation(ctx, () => spec.delete({ state: toHandlerObject(prior) }, ctx)), 'gone');
  // On failure the object still exists: keep it in state.
  return { diagnostics: diags.list(), newState: diags.hasErrors ? prior : null };
}

export async function applyResourceChange(registry: Registry, req: ApplyRequest, call: CallContext): Promise<ApplyResult> {
  const { typeName, priorState, plannedState, config, plannedPrivate } = req;
  const diags = new Diagnostics();
  const r = registry.resource(typeName);
  if (!r) {
    diags.error('Unknown resource type', `The provider has no resource type "${typeName}".`);
    return { diagnostics: diags.list(), newState: priorState };
  }
  const spec = r.type.spec;
  const attributes = resourceAttributes(spec);
  const prior = isObject(priorState) ? priorState : null;
  const planned = isObject(plannedState) ? plannedState : null;
  const cfg = isObject(config) ? config : {};

  if (planned === null) return prior === null ? { diagnostics: [], newState: null } : applyDelete(registry, req, prior, call);

  // Write-only timeouts are null in the plan: take them from the configuration.
  const timeouts = resolveTimeouts(spec.timeouts ?? {}, planned['timeouts'] ?? cfg['timeouts']);
  if (prior !== null && objectEqual(withoutTimeouts(attributes), prior, planned)) {
    // Only `timeouts` changed: nothing to send to the vendor.
    return { diagnostics: [], newState: planned, private: plannedPrivate };
  }
  const op = prior === null ? 'create' : 'update';
  const ctx = handlerContext(registry, r.module, call, diags, timeouts, op, typeName);
  const handlerReq = { config: toHandlerObject(cfg), plan: toHandlerObject(planned) };
  const update = spec.update;
  const result = await guarded(diags, `Failed to ${op} ${typeName}`, () =>
    inOperation(ctx, async () => {
      if (prior === null) return spec.create(handlerReq, ctx);
      if (!update) throw new Error(`${typeName} cannot be updated in place (this is a provider bug: the plan should have replaced it)`);
      return update({ ...handlerReq, state: toHandlerObject(prior) }, ctx);
    }),
  );
  if (!result.ok || result.value === undefined || result.value === null) {
    if (!diags.hasErrors) diags.error(`${typeName}: ${op} returned no state`, 'This is a bug in the provider.');
    return { diagnostics: diags.list(), newState: prior, private: plannedPrivate };
  }
  const shaped = shapeResult(attributes, result.value, diags, typeName, op);
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
      out.push(...nestedMismatches(k.nesting, k.attributes, p, a, ap, sens));
      continue;
    }
    if (!isFullyKnown(p)) continue;
    if (!attrEqual(attr, p, a)) out.push({ path: ap, planned: p, actual: a, sensitive: sens });
  }
  return out;
}

function nestedMismatches(nesting: 'single' | 'list' | 'set' | 'map', attributes: Attrs, p: CtyValue, a: CtyValue, ap: AttributePath, sens: boolean): Mismatch[] {
  if (nesting === 'single' && isObject(p) && isObject(a)) return planMismatches(attributes, p, a, ap, sens);
  if (nesting === 'list' && Array.isArray(p) && Array.isArray(a) && p.length === a.length) {
    return p.flatMap((e: CtyValue, i) => {
      const ae: CtyValue = a[i] ?? null;
      return isObject(e) && isObject(ae) ? planMismatches(attributes, e, ae, childPath(ap, i), sens) : [];
    });
  }
  if (nesting === 'map' && isObject(p) && isObject(a)) {
    return Object.entries(p).flatMap(([key, e]) => {
      const ae = a[key];
      if (isObject(e) && isObject(ae)) return planMismatches(attributes, e, ae, childPath(ap, { key }), sens);
      return [{ path: childPath(ap, { key }), planned: e, actual: ae ?? null, sensitive: sens }];
    });
  }
  if (nesting === 'set') return [];
  return [{ path: ap, planned: p, actual: a, sensitive: sens }];
}
