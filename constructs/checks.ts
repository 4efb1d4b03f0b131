/**
 * Synth-time checks in the cdk-nag manner: every rule is applied to every
 * construct by one Aspect and reported through Annotations; an error
 * annotation fails `app.synth()`. A rule can be acknowledged, with a reason,
 * on a construct or any of its parents.
 */
import { Annotations, Aspects, IAspect } from 'cdktf';
import { IConstruct } from 'constructs';
import {
  Rule,
  noAdminInlinePolicy,
  noWildcardPrincipal,
  roleNameLength,
  thirdPartyTrustRequiresGuard,
} from './rules';

const ACKNOWLEDGEMENTS = Symbol.for('cloudbridge.acknowledgements');

interface Acknowledgeable {
  [ACKNOWLEDGEMENTS]?: Map<string, string>;
}

/** Accept a rule's finding on `scope` and everything below it. The reason is reported at synth. */
export function acknowledgeRule(scope: IConstruct, ruleId: string, reason: string): void {
  if (!reason.trim()) throw new Error(`acknowledgeRule(${ruleId}): a reason is required`);
  const holder = scope as IConstruct & Acknowledgeable;
  (holder[ACKNOWLEDGEMENTS] ??= new Map()).set(ruleId, reason);
}

function acknowledgement(node: IConstruct, ruleId: string): string | undefined {
  for (const scope of [...node.node.scopes].reverse()) {
    const reason = (scope as IConstruct & Acknowledgeable)[ACKNOWLEDGEMENTS]?.get(ruleId);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** Options of the `CloudbridgeChecks` Aspect. */
export interface CloudbridgeChecksProps {
  /**
   * The customer's own AWS accounts: trusting them needs no external id.
   * @default []
   */
  readonly trustedAccounts?: readonly string[];
  /**
   * The rules to apply.
   * @default every rule in `constructs/rules`
   */
  readonly rules?: readonly Rule[];
}

/** Every rule in `constructs/rules`, CB1 configured with the customer's own accounts. */
export function defaultRules(trustedAccounts: readonly string[] = []): Rule[] {
  return [thirdPartyTrustRequiresGuard(trustedAccounts), noWildcardPrincipal, noAdminInlinePolicy, roleNameLength];
}

/**
 * The Aspect that applies the rules: `Aspects.of(stack).add(new CloudbridgeChecks())`.
 * Findings become error annotations (synth fails), or info once acknowledged.
 */
export class CloudbridgeChecks implements IAspect {
  /** Accept a rule's finding on `scope` and below, with a reason (see `acknowledgeRule`). */
  static acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
    acknowledgeRule(scope, ruleId, reason);
  }

  /** Add the checks to `scope` (usually a stack) and return them. */
  static applyTo(scope: IConstruct, props: CloudbridgeChecksProps = {}): CloudbridgeChecks {
    const checks = new CloudbridgeChecks(props);
    Aspects.of(scope).add(checks);
    return checks;
  }

  /** The rules this Aspect applies. */
  readonly rules: readonly Rule[];

  constructor(props: CloudbridgeChecksProps = {}) {
    this.rules = props.rules ?? defaultRules(props.trustedAccounts);
  }

  visit(node: IConstruct): void {
    for (const rule of this.rules) {
      const findings = rule.check(node);
      if (findings.length === 0) continue;
      const reason = acknowledgement(node, rule.id);
      const annotations = Annotations.of(node);
      for (const finding of findings) {
        if (reason !== undefined) {
          annotations.addInfo(`[${rule.id}] acknowledged: ${finding} (reason: ${reason})`);
        } else if (rule.level === 'error') {
          annotations.addError(`[${rule.id}] ${finding}: ${rule.description}`);
        } else {
          annotations.addWarning(`[${rule.id}] ${finding}: ${rule.description}`);
        }
      }
    }
  }
}
