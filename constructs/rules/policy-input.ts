/**
 * Reading IAM documents off any construct that synthesizes an IAM resource.
 *
 * Resources are recognised by their Terraform type and read through their own
 * `toTerraform()`, overrides included, never by `instanceof`: an app may hold
 * another copy of cdktf or of the aws bindings than cloudbridge (a linked
 * install, a CDK Terrain app), or build the resource through the
 * `TerraformResource` escape hatch. Anything the rules cannot read throws
 * `RuleInputError`, which `CloudbridgeChecks` reports as a warning.
 */
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { PolicyStatementJson, asArray } from '../iam/policy-document';

/** A rule met a resource it cannot read; `CloudbridgeChecks` reports it as a warning naming the rule. */
export class RuleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleInputError';
  }
}

/** What every Terraform resource construct has, whichever copy of cdktf (or cdktn) defined its class. */
export interface TerraformResourceLike extends IConstruct {
  readonly terraformResourceType: string;
  toTerraform(): unknown;
}

/** True for a construct that synthesizes a Terraform element with a type (resources and data sources alike). */
export function isTerraformResourceLike(node: IConstruct): node is TerraformResourceLike {
  const candidate = node as Partial<TerraformResourceLike>;
  return typeof candidate.terraformResourceType === 'string' && typeof candidate.toTerraform === 'function';
}

type Attributes = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(node: TerraformResourceLike): string {
  return `${node.terraformResourceType} at ${node.node.path}`;
}

/**
 * The attributes `node` synthesizes when it is a managed resource (`resource`
 * block, not `data`) of one of `types`; undefined for any other construct and
 * for a resource that moved away (it synthesizes no block of its own).
 */
export function resourceAttributes(node: IConstruct, types: readonly string[]): Attributes | undefined {
  if (!isTerraformResourceLike(node) || !types.includes(node.terraformResourceType)) return undefined;
  let synthesized: unknown;
  try {
    synthesized = node.toTerraform();
  } catch (e) {
    throw new RuleInputError(`cannot synthesize ${describe(node)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isRecord(synthesized)) throw new RuleInputError(`${describe(node)} synthesizes ${typeof synthesized}, not a JSON object`);
  if (!('resource' in synthesized) && 'data' in synthesized) return undefined; // a data source of the same type name
  const resource = synthesized.resource;
  if (resource === undefined) return undefined;
  const byName = isRecord(resource) ? resource[node.terraformResourceType] : undefined;
  const blocks = isRecord(byName) ? Object.values(byName) : [];
  if (blocks.length !== 1 || !isRecord(blocks[0])) throw new RuleInputError(`${describe(node)} synthesizes no single ${node.terraformResourceType} block`);
  return blocks[0];
}

/**
 * A string attribute: its value, or undefined when unset or known only at
 * apply time (a token). Anything else (an object, a number) is unreadable.
 */
export function stringAttribute(node: IConstruct, attributes: Attributes, key: string): string | undefined {
  const value = attributes[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Token.isUnresolved(value)) return undefined;
  throw new RuleInputError(`${node.node.path}: ${key} is ${Array.isArray(value) ? 'a list' : typeof value}, not a string`);
}

/**
 * The statements of a JSON policy string, or undefined when the document is
 * wholly a token (it comes from a vendor's metadata at apply time) and so
 * cannot be checked at synth.
 */
export function statementsOf(document: string | undefined): PolicyStatementJson[] | undefined {
  if (document === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    if (Token.isUnresolved(document)) return undefined;
    throw new RuleInputError(`not a JSON policy document: ${document.slice(0, 80)}`);
  }
  if (!isRecord(parsed)) throw new RuleInputError(`a policy document must be a JSON object: ${document.slice(0, 80)}`);
  const statements = asArray(parsed.Statement as unknown);
  const malformed = statements.find((s) => !isRecord(s));
  if (malformed !== undefined) throw new RuleInputError(`a policy statement must be a JSON object, got ${JSON.stringify(malformed).slice(0, 80)}`);
  return statements as PolicyStatementJson[];
}

/** The trust policy of an `aws_iam_role` (`assume_role_policy`); undefined for anything else. */
export function trustDocumentOf(node: IConstruct): string | undefined {
  const role = resourceAttributes(node, ['aws_iam_role']);
  return role && stringAttribute(node, role, 'assume_role_policy');
}

/** The resource types whose `policy` attribute is a permission policy document. */
export const POLICY_RESOURCE_TYPES: readonly string[] = ['aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy', 'aws_iam_policy'];

/** The permission documents a construct defines: a policy resource's, or an `aws_iam_role`'s `inline_policy` blocks. */
export function permissionDocumentsOf(node: IConstruct): string[] {
  const policy = resourceAttributes(node, POLICY_RESOURCE_TYPES);
  if (policy) {
    const document = stringAttribute(node, policy, 'policy');
    return document === undefined ? [] : [document];
  }
  const role = resourceAttributes(node, ['aws_iam_role']);
  if (!role) return [];
  const inline = role.inline_policy;
  if (inline === undefined || inline === null || Token.isUnresolved(inline)) return [];
  if (!Array.isArray(inline)) throw new RuleInputError(`${node.node.path}: inline_policy is ${typeof inline}, not a list of blocks`);
  return inline.flatMap((block: unknown, index) => {
    if (Token.isUnresolved(block)) return [];
    if (!isRecord(block)) throw new RuleInputError(`${node.node.path}: inline_policy[${index}] is not a block`);
    const document = stringAttribute(node, block, 'policy');
    return document === undefined ? [] : [document];
  });
}
