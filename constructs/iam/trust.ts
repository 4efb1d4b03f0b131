/**
 * Principals and conditions as values that compose, so a trust policy reads
 * like what it means: "the vendor's account, only with this external id".
 * Modelled on aws-cdk-lib's aws-iam (`PrincipalWithConditions`, `externalIds`).
 */
import { ConditionBlock, PolicyDocumentJson, PolicyStatementJson, mergeConditions, policyDocument } from './policy-document';

/**
 * Condition blocks as values, to pass to `TrustPrincipal.withConditions`.
 * Every value may be a cdktf token (for example `cloudbridge_external_id.result`).
 */
export const TrustConditions = {
  /** `StringEquals sts:ExternalId`: the confused-deputy guard for a third party's AWS principal. */
  externalId(...externalIds: string[]): ConditionBlock {
    if (externalIds.length === 0 || externalIds.some((id) => !id)) throw new Error('TrustConditions.externalId: a non-empty external id is required');
    return { StringEquals: { 'sts:ExternalId': externalIds.length === 1 ? externalIds[0]! : externalIds } };
  },
  /** `StringEquals <provider>:aud`: the guard for a web-identity provider (the token's audience). */
  audience(provider: string, ...audiences: string[]): ConditionBlock {
    if (!provider) throw new Error('TrustConditions.audience: a provider is required');
    if (audiences.length === 0 || audiences.some((a) => !a)) throw new Error('TrustConditions.audience: a non-empty audience is required');
    return { StringEquals: { [`${provider}:aud`]: audiences.length === 1 ? audiences[0]! : audiences } };
  },
  /** `StringEquals aws:SourceAccount`: the request must come on behalf of this account. */
  sourceAccount(...accountIds: string[]): ConditionBlock {
    if (accountIds.length === 0 || accountIds.some((a) => !a)) throw new Error('TrustConditions.sourceAccount: an account id is required');
    return { StringEquals: { 'aws:SourceAccount': accountIds.length === 1 ? accountIds[0]! : accountIds } };
  },
} as const;

/** Who may assume a role, and under which conditions. Immutable: every `with…` returns a new value. */
export abstract class TrustPrincipal {
  /** The `Principal` element of the statement. */
  abstract readonly principal: Record<string, string | string[]> | '*';
  /** The STS action this principal uses to assume the role. */
  abstract readonly assumeAction: string;
  /** True for a principal outside the customer's own accounts (a vendor). */
  abstract readonly thirdParty: boolean;
  /** The conditions every statement for this principal carries. */
  readonly conditions: ConditionBlock;

  protected constructor(conditions: ConditionBlock = {}) {
    this.conditions = conditions;
  }

  /** A copy with these condition blocks merged in (the same operator and key collect every value). */
  withConditions(...conditions: ConditionBlock[]): TrustPrincipal {
    return new PrincipalWithConditions(this, conditions.reduce(mergeConditions, this.conditions));
  }

  /** Require `sts:ExternalId` (the confused-deputy guard for third parties). */
  withExternalId(externalId: string): TrustPrincipal {
    return this.withConditions(TrustConditions.externalId(externalId));
  }

  /** Require the request to come from this source account (`aws:SourceAccount`). */
  withSourceAccount(accountId: string): TrustPrincipal {
    return this.withConditions(TrustConditions.sourceAccount(accountId));
  }

  /**
   * Require the web-identity token's audience (`<provider>:aud`), the guard for
   * a federated principal. Fails for any other kind of principal.
   */
  withAudience(audience: string): TrustPrincipal {
    const federated = this.principal === '*' ? undefined : this.principal['Federated'];
    if (typeof federated !== 'string') throw new Error('withAudience: only a web-identity (Federated) principal has an audience');
    return this.withConditions(TrustConditions.audience(federated, audience));
  }

  /** The trust policy statement granting `assumeAction` to this principal. */
  toStatement(sid?: string): PolicyStatementJson {
    return {
      ...(sid ? { Sid: sid } : {}),
      Effect: 'Allow',
      Principal: this.principal,
      Action: this.assumeAction,
      ...(Object.keys(this.conditions).length > 0 ? { Condition: this.conditions } : {}),
    };
  }
}

/** A principal with extra conditions; what every `with…` call returns. */
export class PrincipalWithConditions extends TrustPrincipal {
  constructor(
    private readonly inner: TrustPrincipal,
    conditions: ConditionBlock,
  ) {
    super(conditions);
  }
  get principal(): Record<string, string | string[]> | '*' {
    return this.inner.principal;
  }
  get assumeAction(): string {
    return this.inner.assumeAction;
  }
  get thirdParty(): boolean {
    return this.inner.thirdParty;
  }
}

const ACCOUNT_ID = /^\d{12}$/;

/** An AWS account (its root principal) or a specific IAM ARN. */
export class AwsPrincipal extends TrustPrincipal {
  readonly assumeAction = 'sts:AssumeRole';
  readonly principal: Record<string, string>;

  /**
   * @param accountOrArn a 12-digit account id or an IAM ARN (a cdktf token is accepted as is)
   * @param thirdParty whether the principal belongs to someone else (a vendor). @default true
   */
  constructor(
    accountOrArn: string,
    readonly thirdParty: boolean = true,
  ) {
    super();
    if (!accountOrArn) throw new Error('AwsPrincipal: an account id or ARN is required');
    const value = ACCOUNT_ID.test(accountOrArn) ? `arn:aws:iam::${accountOrArn}:root` : accountOrArn;
    this.principal = { AWS: value };
  }
}

/** A web-identity federation provider, such as `accounts.google.com`. */
export class WebIdentityPrincipal extends TrustPrincipal {
  readonly assumeAction = 'sts:AssumeRoleWithWebIdentity';
  readonly thirdParty = true;
  readonly principal: Record<string, string>;

  constructor(readonly provider: string) {
    super();
    if (!provider) throw new Error('WebIdentityPrincipal: a provider is required');
    this.principal = { Federated: provider };
  }
}

/** An AWS service such as `lambda.amazonaws.com`. */
export class ServicePrincipal extends TrustPrincipal {
  readonly assumeAction = 'sts:AssumeRole';
  readonly thirdParty = false;
  readonly principal: Record<string, string>;
  constructor(service: string) {
    super();
    if (!service) throw new Error('ServicePrincipal: a service is required');
    this.principal = { Service: service };
  }
}

/** A trust policy document granting each principal its assume action. */
export function trustPolicy(...principals: TrustPrincipal[]): PolicyDocumentJson {
  if (principals.length === 0) throw new Error('trustPolicy: at least one principal is required');
  return policyDocument(principals.map((p) => p.toStatement()));
}
