/** The context every handler gets: its client, cancellation, logger, diagnostics and timeouts. */
import { withHttpScope } from '../../http/scope';
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
    typeName,
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

/**
 * Runs a handler in its operation's HTTP scope: the vendor clients (built once
 * per process) log with this operation's fields and stop retrying at its deadline.
 */
export function inOperation<T>(ctx: Pick<Context<unknown>, 'logger'> & { readonly deadline?: number }, fn: () => T): T {
  return withHttpScope({ logger: ctx.logger, deadline: ctx.deadline }, fn);
}

export function planContext(registry: Registry, module: ProviderModule, call: CallContext, diags: Diagnostics, typeName: string, requiresReplace: (path: PathLike) => void): PlanContext<unknown> {
  const logger = call.logger.with({ tf_resource_type: typeName, tf_operation: 'plan' });
  return {
    typeName,
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
