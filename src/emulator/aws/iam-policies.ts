/**
 * Policies: inline policies and managed-policy attachments (shared by roles and
 * users), AWS managed policies, and customer managed policies.
 */
import type { ActionContext, ActionHandler } from './context';
import { deleteConflict, entityAlreadyExists, invalidInput, limitExceeded, noSuchEntity } from './errors';
import { isoTime, uniqueId, ID_PREFIX } from './ids';
import { managedPolicy } from './managed-policies';
import { policySize, validatePolicyDocument } from './policy-document';
import type { AwsAccountState, CustomerPolicyRecord } from './state';
import { ARN, DESCRIPTION, mergeTags, pageFields, paginate, PATH, PATH_PREFIX, POLICY_DOCUMENT, POLICY_NAME, removeTags, validateTags } from './validation';
import { encodePolicyDocument, type XmlFields } from './xml';

const POLICY_ARN = /^arn:aws[\w-]*:iam::(aws|\d{12}):policy(\/[\u0021-\u007E]*)?\/[\w+=,.@-]+$/;
export const VERSIONS_PER_POLICY = 5;

export interface ResolvedPolicy {
  readonly arn: string;
  readonly name: string;
  readonly path: string;
  readonly policyId: string;
  readonly description?: string;
  readonly createDate: number;
  readonly updateDate: number;
  readonly defaultVersionId: string;
  readonly versions: readonly { versionId: string; document: string; createDate: number }[];
  readonly tags: readonly { Key: string; Value: string }[];
  readonly customer?: CustomerPolicyRecord;
}

/** An AWS managed policy or a customer managed policy of the caller's account, or undefined. */
export function resolvePolicy(ctx: ActionContext, arn: string): ResolvedPolicy | undefined {
  const aws = managedPolicy(arn);
  if (aws) {
    return {
      arn,
      name: aws.name,
      path: aws.path,
      policyId: aws.policyId,
      description: aws.description,
      createDate: aws.createDate,
      updateDate: aws.updateDate,
      defaultVersionId: aws.defaultVersionId,
      versions: [{ versionId: aws.defaultVersionId, document: aws.document, createDate: aws.createDate }],
      tags: [],
    };
  }
  const own = ctx.account.policies[arn];
  if (!own) return undefined;
  return { ...own, name: own.policyName, customer: own };
}

/** The policy behind an attach/boundary ARN, with IAM's errors for a bad or unknown ARN. */
export function attachablePolicy(ctx: ActionContext, arn: string): ResolvedPolicy {
  if (!POLICY_ARN.test(arn)) throw invalidInput(`ARN ${arn} is not valid.`);
  const policy = resolvePolicy(ctx, arn);
  if (!policy) throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
  return policy;
}

function attachmentCount(account: AwsAccountState, arn: string): number {
  const holders = [...Object.values(account.roles), ...Object.values(account.users)];
  return holders.filter((h) => h.attachedPolicyArns.includes(arn)).length;
}

/** A role or user: the entity that holds inline policies and attachments. */
interface PolicyHolder {
  inlinePolicies: Record<string, string>;
  attachedPolicyArns: string[];
}

export interface HolderTarget<T extends PolicyHolder> {
  readonly kind: 'role' | 'user';
  /** `RoleName` / `UserName`. */
  readonly param: string;
  find(ctx: ActionContext): T;
  name(holder: T): string;
  readonly inlineMaxSize: number;
  readonly attachedMax: number;
  readonly quotaName: string;
}

export interface HolderActionNames {
  readonly put: string;
  readonly get: string;
  readonly del: string;
  readonly list: string;
  readonly attach: string;
  readonly detach: string;
  readonly listAttached: string;
}

/** Put/Get/Delete/List inline policies and Attach/Detach/ListAttached for roles or users. */
export function inlinePolicyHandlers<T extends PolicyHolder>(target: HolderTarget<T>, names: HolderActionNames): Record<string, ActionHandler> {
  const kind = target.kind;
  const findInline = (ctx: ActionContext): [T, string] => {
    const holder = target.find(ctx);
    const policyName = ctx.params.required('PolicyName', POLICY_NAME);
    const stored = Object.keys(holder.inlinePolicies).find((n) => n === policyName);
    if (stored === undefined) throw noSuchEntity(`The ${kind} policy with name ${policyName} cannot be found.`);
    return [holder, stored];
  };
  return {
    [names.put]: (ctx) => {
      const policyName = ctx.params.required('PolicyName', POLICY_NAME);
      const document = ctx.params.required('PolicyDocument', POLICY_DOCUMENT);
      const holder = target.find(ctx);
      validatePolicyDocument(document, 'identity');
      const others = Object.entries(holder.inlinePolicies).filter(([n]) => n !== policyName);
      const total = others.reduce((sum, [, d]) => sum + policySize(d), 0) + policySize(document);
      if (total > target.inlineMaxSize) throw limitExceeded(`Maximum policy size of ${target.inlineMaxSize} bytes exceeded for ${kind} ${target.name(holder)}`);
      holder.inlinePolicies[policyName] = document;
      return undefined;
    },
    [names.get]: (ctx) => {
      const [holder, policyName] = findInline(ctx);
      return {
        [target.param]: target.name(holder),
        PolicyName: policyName,
        PolicyDocument: encodePolicyDocument(holder.inlinePolicies[policyName]!),
      };
    },
    [names.del]: (ctx) => {
      const [holder, policyName] = findInline(ctx);
      delete holder.inlinePolicies[policyName];
      return undefined;
    },
    [names.list]: (ctx) => {
      const holder = target.find(ctx);
      const page = paginate(ctx.params, Object.keys(holder.inlinePolicies).sort());
      return { PolicyNames: page.items, ...pageFields(page) };
    },
    [names.attach]: (ctx) => {
      const holder = target.find(ctx);
      const arn = ctx.params.required('PolicyArn', ARN);
      attachablePolicy(ctx, arn);
      if (holder.attachedPolicyArns.includes(arn)) return undefined;
      if (holder.attachedPolicyArns.length >= target.attachedMax) throw limitExceeded(`Cannot exceed quota for ${target.quotaName}: ${target.attachedMax}`);
      holder.attachedPolicyArns.push(arn);
      return undefined;
    },
    [names.detach]: (ctx) => {
      const holder = target.find(ctx);
      const arn = ctx.params.required('PolicyArn', ARN);
      if (!POLICY_ARN.test(arn)) throw invalidInput(`ARN ${arn} is not valid.`);
      const at = holder.attachedPolicyArns.indexOf(arn);
      if (at < 0) throw noSuchEntity(`Policy ${arn} was not found.`);
      holder.attachedPolicyArns.splice(at, 1);
      return undefined;
    },
    [names.listAttached]: (ctx) => {
      const holder = target.find(ctx);
      const prefix = ctx.params.optional('PathPrefix', PATH_PREFIX) ?? '/';
      const attached = holder.attachedPolicyArns
        .map((arn) => resolvePolicy(ctx, arn) ?? { arn, name: arn.slice(arn.lastIndexOf('/') + 1), path: '/' })
        .filter((p) => p.path.startsWith(prefix));
      const page = paginate(ctx.params, attached);
      return { AttachedPolicies: page.items.map((p) => ({ PolicyName: p.name, PolicyArn: p.arn })), ...pageFields(page) };
    },
  };
}

function policyXml(ctx: ActionContext, policy: ResolvedPolicy): XmlFields {
  return {
    PolicyName: policy.name,
    PolicyId: policy.policyId,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: attachmentCount(ctx.account, policy.arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    Description: policy.description || undefined,
    CreateDate: isoTime(policy.createDate),
    UpdateDate: isoTime(policy.updateDate),
    Tags: policy.tags.length > 0 ? policy.tags.map((t) => ({ Key: t.Key, Value: t.Value })) : undefined,
  };
}

function findPolicy(ctx: ActionContext): ResolvedPolicy {
  const arn = ctx.params.required('PolicyArn', ARN);
  if (!POLICY_ARN.test(arn)) throw invalidInput(`ARN ${arn} is not valid.`);
  const policy = resolvePolicy(ctx, arn);
  if (!policy) throw noSuchEntity(`Policy ${arn} was not found.`);
  return policy;
}

function findCustomerPolicy(ctx: ActionContext): CustomerPolicyRecord {
  const policy = findPolicy(ctx);
  if (!policy.customer) throw invalidInput('AWS managed policies cannot be modified.');
  return policy.customer;
}

const versionXml = (v: { versionId: string; document: string; createDate: number }, defaultVersionId: string, withDocument: boolean): XmlFields => ({
  Document: withDocument ? encodePolicyDocument(v.document) : undefined,
  VersionId: v.versionId,
  IsDefaultVersion: v.versionId === defaultVersionId,
  CreateDate: isoTime(v.createDate),
});

export const policyHandlers: Readonly<Record<string, ActionHandler>> = {
  GetPolicy: (ctx) => ({ Policy: policyXml(ctx, findPolicy(ctx)) }),
  GetPolicyVersion: (ctx) => {
    const policy = findPolicy(ctx);
    const versionId = ctx.params.required('VersionId', { pattern: /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/, patternText: 'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?' });
    const version = policy.versions.find((v) => v.versionId === versionId);
    if (!version) throw noSuchEntity(`Policy ${policy.arn} version ${versionId} does not exist or is not attachable.`);
    return { PolicyVersion: versionXml(version, policy.defaultVersionId, true) };
  },
  ListPolicyVersions: (ctx) => {
    const policy = findPolicy(ctx);
    const page = paginate(ctx.params, [...policy.versions].reverse());
    return { Versions: page.items.map((v) => versionXml(v, policy.defaultVersionId, false)), ...pageFields(page) };
  },
  CreatePolicy: (ctx) => {
    const name = ctx.params.required('PolicyName', POLICY_NAME);
    const path = ctx.params.optional('Path', PATH) ?? '/';
    const document = ctx.params.required('PolicyDocument', POLICY_DOCUMENT);
    const description = ctx.params.optional('Description', DESCRIPTION);
    const tags = ctx.params.tags();
    validateTags(tags);
    validatePolicyDocument(document, 'identity');
    if (policySize(document) > 6144) throw limitExceeded('Cannot exceed quota for PolicySize: 6144');
    const arn = `arn:aws:iam::${ctx.caller.accountId}:policy${path}${name}`;
    if (Object.values(ctx.account.policies).some((p) => p.policyName.toLowerCase() === name.toLowerCase() && p.path === path)) {
      throw entityAlreadyExists(`A policy called ${name} already exists. Duplicate names are not allowed.`);
    }
    const now = ctx.world.now();
    const policy: CustomerPolicyRecord = {
      policyName: name,
      policyId: uniqueId(ctx.world, ID_PREFIX.policy, 17),
      path,
      arn,
      description,
      createDate: now,
      updateDate: now,
      defaultVersionId: 'v1',
      nextVersion: 2,
      versions: [{ versionId: 'v1', document, createDate: now }],
      tags,
    };
    ctx.account.policies[arn] = policy;
    return { Policy: policyXml(ctx, resolvePolicy(ctx, arn)!) };
  },
  CreatePolicyVersion: (ctx) => {
    const policy = findCustomerPolicy(ctx);
    const document = ctx.params.required('PolicyDocument', POLICY_DOCUMENT);
    const setAsDefault = ctx.params.optional('SetAsDefault') === 'true';
    validatePolicyDocument(document, 'identity');
    if (policy.versions.length >= VERSIONS_PER_POLICY) throw limitExceeded(`A managed policy can have up to ${VERSIONS_PER_POLICY} versions. Before you create a new version, you must delete an existing version.`);
    const version = { versionId: `v${policy.nextVersion++}`, document, createDate: ctx.world.now() };
    policy.versions.push(version);
    if (setAsDefault) policy.defaultVersionId = version.versionId;
    policy.updateDate = version.createDate;
    return { PolicyVersion: versionXml(version, policy.defaultVersionId, false) };
  },
  DeletePolicyVersion: (ctx) => {
    const policy = findCustomerPolicy(ctx);
    const versionId = ctx.params.required('VersionId');
    const at = policy.versions.findIndex((v) => v.versionId === versionId);
    if (at < 0) throw noSuchEntity(`Policy ${policy.arn} version ${versionId} does not exist or is not deletable.`);
    if (versionId === policy.defaultVersionId) throw deleteConflict('Cannot delete the default version of a policy.');
    policy.versions.splice(at, 1);
    return undefined;
  },
  DeletePolicy: (ctx) => {
    const policy = findCustomerPolicy(ctx);
    if (attachmentCount(ctx.account, policy.arn) > 0) throw deleteConflict('Cannot delete a policy attached to entities.');
    if (policy.versions.length > 1) throw deleteConflict('This policy has more than one version. Before you delete a policy, you must delete the policy\'s versions. The default version is deleted with the policy.');
    delete ctx.account.policies[policy.arn];
    return undefined;
  },
  TagPolicy: (ctx) => {
    const policy = findCustomerPolicy(ctx);
    const tags = ctx.params.tags();
    validateTags(tags);
    policy.tags = mergeTags(policy.tags, tags);
    return undefined;
  },
  UntagPolicy: (ctx) => {
    const policy = findCustomerPolicy(ctx);
    policy.tags = removeTags(policy.tags, ctx.params.members('TagKeys'));
    return undefined;
  },
  ListPolicyTags: (ctx) => {
    const policy = findPolicy(ctx);
    const page = paginate(ctx.params, [...policy.tags]);
    return { Tags: page.items.map((t) => ({ Key: t.Key, Value: t.Value })), ...pageFields(page) };
  },
};
