/**
 * Synth-time checks in the cdk-nag manner: every rule is applied to every
 * construct by one Aspect and reported through Annotations; an error
 * annotation fails `app.synth()`. A rule can be acknowledged, with a reason,
 * on a construct or any of its parents; acknowledgements are construct
 * metadata, and the Aspect writes the ones covering each resource into that
 * resource's `//` comment block, so they show in `cdk.tf.json`.
 */
import { Annotations, App, Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import {
  Rule,
  isTerraformResourceLike,
  noAdminInlinePolicy,
  noWildcardPrincipal,
  roleNameLength,
  thirdPartyTrustRequiresGuard,
} from './rules';

/** The construct metadata type of an acknowledgement (`node.addMetadata`); its data is an `Acknowledgement`. */
export const ACKNOWLEDGEMENT_METADATA_TYPE = 'cloudbridge/acknowledgement';

/** One accepted rule, as stored in construct metadata and written to the synthesized JSON. */
export interface Acknowledgement {
  /** The rule accepted, e.g. `CB1`. */
  readonly ruleId: string;
  /** Why the finding is accepted. */
  readonly reason: string;
  /** Construct path of the scope the acknowledgement was made on. */
  readonly scope: string;
}

/** Accept a rule's finding on `scope` and everything below it. The reason is reported at synth. */
export function acknowledgeRule(scope: IConstruct, ruleId: string, reason: string): void {
  if (!reason.trim()) throw new Error(`acknowledgeRule(${ruleId}): a reason is required`);
  const acknowledgement: Acknowledgement = { ruleId, reason, scope: scope.node.path };
  scope.node.addMetadata(ACKNOWLEDGEMENT_METADATA_TYPE, acknowledgement);
}

function isAcknowledgement(data: unknown): data is Acknowledgement {
  const a = data as Partial<Acknowledgement> | null;
  return typeof a === 'object' && a !== null && typeof a.ruleId === 'string' && typeof a.reason === 'string' && typeof a.scope === 'string';
}

/** The acknowledgements made on `scope` itself, the latest per rule last. */
function acknowledgementsOn(scope: IConstruct): Acknowledgement[] {
  return scope.node.metadata.filter((m) => m.type === ACKNOWLEDGEMENT_METADATA_TYPE && isAcknowledgement(m.data)).map((m) => m.data as Acknowledgement);
}

/** Per rule, the acknowledgement that covers `node`: the nearest scope wins, and on one scope the latest. */
export function acknowledgementsFor(node: IConstruct): Map<string, Acknowledgement> {
  const byRule = new Map<string, Acknowledgement>();
  for (const scope of node.node.scopes) {
    for (const a of acknowledgementsOn(scope)) byRule.set(a.ruleId, a);
  }
  return byRule;
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

/** A construct that can take a raw override, as every cdktf (and cdktn) Terraform element can. */
interface Overridable extends IConstruct {
  addOverride(path: string, value: unknown): void;
}

/** A managed resource (a `resource` block; not a data source or a provider) that takes overrides. */
function isOverridableResource(node: IConstruct): node is Overridable {
  if (!isTerraformResourceLike(node) || typeof (node as Partial<Overridable>).addOverride !== 'function') return false;
  try {
    const synthesized = node.toTerraform() as { resource?: unknown } | null;
    return typeof synthesized?.resource === 'object' && synthesized.resource !== null;
  } catch {
    return false; // the rules report what they cannot read
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The Aspect that applies the rules: `Aspects.of(stack).add(new CloudbridgeChecks())`.
 * Findings become error annotations (synth fails), or info once acknowledged; a rule
 * that cannot read a construct (or throws) becomes a warning naming the rule.
 */
export class CloudbridgeChecks implements IAspect {
  /** Accept a rule's finding on `scope` and below, with a reason (see `acknowledgeRule`). */
  static acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
    acknowledgeRule(scope, ruleId, reason);
  }

  /**
   * Add the checks to `scope` (usually a stack) and return them.
   *
   * Aspects are kept per copy of cdktf, so when the stack comes from another copy than
   * cloudbridge's (a linked install), that copy's synth never runs an Aspect added here.
   * The checks are therefore also registered as a validation of the stack, which any
   * copy runs after its Aspects: it visits whatever the Aspect did not (in one copy,
   * nothing). Adding the Aspect with your own `Aspects` works in every case.
   */
  static applyTo(scope: IConstruct, props: CloudbridgeChecksProps = {}): CloudbridgeChecks {
    const checks = new CloudbridgeChecks(props);
    Aspects.of(scope).add(checks);
    const stack = [...scope.node.scopes].reverse().find((s) => TerraformStack.isStack(s));
    if (stack) {
      stack.node.addValidation({
        validate: () => {
          for (const node of scope.node.findAll()) checks.visit(node);
          return [];
        },
      });
    } else if (!(scope.node.root instanceof App)) {
      throw new Error(
        `CloudbridgeChecks.applyTo(${scope.node.path || scope.node.id || 'app'}): in no stack and under no App of the cdktf that cloudbridge loads ` +
          '(the app uses another copy), so an Aspect added here would never run; apply the checks per stack, or add them with ' +
          'your own cdktf: Aspects.of(app).add(new CloudbridgeChecks())',
      );
    }
    return checks;
  }

  /** The rules this Aspect applies. */
  readonly rules: readonly Rule[];
  private readonly visited = new WeakSet<IConstruct>();

  constructor(props: CloudbridgeChecksProps = {}) {
    this.rules = props.rules ?? defaultRules(props.trustedAccounts);
  }

  visit(node: IConstruct): void {
    if (this.visited.has(node)) return;
    this.visited.add(node);
    const acknowledgements = acknowledgementsFor(node);
    if (acknowledgements.size > 0 && isOverridableResource(node)) {
      // `//` is a comment to Terraform: the acknowledgements ride along in cdk.tf.json.
      node.addOverride('//.cloudbridge.acknowledgements', [...acknowledgements.values()]);
    }
    const annotations = Annotations.of(node);
    for (const rule of this.rules) {
      let findings: string[];
      try {
        findings = rule.check(node);
      } catch (e) {
        annotations.addWarning(`[${rule.id}] not checked: ${messageOf(e)}`);
        continue;
      }
      const acknowledged = acknowledgements.get(rule.id);
      for (const finding of findings) {
        if (acknowledged !== undefined) {
          annotations.addInfo(`[${rule.id}] acknowledged: ${finding} (reason: ${acknowledged.reason})`);
        } else if (rule.level === 'error') {
          annotations.addError(`[${rule.id}] ${finding}: ${rule.description}`);
        } else {
          annotations.addWarning(`[${rule.id}] ${finding}: ${rule.description}`);
        }
      }
    }
  }
}
