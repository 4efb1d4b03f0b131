/** The context every handler gets: its client, cancellation, logger, diagnostics and timeouts. */
import type { CallContext } from '../../protocol/service';
import { abortableSleep, abortError } from '../../util/sleep';
import type { Diagnostics } from '../diagnostics';
import type { Context, PlanContext } from '../resource';
import type { PathLike } from '../diagnostics';
import type { TimeoutOperation, Timeouts } from '../timeouts';
import type { ProviderModule } from '../vendor';
import type { Registry } from './registry';

export function handlerContext(
  registry: Registry,
  module: ProviderModule,
  call: CallContext,
  diags: Diagnostics,
  timeouts: Timeouts,
  op: TimeoutOperation,
  typeName: string,
): Context<unknown> {
  const logger = call.logger.with({ tf_resource_type: typeName, tf_operation: op });
  const started = Date.now();
  return {
    get client() {
      return registry.clientFor(module, logger);
    },
    signal: call.signal,
    logger,
    diags,
    timeouts,
    timeout: timeouts[op],
    deadline: started + timeouts[op],
    sleep: (ms) => abortableSleep(ms, call.signal, abortError),
  };
}

export function planContext(registry: Registry, module: ProviderModule, call: CallContext, diags: Diagnostics, typeName: string, requiresReplace: (path: PathLike) => void): PlanContext<unknown> {
  const logger = call.logger.with({ tf_resource_type: typeName, tf_operation: 'plan' });
  return {
    get client() {
      return registry.clientFor(module, logger);
    },
    signal: call.signal,
    logger,
    diags,
    sleep: (ms) => abortableSleep(ms, call.signal, abortError),
    requiresReplace,
  };
}
