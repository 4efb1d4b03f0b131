/** Reading IAM documents off @cdktf/provider-aws constructs, tokens allowed. */
import { Token } from 'cdktf';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamUserPolicy } from '@cdktf/provider-aws/lib/iam-user-policy';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IConstruct } from 'constructs';
import { PolicyStatementJson, asArray } from '../iam/policy-document';

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
    throw new Error(`not a JSON policy document: ${document.slice(0, 80)}`);
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const statement = (parsed as { Statement?: unknown }).Statement;
  return asArray(statement as PolicyStatementJson | PolicyStatementJson[] | undefined);
}

export function trustDocumentOf(node: IConstruct): string | undefined {
  return node instanceof IamRole ? node.assumeRolePolicyInput : undefined;
}

/** The permission documents a construct defines: a policy resource's, or an `aws_iam_role`'s `inline_policy` blocks. */
export function permissionDocumentsOf(node: IConstruct): string[] {
  if (node instanceof IamRolePolicy || node instanceof IamUserPolicy || node instanceof IamPolicy) {
    return node.policyInput === undefined ? [] : [node.policyInput];
  }
  if (node instanceof IamRole) {
    const inline = node.inlinePolicyInput;
    if (!Array.isArray(inline)) return [];
    return inline.flatMap((p) => (typeof p.policy === 'string' ? [p.policy] : []));
  }
  return [];
}
