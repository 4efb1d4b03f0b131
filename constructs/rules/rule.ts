import { IConstruct } from 'constructs';

/** One synth-time check. Rules are small values; `CloudbridgeChecks` applies them all. */
export interface Rule {
  /** Stable id used in messages and acknowledgements, e.g. `CB1`. */
  readonly id: string;
  /** One line: what the rule wants. */
  readonly description: string;
  readonly level: 'error' | 'warning';
  /** Findings for this construct; empty when it complies or the rule does not apply. */
  check(node: IConstruct): string[];
}
