// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface CloudbridgeProviderConfig {
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#alias CloudbridgeProvider#alias}
  */
  readonly alias?: string;
  /**
  * avisi block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#avisi CloudbridgeProvider#avisi}
  */
  readonly avisi?: CloudbridgeProviderAvisi;
  /**
  * cloudflare block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#cloudflare CloudbridgeProvider#cloudflare}
  */
  readonly cloudflare?: CloudbridgeProviderCloudflare;
  /**
  * northflank block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#northflank CloudbridgeProvider#northflank}
  */
  readonly northflank?: CloudbridgeProviderNorthflank;
  /**
  * p0 block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#p0 CloudbridgeProvider#p0}
  */
  readonly p0?: CloudbridgeProviderP0;
  /**
  * qtangl block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#qtangl CloudbridgeProvider#qtangl}
  */
  readonly qtangl?: CloudbridgeProviderQtangl;
}
export interface CloudbridgeProviderAvisi {
  /**
  * Avisi Cloud personal access token.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#api_token CloudbridgeProvider#api_token}
  */
  readonly apiToken?: string;
  /**
  * Base URL of the Avisi Cloud API. Default `https://api.avisi.cloud`; set it to point at a proxy or at `cloudbridge emulate`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#base_url CloudbridgeProvider#base_url}
  */
  readonly baseUrl?: string;
  /**
  * How many times a failed call is retried (429, 502, 503, 504, broken connections; a `Retry-After` is honoured while it fits in the operation's timeout). Default 15.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#max_retries CloudbridgeProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Avisi Cloud organisation slug.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#organisation CloudbridgeProvider#organisation}
  */
  readonly organisation?: string;
  /**
  * Pace calls to Avisi Cloud to this many per minute, shared by every resource in the provider process. Avisi Cloud documents no limit, so the default is 0: no pacing.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#requests_per_minute CloudbridgeProvider#requests_per_minute}
  */
  readonly requestsPerMinute?: number;
}

export function cloudbridgeProviderAvisiToTerraform(struct?: CloudbridgeProviderAvisi | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    api_token: cdktn.stringToTerraform(struct!.apiToken),
    base_url: cdktn.stringToTerraform(struct!.baseUrl),
    max_retries: cdktn.numberToTerraform(struct!.maxRetries),
    organisation: cdktn.stringToTerraform(struct!.organisation),
    requests_per_minute: cdktn.numberToTerraform(struct!.requestsPerMinute),
  }
}


export function cloudbridgeProviderAvisiToHclTerraform(struct?: CloudbridgeProviderAvisi | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    api_token: {
      value: cdktn.stringToHclTerraform(struct!.apiToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    base_url: {
      value: cdktn.stringToHclTerraform(struct!.baseUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_retries: {
      value: cdktn.numberToHclTerraform(struct!.maxRetries),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    organisation: {
      value: cdktn.stringToHclTerraform(struct!.organisation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    requests_per_minute: {
      value: cdktn.numberToHclTerraform(struct!.requestsPerMinute),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface CloudbridgeProviderCloudflare {
  /**
  * Cloudflare account id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#account_id CloudbridgeProvider#account_id}
  */
  readonly accountId?: string;
  /**
  * Cloudflare API token with Magic Cloud Networking permissions.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#api_token CloudbridgeProvider#api_token}
  */
  readonly apiToken?: string;
  /**
  * Base URL of the Cloudflare API. Default `https://api.cloudflare.com/client/v4`; set it to point at a proxy or at `cloudbridge emulate`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#base_url CloudbridgeProvider#base_url}
  */
  readonly baseUrl?: string;
  /**
  * How many times a failed call is retried (429, 502, 503, 504, broken connections; a `Retry-After` is honoured while it fits in the operation's timeout). Default 15.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#max_retries CloudbridgeProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Pace calls to Cloudflare to this many per minute, shared by every resource in the provider process. Default 240, the documented limit (Cloudflare: 1,200 requests per five minutes per user); 0 turns pacing off.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#requests_per_minute CloudbridgeProvider#requests_per_minute}
  */
  readonly requestsPerMinute?: number;
}

export function cloudbridgeProviderCloudflareToTerraform(struct?: CloudbridgeProviderCloudflare | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    account_id: cdktn.stringToTerraform(struct!.accountId),
    api_token: cdktn.stringToTerraform(struct!.apiToken),
    base_url: cdktn.stringToTerraform(struct!.baseUrl),
    max_retries: cdktn.numberToTerraform(struct!.maxRetries),
    requests_per_minute: cdktn.numberToTerraform(struct!.requestsPerMinute),
  }
}


export function cloudbridgeProviderCloudflareToHclTerraform(struct?: CloudbridgeProviderCloudflare | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    account_id: {
      value: cdktn.stringToHclTerraform(struct!.accountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_token: {
      value: cdktn.stringToHclTerraform(struct!.apiToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    base_url: {
      value: cdktn.stringToHclTerraform(struct!.baseUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_retries: {
      value: cdktn.numberToHclTerraform(struct!.maxRetries),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    requests_per_minute: {
      value: cdktn.numberToHclTerraform(struct!.requestsPerMinute),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface CloudbridgeProviderNorthflank {
  /**
  * Northflank API token.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#api_token CloudbridgeProvider#api_token}
  */
  readonly apiToken?: string;
  /**
  * Base URL of the Northflank API. Default `https://api.northflank.com`; set it to point at a proxy or at `cloudbridge emulate`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#base_url CloudbridgeProvider#base_url}
  */
  readonly baseUrl?: string;
  /**
  * How many times a failed call is retried (429, 502, 503, 504, broken connections; a `Retry-After` is honoured while it fits in the operation's timeout). Default 15.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#max_retries CloudbridgeProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Pace calls to Northflank to this many per minute, shared by every resource in the provider process. Northflank documents no limit, so the default is 0: no pacing.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#requests_per_minute CloudbridgeProvider#requests_per_minute}
  */
  readonly requestsPerMinute?: number;
}

export function cloudbridgeProviderNorthflankToTerraform(struct?: CloudbridgeProviderNorthflank | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    api_token: cdktn.stringToTerraform(struct!.apiToken),
    base_url: cdktn.stringToTerraform(struct!.baseUrl),
    max_retries: cdktn.numberToTerraform(struct!.maxRetries),
    requests_per_minute: cdktn.numberToTerraform(struct!.requestsPerMinute),
  }
}


export function cloudbridgeProviderNorthflankToHclTerraform(struct?: CloudbridgeProviderNorthflank | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    api_token: {
      value: cdktn.stringToHclTerraform(struct!.apiToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    base_url: {
      value: cdktn.stringToHclTerraform(struct!.baseUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_retries: {
      value: cdktn.numberToHclTerraform(struct!.maxRetries),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    requests_per_minute: {
      value: cdktn.numberToHclTerraform(struct!.requestsPerMinute),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface CloudbridgeProviderP0 {
  /**
  * P0 API token (Bearer).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#api_token CloudbridgeProvider#api_token}
  */
  readonly apiToken?: string;
  /**
  * Base URL of the P0 Security API. Default `https://api.p0.app`; set it to point at a proxy or at `cloudbridge emulate`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#base_url CloudbridgeProvider#base_url}
  */
  readonly baseUrl?: string;
  /**
  * How many times a failed call is retried (429, 502, 503, 504, broken connections; a `Retry-After` is honoured while it fits in the operation's timeout). Default 15.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#max_retries CloudbridgeProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * P0 organization id (the `{orgId}` in API paths).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#org_id CloudbridgeProvider#org_id}
  */
  readonly orgId?: string;
  /**
  * Pace calls to P0 Security to this many per minute, shared by every resource in the provider process. P0 Security documents no limit, so the default is 0: no pacing.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#requests_per_minute CloudbridgeProvider#requests_per_minute}
  */
  readonly requestsPerMinute?: number;
}

export function cloudbridgeProviderP0ToTerraform(struct?: CloudbridgeProviderP0 | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    api_token: cdktn.stringToTerraform(struct!.apiToken),
    base_url: cdktn.stringToTerraform(struct!.baseUrl),
    max_retries: cdktn.numberToTerraform(struct!.maxRetries),
    org_id: cdktn.stringToTerraform(struct!.orgId),
    requests_per_minute: cdktn.numberToTerraform(struct!.requestsPerMinute),
  }
}


export function cloudbridgeProviderP0ToHclTerraform(struct?: CloudbridgeProviderP0 | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    api_token: {
      value: cdktn.stringToHclTerraform(struct!.apiToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    base_url: {
      value: cdktn.stringToHclTerraform(struct!.baseUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_retries: {
      value: cdktn.numberToHclTerraform(struct!.maxRetries),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    org_id: {
      value: cdktn.stringToHclTerraform(struct!.orgId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    requests_per_minute: {
      value: cdktn.numberToHclTerraform(struct!.requestsPerMinute),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface CloudbridgeProviderQtangl {
  /**
  * Qtangl API key; writes need the `operator` or `admin` role.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#api_key CloudbridgeProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Base URL of the Qtangl API. Default `https://sparkling-vibrancy-production-1a7a.up.railway.app`; set it to point at a proxy or at `cloudbridge emulate`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#base_url CloudbridgeProvider#base_url}
  */
  readonly baseUrl?: string;
  /**
  * How many times a failed call is retried (429, 502, 503, 504, broken connections; a `Retry-After` is honoured while it fits in the operation's timeout). Default 15.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#max_retries CloudbridgeProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Pace calls to Qtangl to this many per minute, shared by every resource in the provider process. Default 300, the documented limit (Qtangl: 300 requests per minute per key); 0 turns pacing off.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#requests_per_minute CloudbridgeProvider#requests_per_minute}
  */
  readonly requestsPerMinute?: number;
}

export function cloudbridgeProviderQtanglToTerraform(struct?: CloudbridgeProviderQtangl | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    api_key: cdktn.stringToTerraform(struct!.apiKey),
    base_url: cdktn.stringToTerraform(struct!.baseUrl),
    max_retries: cdktn.numberToTerraform(struct!.maxRetries),
    requests_per_minute: cdktn.numberToTerraform(struct!.requestsPerMinute),
  }
}


export function cloudbridgeProviderQtanglToHclTerraform(struct?: CloudbridgeProviderQtangl | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    api_key: {
      value: cdktn.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    base_url: {
      value: cdktn.stringToHclTerraform(struct!.baseUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_retries: {
      value: cdktn.numberToHclTerraform(struct!.maxRetries),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    requests_per_minute: {
      value: cdktn.numberToHclTerraform(struct!.requestsPerMinute),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs cloudbridge}
*/
export class CloudbridgeProvider extends cdktn.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a CloudbridgeProvider resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CloudbridgeProvider to import
  * @param importFromId The id of the existing CloudbridgeProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CloudbridgeProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs cloudbridge} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CloudbridgeProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: CloudbridgeProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge',
      terraformGeneratorMetadata: {
        providerName: 'cloudbridge'
      },
      terraformProviderSource: 'registry.terraform.io/cloudbridge/cloudbridge'
    });
    this._alias = config.alias;
    this._avisi = config.avisi;
    this._cloudflare = config.cloudflare;
    this._northflank = config.northflank;
    this._p0 = config.p0;
    this._qtangl = config.qtangl;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // avisi - computed: false, optional: true, required: false
  private _avisi?: CloudbridgeProviderAvisi; 
  public get avisi() {
    return this._avisi;
  }
  public set avisi(value: CloudbridgeProviderAvisi | undefined) {
    this._avisi = value;
  }
  public resetAvisi() {
    this._avisi = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get avisiInput() {
    return this._avisi;
  }

  // cloudflare - computed: false, optional: true, required: false
  private _cloudflare?: CloudbridgeProviderCloudflare; 
  public get cloudflare() {
    return this._cloudflare;
  }
  public set cloudflare(value: CloudbridgeProviderCloudflare | undefined) {
    this._cloudflare = value;
  }
  public resetCloudflare() {
    this._cloudflare = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudflareInput() {
    return this._cloudflare;
  }

  // northflank - computed: false, optional: true, required: false
  private _northflank?: CloudbridgeProviderNorthflank; 
  public get northflank() {
    return this._northflank;
  }
  public set northflank(value: CloudbridgeProviderNorthflank | undefined) {
    this._northflank = value;
  }
  public resetNorthflank() {
    this._northflank = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get northflankInput() {
    return this._northflank;
  }

  // p0 - computed: false, optional: true, required: false
  private _p0?: CloudbridgeProviderP0; 
  public get p0() {
    return this._p0;
  }
  public set p0(value: CloudbridgeProviderP0 | undefined) {
    this._p0 = value;
  }
  public resetP0() {
    this._p0 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get p0Input() {
    return this._p0;
  }

  // qtangl - computed: false, optional: true, required: false
  private _qtangl?: CloudbridgeProviderQtangl; 
  public get qtangl() {
    return this._qtangl;
  }
  public set qtangl(value: CloudbridgeProviderQtangl | undefined) {
    this._qtangl = value;
  }
  public resetQtangl() {
    this._qtangl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get qtanglInput() {
    return this._qtangl;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: cdktn.stringToTerraform(this._alias),
      avisi: cloudbridgeProviderAvisiToTerraform(this._avisi),
      cloudflare: cloudbridgeProviderCloudflareToTerraform(this._cloudflare),
      northflank: cloudbridgeProviderNorthflankToTerraform(this._northflank),
      p0: cloudbridgeProviderP0ToTerraform(this._p0),
      qtangl: cloudbridgeProviderQtanglToTerraform(this._qtangl),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alias: {
        value: cdktn.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      avisi: {
        value: cloudbridgeProviderAvisiToHclTerraform(this._avisi),
        isBlock: true,
        type: "struct",
        storageClassType: "CloudbridgeProviderAvisi",
      },
      cloudflare: {
        value: cloudbridgeProviderCloudflareToHclTerraform(this._cloudflare),
        isBlock: true,
        type: "struct",
        storageClassType: "CloudbridgeProviderCloudflare",
      },
      northflank: {
        value: cloudbridgeProviderNorthflankToHclTerraform(this._northflank),
        isBlock: true,
        type: "struct",
        storageClassType: "CloudbridgeProviderNorthflank",
      },
      p0: {
        value: cloudbridgeProviderP0ToHclTerraform(this._p0),
        isBlock: true,
        type: "struct",
        storageClassType: "CloudbridgeProviderP0",
      },
      qtangl: {
        value: cloudbridgeProviderQtanglToHclTerraform(this._qtangl),
        isBlock: true,
        type: "struct",
        storageClassType: "CloudbridgeProviderQtangl",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
