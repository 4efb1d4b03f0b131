/**
 * The emulator's live state, shared by the API and admin handlers: the mounted
 * modules, their states, identities, clock, faults, limits, request counts and
 * the `--data` file. It knows no API by name.
 */
import { randomBytes } from 'node:crypto';
import { ShiftableClock, type EmulatorClock } from './clock';
import { FaultTable } from './faults';
import { completeIdentities } from './identities';
import { DATA_FILE_VERSION, readDataFile, writeFileAtomic, type EmulatorDataFile } from './persistence';
import { RateLimiter } from './rate-limit';
import { compileRoutes, type CompiledRoute } from './router';
import type { AwsView, EmulatedApiModule, EmulatorIdentities, EmulatorWorld, RateLimit } from './types';

export interface Mounted {
  readonly module: EmulatedApiModule<unknown>;
  readonly routes: readonly CompiledRoute<unknown>[];
}

export interface EmulatorCoreOptions {
  readonly modules: readonly EmulatedApiModule<unknown>[];
  readonly dataFile?: string;
  readonly clock?: EmulatorClock;
  readonly identities?: EmulatorIdentities;
  readonly log: (line: string) => void;
}

const emptyAwsView: AwsView = { getRole: () => undefined, getRoleByArn: () => undefined };

export class EmulatorCore {
  readonly mounted = new Map<string, Mounted>();
  readonly states = new Map<string, unknown>();
  readonly identities: EmulatorIdentities;
  readonly clock: EmulatorClock;
  readonly world: EmulatorWorld;
  readonly faults = new FaultTable();
  readonly limits: RateLimiter;
  readonly log: (line: string) => void;
  counts: Record<string, Record<string, number>> = {};
  private lastWritten: string | undefined;

  constructor(private readonly options: EmulatorCoreOptions) {
    this.log = options.log;
    for (const module of options.modules) {
      if (this.mounted.has(module.api)) throw new Error(`emulated api "${module.api}" is registered twice`);
      this.mounted.set(module.api, { module, routes: compileRoutes(module.routes) });
    }
    const persisted = options.dataFile ? readDataFile(options.dataFile) : undefined;
    this.identities = completeIdentities(options.modules, persisted?.identities ?? options.identities);
    this.clock = options.clock ?? new ShiftableClock(persisted?.clockOffsetMs ?? 0);
    for (const [api, { module }] of this.mounted) {
      const kept = persisted && Object.prototype.hasOwnProperty.call(persisted.states, api);
      this.states.set(api, kept ? persisted.states[api] : module.initialState(this.identities));
    }
    const defaults = new Map<string, RateLimit>();
    for (const [api, { module }] of this.mounted) if (module.rateLimit) defaults.set(api, module.rateLimit);
    this.limits = new RateLimiter(defaults);
    const awsView = (): AwsView => {
      const aws = this.mounted.get('aws');
      return aws?.module.view?.(this.states.get('aws')).aws ?? emptyAwsView;
    };
    this.world = {
      identities: this.identities,
      aws: { getRole: (accountId, roleName) => awsView().getRole(accountId, roleName), getRoleByArn: (arn) => awsView().getRoleByArn(arn) },
      now: () => this.clock.now(),
      randomId: (bytes = 16) => randomBytes(bytes).toString('hex'),
    };
  }

  count(api: string, key: string): void {
    const perApi = (this.counts[api] ??= {});
    perApi[key] = (perApi[key] ?? 0) + 1;
  }

  /** Fresh state for every API; counts, faults and limits back to their defaults; identities kept. */
  resetAll(): void {
    for (const [api, { module }] of this.mounted) this.states.set(api, module.initialState(this.identities));
    this.counts = {};
    this.faults.clear();
    this.limits.restoreDefaults();
  }

  private snapshot(): string {
    const doc: EmulatorDataFile = {
      version: DATA_FILE_VERSION,
      identities: this.identities,
      states: Object.fromEntries(this.states),
      clockOffsetMs: this.clock instanceof ShiftableClock ? this.clock.offsetMs : undefined,
    };
    return JSON.stringify(doc);
  }

  /** Write the data file if anything changed since the last write. */
  persist(): void {
    if (!this.options.dataFile) return;
    const text = this.snapshot();
    if (text === this.lastWritten) return;
    writeFileAtomic(this.options.dataFile, text);
    this.lastWritten = text;
  }

  persistSafely(): void {
    try {
      this.persist();
    } catch (err) {
      this.log(`emulator: could not write ${this.options.dataFile}: ${(err as Error).message}`);
    }
  }
}
