/**
 * ReadResource: the type's `read`, with the state it returns shaped to the
 * schema. A read that returns null, or whose vendor answers 404, means the
 * object is gone: Terraform then plans to create it again.
 */
import type { CallContext, Diagnostic } from '../../protocol/service';
import type { CtyValue } from '../../protocol/values';
import { Diagnostics } from '../diagnostics';
import { resourceAttributes } from '../schema';
import { resolveTimeouts } from '../timeouts';
import { isObject, toHandlerObject } from '../values';
import { handlerContext, inOperation } from './context';
import { guarded } from './guard';
import type { Registry } from './registry';
import { IMPORTED_MARKER, sameBytes, shapeResult, withTimeouts } from './shared';

export interface ReadRequest {
  readonly typeName: string;
  readonly currentState: CtyValue;
  readonly private?: Uint8Array;
}

export interface ReadResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly newState: CtyValue;
  readonly private?: Uint8Array;
}

export async function readResource(registry: Registry, req: ReadRequest, call: CallContext): Promise<ReadResult> {
  const { typeName, currentState, private: priv } = req;
  const diags = new Diagnostics();
  const r = registry.resource(typeName);
  if (!r) diags.error('Unknown resource type', `The provider has no resource type "${typeName}".`);
  if (!r || !isObject(currentState)) return { diagnostics: diags.list(), newState: currentState, private: priv };
  const spec = r.type.spec;
  const attributes = resourceAttributes(spec);
  const imported = sameBytes(priv, IMPORTED_MARKER);
  const timeouts = resolveTimeouts(spec.timeouts ?? {}, currentState['timeouts']);
  const ctx = handlerContext(registry, r.module, call, diags, timeouts, 'read', typeName);
  const result = await guarded(diags, `Failed to read ${typeName}`, () => inOperation(ctx, () => spec.read({ state: toHandlerObject(currentState), imported }, ctx)), 'gone');
  const outPriv = imported ? new Uint8Array() : priv;
  const gone = result.ok ? result.value === null : result.gone;
  if (gone && !diags.hasErrors) {
    ctx.logger.info('remote object is gone; removing it from state');
    return { diagnostics: diags.list(), newState: null, private: outPriv };
  }
  if (!result.ok || result.value === null) return { diagnostics: diags.list(), newState: currentState, private: priv };
  const shaped = shapeResult(attributes, result.value, diags, typeName, 'read');
  if (shaped === null) return { diagnostics: diags.list(), newState: currentState, private: priv };
  return { diagnostics: diags.list(), newState: withTimeouts(attributes, shaped, currentState), private: outPriv };
}
