import { IConstruct } from 'constructs';

/** One synth-time check. Rules are small values; `CloudbridgeChecks` applies them all. */
export interface Rule {
  /** Stable id used in messages and acknowledgements, e.g. `CB1`. */
  readonly id: string;
  /** One line: what the rule wants. */
  readonly description: string;
  /** What a finding becomes: an error annotation (synth fails) or a warning. */
  readonly level: 'error' | 'warning';
  /**
   * Findings for this construct; empty when it complies or the rule does not apply.
   * Throws when it cannot read the construct (see `RuleInputError`): `CloudbridgeChecks`
   * reports a throw as a warning naming the rule, never as a pass.
   */
  check(node: IConstruct): string[];
}
