/**
 * Principals and conditions as values that compose, so a trust policy reads
 * like what it means: "the vendor's account, only with this external id".
 */
import { ConditionBlock, PolicyDocumentJson, PolicyStatementJson, mergeConditions, policyDocument } from './policy-document';

/** Who may assume a role, and under which conditions. Immutable: every `with…` returns a new value. */
export abstract class TrustPrincipal {
  /** The `Principal` element of the statement. */
  abstract readonly principal: Record<string, string | string[]> | '*';
  /** The STS action this principal uses to assume the role. */
  abstract readonly assumeAction: string;
  /** True for a principal outside the customer's own accounts (a vendor). */
  abstract readonly thirdParty: boolean;
  readonly conditions: ConditionBlock;

  protected constructor(conditions: ConditionBlock = {}) {
    this.conditions = conditions;
  }

  /** A copy with these conditions merged in. */
  withConditions(conditions: ConditionBlock): TrustPrincipal {
    return new ConditionedPrincipal(this, mergeConditions(this.conditions, conditions));
  }

  /** Require `sts:ExternalId` (the confused-deputy guard for third parties). */
  withExternalId(externalId: string): TrustPrincipal {
    return this.withConditions({ StringEquals: { 'sts:ExternalId': externalId } });
  }

  /** Require the request to come from this source account. */
  withSourceAccount(accountId: string): TrustPrincipal {
    return this.withConditions({ StringEquals: { 'aws:SourceAccount': accountId } });
  }

  toStatement(sid?: string): PolicyStatementJson {
    const statement: PolicyStatementJson = {
      ...(sid ? { Sid: sid } : {}),
      Effect: 'Allow',
      Principal: this.principal,
      Action: this.assumeAction,
      ...(Object.keys(this.conditions).length > 0 ? { Condition: this.conditions } : {}),
    };
    return statement;
  }
}

class ConditionedPrincipal extends TrustPrincipal {
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

  /** Require the token audience (`<provider>:aud`), the web-identity guard. */
  withAudience(audience: string): TrustPrincipal {
    return this.withConditions({ StringEquals: { [`${this.provider}:aud`]: audience } });
  }
}

/** An AWS service such as `lambda.amazonaws.com`. */
export class ServicePrincipal extends TrustPrincipal {
  readonly assumeAction = 'sts:AssumeRole';
  readonly thirdParty = false;
  readonly principal: Record<string, string>;
  constructor(service: string) {
    super();
    this.principal = { Service: service };
  }
}

/** A trust policy document granting each principal its assume action. */
export function trustPolicy(...principals: TrustPrincipal[]): PolicyDocumentJson {
  if (principals.length === 0) throw new Error('trustPolicy: at least one principal is required');
  return policyDocument(principals.map((p) => p.toStatement()));
}
