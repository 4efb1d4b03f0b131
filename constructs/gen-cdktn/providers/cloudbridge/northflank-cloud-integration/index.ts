// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface NorthflankCloudIntegrationConfig extends cdktn.TerraformMetaArguments {
  /**
  * AWS settings; required when `cloud_provider` is `aws`. Changing them replaces the integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#aws NorthflankCloudIntegration#aws}
  */
  readonly aws?: NorthflankCloudIntegrationAws;
  /**
  * Northflank's `provider`: one of `aws`, `azure`, `civo`, `gcp`, `oci`, `byok`, `cloudflare`, `coreweave`, `aiven`, `backblaze`, `akamai`. Changing it replaces the integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#cloud_provider NorthflankCloudIntegration#cloud_provider}
  */
  readonly cloudProvider: string;
  /**
  * Cloudflare settings; only when `cloud_provider` is `cloudflare`. Changing them replaces the integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#cloudflare NorthflankCloudIntegration#cloudflare}
  */
  readonly cloudflare?: NorthflankCloudIntegrationCloudflare;
  /**
  * Credentials; which fields are required depends on `cloud_provider` and `authentication_mode` (see the notes below; the others must stay unset). Northflank never returns the secrets, so the provider does not read credentials back: the state keeps what was configured, and a change (or a new `<name>_wo_version`) sends them again in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#credentials NorthflankCloudIntegration#credentials}
  */
  readonly credentials?: NorthflankCloudIntegrationCredentials;
  /**
  * Description, at most 200 characters of letters, digits, spaces and `.,?\/'"()[];`%^&*-_:!`. Removing it replaces the integration (Northflank cannot clear it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#description NorthflankCloudIntegration#description}
  */
  readonly description?: string;
  /**
  * What the integration is used for: `byoc`, `byoc-static-egress`, `byoc-custom-vpc`, `cloudfront`, `self-hosted-registry`, `route53`, `self-hosted-logs-metrics`, `docker-registry-credential`, `byoc-custom-launch-templates`, `byoc-logs`, `registry-pull`, `registry-push`, `opentofu`, `workload-identity`. Northflank's update takes no features, so changing them replaces the integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#features NorthflankCloudIntegration#features}
  */
  readonly features?: string[];
  /**
  * GCP settings; required when `cloud_provider` is `gcp`. Changing them replaces the integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#gcp NorthflankCloudIntegration#gcp}
  */
  readonly gcp?: NorthflankCloudIntegrationGcp;
  /**
  * Name, 3–39 characters: a letter, then letters and digits with single spaces or hyphens between them. Changing it replaces the integration (the id is its slug).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#name NorthflankCloudIntegration#name}
  */
  readonly name: string;
}
export interface NorthflankCloudIntegrationAws {
  /**
  * `accessKey` (an IAM user key in `credentials`) or `crossAccountRole` (`role_arn` + `external_id`). Default `accessKey`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#authentication_mode NorthflankCloudIntegration#authentication_mode}
  */
  readonly authenticationMode?: string;
}

export function northflankCloudIntegrationAwsToTerraform(struct?: NorthflankCloudIntegrationAws | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    authentication_mode: cdktn.stringToTerraform(struct!.authenticationMode),
  }
}


export function northflankCloudIntegrationAwsToHclTerraform(struct?: NorthflankCloudIntegrationAws | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    authentication_mode: {
      value: cdktn.stringToHclTerraform(struct!.authenticationMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NorthflankCloudIntegrationAwsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NorthflankCloudIntegrationAws | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._authenticationMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.authenticationMode = this._authenticationMode;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NorthflankCloudIntegrationAws | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._authenticationMode = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._authenticationMode = value.authenticationMode;
    }
  }

  // authentication_mode - computed: true, optional: true, required: false
  private _authenticationMode?: string; 
  public get authenticationMode() {
    return this.getStringAttribute('authentication_mode');
  }
  public set authenticationMode(value: string) {
    this._authenticationMode = value;
  }
  public resetAuthenticationMode() {
    this._authenticationMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticationModeInput() {
    return this._authenticationMode;
  }
}
export interface NorthflankCloudIntegrationCloudflare {
  /**
  * The kind of Cloudflare key in `credentials.api_key`: `apiToken`, `originCAKey`, `globalApiKey` (a `globalApiKey` also takes `credentials.email`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#credential_type NorthflankCloudIntegration#credential_type}
  */
  readonly credentialType?: string;
}

export function northflankCloudIntegrationCloudflareToTerraform(struct?: NorthflankCloudIntegrationCloudflare | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    credential_type: cdktn.stringToTerraform(struct!.credentialType),
  }
}


export function northflankCloudIntegrationCloudflareToHclTerraform(struct?: NorthflankCloudIntegrationCloudflare | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    credential_type: {
      value: cdktn.stringToHclTerraform(struct!.credentialType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NorthflankCloudIntegrationCloudflareOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NorthflankCloudIntegrationCloudflare | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._credentialType !== undefined) {
      hasAnyValues = true;
      internalValueResult.credentialType = this._credentialType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NorthflankCloudIntegrationCloudflare | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._credentialType = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._credentialType = value.credentialType;
    }
  }

  // credential_type - computed: false, optional: true, required: false
  private _credentialType?: string; 
  public get credentialType() {
    return this.getStringAttribute('credential_type');
  }
  public set credentialType(value: string) {
    this._credentialType = value;
  }
  public resetCredentialType() {
    this._credentialType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialTypeInput() {
    return this._credentialType;
  }
}
export interface NorthflankCloudIntegrationCredentials {
  /**
  * `accessKey` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#access_key NorthflankCloudIntegration#access_key}
  */
  readonly accessKey?: string;
  /**
  * `accessToken` in Northflank's credentials. Sensitive; prefer `access_token_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#access_token NorthflankCloudIntegration#access_token}
  */
  readonly accessToken?: string;
  /**
  * Write-only `access_token` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `access_token_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#access_token_wo NorthflankCloudIntegration#access_token_wo}
  */
  readonly accessTokenWo?: string;
  /**
  * Version of `access_token_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#access_token_wo_version NorthflankCloudIntegration#access_token_wo_version}
  */
  readonly accessTokenWoVersion?: number;
  /**
  * `apiKey` in Northflank's credentials. Sensitive; prefer `api_key_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#api_key NorthflankCloudIntegration#api_key}
  */
  readonly apiKey?: string;
  /**
  * Write-only `api_key` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `api_key_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#api_key_wo NorthflankCloudIntegration#api_key_wo}
  */
  readonly apiKeyWo?: string;
  /**
  * Version of `api_key_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#api_key_wo_version NorthflankCloudIntegration#api_key_wo_version}
  */
  readonly apiKeyWoVersion?: number;
  /**
  * `applicationKey` in Northflank's credentials. Sensitive; prefer `application_key_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#application_key NorthflankCloudIntegration#application_key}
  */
  readonly applicationKey?: string;
  /**
  * `applicationKeyId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#application_key_id NorthflankCloudIntegration#application_key_id}
  */
  readonly applicationKeyId?: string;
  /**
  * Write-only `application_key` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `application_key_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#application_key_wo NorthflankCloudIntegration#application_key_wo}
  */
  readonly applicationKeyWo?: string;
  /**
  * Version of `application_key_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#application_key_wo_version NorthflankCloudIntegration#application_key_wo_version}
  */
  readonly applicationKeyWoVersion?: number;
  /**
  * `clientId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#client_id NorthflankCloudIntegration#client_id}
  */
  readonly clientId?: string;
  /**
  * `clientSecret` in Northflank's credentials. Sensitive; prefer `client_secret_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#client_secret NorthflankCloudIntegration#client_secret}
  */
  readonly clientSecret?: string;
  /**
  * Write-only `client_secret` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `client_secret_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#client_secret_wo NorthflankCloudIntegration#client_secret_wo}
  */
  readonly clientSecretWo?: string;
  /**
  * Version of `client_secret_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#client_secret_wo_version NorthflankCloudIntegration#client_secret_wo_version}
  */
  readonly clientSecretWoVersion?: number;
  /**
  * `clientToken` in Northflank's credentials. Sensitive; prefer `client_token_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#client_token NorthflankCloudIntegration#client_token}
  */
  readonly clientToken?: string;
  /**
  * Write-only `client_token` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `client_token_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#client_token_wo NorthflankCloudIntegration#client_token_wo}
  */
  readonly clientTokenWo?: string;
  /**
  * Version of `client_token_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#client_token_wo_version NorthflankCloudIntegration#client_token_wo_version}
  */
  readonly clientTokenWoVersion?: number;
  /**
  * `compartmentId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#compartment_id NorthflankCloudIntegration#compartment_id}
  */
  readonly compartmentId?: string;
  /**
  * `email` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#email NorthflankCloudIntegration#email}
  */
  readonly email?: string;
  /**
  * `externalId` in Northflank's credentials. Sensitive; prefer `external_id_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#external_id NorthflankCloudIntegration#external_id}
  */
  readonly externalId?: string;
  /**
  * Write-only `external_id` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `external_id_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#external_id_wo NorthflankCloudIntegration#external_id_wo}
  */
  readonly externalIdWo?: string;
  /**
  * Version of `external_id_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#external_id_wo_version NorthflankCloudIntegration#external_id_wo_version}
  */
  readonly externalIdWoVersion?: number;
  /**
  * `fingerprint` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#fingerprint NorthflankCloudIntegration#fingerprint}
  */
  readonly fingerprint?: string;
  /**
  * `host` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#host NorthflankCloudIntegration#host}
  */
  readonly host?: string;
  /**
  * `keyfileJson` in Northflank's credentials. Sensitive; prefer `key_file_json_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#key_file_json NorthflankCloudIntegration#key_file_json}
  */
  readonly keyFileJson?: string;
  /**
  * Write-only `key_file_json` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `key_file_json_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#key_file_json_wo NorthflankCloudIntegration#key_file_json_wo}
  */
  readonly keyFileJsonWo?: string;
  /**
  * Version of `key_file_json_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#key_file_json_wo_version NorthflankCloudIntegration#key_file_json_wo_version}
  */
  readonly keyFileJsonWoVersion?: number;
  /**
  * `kubeconfig` in Northflank's credentials. Sensitive; prefer `kubeconfig_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#kubeconfig NorthflankCloudIntegration#kubeconfig}
  */
  readonly kubeconfig?: string;
  /**
  * Write-only `kubeconfig` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `kubeconfig_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#kubeconfig_wo NorthflankCloudIntegration#kubeconfig_wo}
  */
  readonly kubeconfigWo?: string;
  /**
  * Version of `kubeconfig_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#kubeconfig_wo_version NorthflankCloudIntegration#kubeconfig_wo_version}
  */
  readonly kubeconfigWoVersion?: number;
  /**
  * `objectId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#object_id NorthflankCloudIntegration#object_id}
  */
  readonly objectId?: string;
  /**
  * `passphrase` in Northflank's credentials. Sensitive; prefer `passphrase_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#passphrase NorthflankCloudIntegration#passphrase}
  */
  readonly passphrase?: string;
  /**
  * Write-only `passphrase` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `passphrase_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#passphrase_wo NorthflankCloudIntegration#passphrase_wo}
  */
  readonly passphraseWo?: string;
  /**
  * Version of `passphrase_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#passphrase_wo_version NorthflankCloudIntegration#passphrase_wo_version}
  */
  readonly passphraseWoVersion?: number;
  /**
  * `privateKey` in Northflank's credentials. Sensitive; prefer `private_key_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#private_key NorthflankCloudIntegration#private_key}
  */
  readonly privateKey?: string;
  /**
  * Write-only `private_key` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `private_key_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#private_key_wo NorthflankCloudIntegration#private_key_wo}
  */
  readonly privateKeyWo?: string;
  /**
  * Version of `private_key_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#private_key_wo_version NorthflankCloudIntegration#private_key_wo_version}
  */
  readonly privateKeyWoVersion?: number;
  /**
  * `region` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#region NorthflankCloudIntegration#region}
  */
  readonly region?: string;
  /**
  * `roleArn` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#role_arn NorthflankCloudIntegration#role_arn}
  */
  readonly roleArn?: string;
  /**
  * `secret` in Northflank's credentials. Sensitive; prefer `secret_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#secret NorthflankCloudIntegration#secret}
  */
  readonly secret?: string;
  /**
  * `secretKey` in Northflank's credentials. Sensitive; prefer `secret_key_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#secret_key NorthflankCloudIntegration#secret_key}
  */
  readonly secretKey?: string;
  /**
  * Write-only `secret_key` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `secret_key_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#secret_key_wo NorthflankCloudIntegration#secret_key_wo}
  */
  readonly secretKeyWo?: string;
  /**
  * Version of `secret_key_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#secret_key_wo_version NorthflankCloudIntegration#secret_key_wo_version}
  */
  readonly secretKeyWoVersion?: number;
  /**
  * Write-only `secret` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with `secret_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#secret_wo NorthflankCloudIntegration#secret_wo}
  */
  readonly secretWo?: string;
  /**
  * Version of `secret_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#secret_wo_version NorthflankCloudIntegration#secret_wo_version}
  */
  readonly secretWoVersion?: number;
  /**
  * `subscriptionId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#subscription_id NorthflankCloudIntegration#subscription_id}
  */
  readonly subscriptionId?: string;
  /**
  * `tenancyId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#tenancy_id NorthflankCloudIntegration#tenancy_id}
  */
  readonly tenancyId?: string;
  /**
  * `tenantId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#tenant_id NorthflankCloudIntegration#tenant_id}
  */
  readonly tenantId?: string;
  /**
  * `userId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#user_id NorthflankCloudIntegration#user_id}
  */
  readonly userId?: string;
}

export function northflankCloudIntegrationCredentialsToTerraform(struct?: NorthflankCloudIntegrationCredentials | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    access_key: cdktn.stringToTerraform(struct!.accessKey),
    access_token: cdktn.stringToTerraform(struct!.accessToken),
    access_token_wo: cdktn.stringToTerraform(struct!.accessTokenWo),
    access_token_wo_version: cdktn.numberToTerraform(struct!.accessTokenWoVersion),
    api_key: cdktn.stringToTerraform(struct!.apiKey),
    api_key_wo: cdktn.stringToTerraform(struct!.apiKeyWo),
    api_key_wo_version: cdktn.numberToTerraform(struct!.apiKeyWoVersion),
    application_key: cdktn.stringToTerraform(struct!.applicationKey),
    application_key_id: cdktn.stringToTerraform(struct!.applicationKeyId),
    application_key_wo: cdktn.stringToTerraform(struct!.applicationKeyWo),
    application_key_wo_version: cdktn.numberToTerraform(struct!.applicationKeyWoVersion),
    client_id: cdktn.stringToTerraform(struct!.clientId),
    client_secret: cdktn.stringToTerraform(struct!.clientSecret),
    client_secret_wo: cdktn.stringToTerraform(struct!.clientSecretWo),
    client_secret_wo_version: cdktn.numberToTerraform(struct!.clientSecretWoVersion),
    client_token: cdktn.stringToTerraform(struct!.clientToken),
    client_token_wo: cdktn.stringToTerraform(struct!.clientTokenWo),
    client_token_wo_version: cdktn.numberToTerraform(struct!.clientTokenWoVersion),
    compartment_id: cdktn.stringToTerraform(struct!.compartmentId),
    email: cdktn.stringToTerraform(struct!.email),
    external_id: cdktn.stringToTerraform(struct!.externalId),
    external_id_wo: cdktn.stringToTerraform(struct!.externalIdWo),
    external_id_wo_version: cdktn.numberToTerraform(struct!.externalIdWoVersion),
    fingerprint: cdktn.stringToTerraform(struct!.fingerprint),
    host: cdktn.stringToTerraform(struct!.host),
    key_file_json: cdktn.stringToTerraform(struct!.keyFileJson),
    key_file_json_wo: cdktn.stringToTerraform(struct!.keyFileJsonWo),
    key_file_json_wo_version: cdktn.numberToTerraform(struct!.keyFileJsonWoVersion),
    kubeconfig: cdktn.stringToTerraform(struct!.kubeconfig),
    kubeconfig_wo: cdktn.stringToTerraform(struct!.kubeconfigWo),
    kubeconfig_wo_version: cdktn.numberToTerraform(struct!.kubeconfigWoVersion),
    object_id: cdktn.stringToTerraform(struct!.objectId),
    passphrase: cdktn.stringToTerraform(struct!.passphrase),
    passphrase_wo: cdktn.stringToTerraform(struct!.passphraseWo),
    passphrase_wo_version: cdktn.numberToTerraform(struct!.passphraseWoVersion),
    private_key: cdktn.stringToTerraform(struct!.privateKey),
    private_key_wo: cdktn.stringToTerraform(struct!.privateKeyWo),
    private_key_wo_version: cdktn.numberToTerraform(struct!.privateKeyWoVersion),
    region: cdktn.stringToTerraform(struct!.region),
    role_arn: cdktn.stringToTerraform(struct!.roleArn),
    secret: cdktn.stringToTerraform(struct!.secret),
    secret_key: cdktn.stringToTerraform(struct!.secretKey),
    secret_key_wo: cdktn.stringToTerraform(struct!.secretKeyWo),
    secret_key_wo_version: cdktn.numberToTerraform(struct!.secretKeyWoVersion),
    secret_wo: cdktn.stringToTerraform(struct!.secretWo),
    secret_wo_version: cdktn.numberToTerraform(struct!.secretWoVersion),
    subscription_id: cdktn.stringToTerraform(struct!.subscriptionId),
    tenancy_id: cdktn.stringToTerraform(struct!.tenancyId),
    tenant_id: cdktn.stringToTerraform(struct!.tenantId),
    user_id: cdktn.stringToTerraform(struct!.userId),
  }
}


export function northflankCloudIntegrationCredentialsToHclTerraform(struct?: NorthflankCloudIntegrationCredentials | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    access_key: {
      value: cdktn.stringToHclTerraform(struct!.accessKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    access_token: {
      value: cdktn.stringToHclTerraform(struct!.accessToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    access_token_wo: {
      value: cdktn.stringToHclTerraform(struct!.accessTokenWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    access_token_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.accessTokenWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    api_key: {
      value: cdktn.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.apiKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.apiKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    application_key: {
      value: cdktn.stringToHclTerraform(struct!.applicationKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    application_key_id: {
      value: cdktn.stringToHclTerraform(struct!.applicationKeyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    application_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.applicationKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    application_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.applicationKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    client_id: {
      value: cdktn.stringToHclTerraform(struct!.clientId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_secret: {
      value: cdktn.stringToHclTerraform(struct!.clientSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_secret_wo: {
      value: cdktn.stringToHclTerraform(struct!.clientSecretWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_secret_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.clientSecretWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    client_token: {
      value: cdktn.stringToHclTerraform(struct!.clientToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_token_wo: {
      value: cdktn.stringToHclTerraform(struct!.clientTokenWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_token_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.clientTokenWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    compartment_id: {
      value: cdktn.stringToHclTerraform(struct!.compartmentId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    email: {
      value: cdktn.stringToHclTerraform(struct!.email),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    external_id: {
      value: cdktn.stringToHclTerraform(struct!.externalId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    external_id_wo: {
      value: cdktn.stringToHclTerraform(struct!.externalIdWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    external_id_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.externalIdWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    fingerprint: {
      value: cdktn.stringToHclTerraform(struct!.fingerprint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    host: {
      value: cdktn.stringToHclTerraform(struct!.host),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_file_json: {
      value: cdktn.stringToHclTerraform(struct!.keyFileJson),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_file_json_wo: {
      value: cdktn.stringToHclTerraform(struct!.keyFileJsonWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_file_json_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.keyFileJsonWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    kubeconfig: {
      value: cdktn.stringToHclTerraform(struct!.kubeconfig),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kubeconfig_wo: {
      value: cdktn.stringToHclTerraform(struct!.kubeconfigWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kubeconfig_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.kubeconfigWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    object_id: {
      value: cdktn.stringToHclTerraform(struct!.objectId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    passphrase: {
      value: cdktn.stringToHclTerraform(struct!.passphrase),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    passphrase_wo: {
      value: cdktn.stringToHclTerraform(struct!.passphraseWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    passphrase_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.passphraseWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    private_key: {
      value: cdktn.stringToHclTerraform(struct!.privateKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    private_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.privateKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    private_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.privateKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    region: {
      value: cdktn.stringToHclTerraform(struct!.region),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    role_arn: {
      value: cdktn.stringToHclTerraform(struct!.roleArn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret: {
      value: cdktn.stringToHclTerraform(struct!.secret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_key: {
      value: cdktn.stringToHclTerraform(struct!.secretKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.secretKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.secretKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    secret_wo: {
      value: cdktn.stringToHclTerraform(struct!.secretWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.secretWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    subscription_id: {
      value: cdktn.stringToHclTerraform(struct!.subscriptionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tenancy_id: {
      value: cdktn.stringToHclTerraform(struct!.tenancyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tenant_id: {
      value: cdktn.stringToHclTerraform(struct!.tenantId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user_id: {
      value: cdktn.stringToHclTerraform(struct!.userId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NorthflankCloudIntegrationCredentialsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NorthflankCloudIntegrationCredentials | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accessKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKey = this._accessKey;
    }
    if (this._accessToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessToken = this._accessToken;
    }
    if (this._accessTokenWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessTokenWo = this._accessTokenWo;
    }
    if (this._accessTokenWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessTokenWoVersion = this._accessTokenWoVersion;
    }
    if (this._apiKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKey = this._apiKey;
    }
    if (this._apiKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKeyWo = this._apiKeyWo;
    }
    if (this._apiKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKeyWoVersion = this._apiKeyWoVersion;
    }
    if (this._applicationKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.applicationKey = this._applicationKey;
    }
    if (this._applicationKeyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.applicationKeyId = this._applicationKeyId;
    }
    if (this._applicationKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.applicationKeyWo = this._applicationKeyWo;
    }
    if (this._applicationKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.applicationKeyWoVersion = this._applicationKeyWoVersion;
    }
    if (this._clientId !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientId = this._clientId;
    }
    if (this._clientSecret !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientSecret = this._clientSecret;
    }
    if (this._clientSecretWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientSecretWo = this._clientSecretWo;
    }
    if (this._clientSecretWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientSecretWoVersion = this._clientSecretWoVersion;
    }
    if (this._clientToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientToken = this._clientToken;
    }
    if (this._clientTokenWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientTokenWo = this._clientTokenWo;
    }
    if (this._clientTokenWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientTokenWoVersion = this._clientTokenWoVersion;
    }
    if (this._compartmentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.compartmentId = this._compartmentId;
    }
    if (this._email !== undefined) {
      hasAnyValues = true;
      internalValueResult.email = this._email;
    }
    if (this._externalId !== undefined) {
      hasAnyValues = true;
      internalValueResult.externalId = this._externalId;
    }
    if (this._externalIdWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.externalIdWo = this._externalIdWo;
    }
    if (this._externalIdWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.externalIdWoVersion = this._externalIdWoVersion;
    }
    if (this._fingerprint !== undefined) {
      hasAnyValues = true;
      internalValueResult.fingerprint = this._fingerprint;
    }
    if (this._host !== undefined) {
      hasAnyValues = true;
      internalValueResult.host = this._host;
    }
    if (this._keyFileJson !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyFileJson = this._keyFileJson;
    }
    if (this._keyFileJsonWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyFileJsonWo = this._keyFileJsonWo;
    }
    if (this._keyFileJsonWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyFileJsonWoVersion = this._keyFileJsonWoVersion;
    }
    if (this._kubeconfig !== undefined) {
      hasAnyValues = true;
      internalValueResult.kubeconfig = this._kubeconfig;
    }
    if (this._kubeconfigWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.kubeconfigWo = this._kubeconfigWo;
    }
    if (this._kubeconfigWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.kubeconfigWoVersion = this._kubeconfigWoVersion;
    }
    if (this._objectId !== undefined) {
      hasAnyValues = true;
      internalValueResult.objectId = this._objectId;
    }
    if (this._passphrase !== undefined) {
      hasAnyValues = true;
      internalValueResult.passphrase = this._passphrase;
    }
    if (this._passphraseWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.passphraseWo = this._passphraseWo;
    }
    if (this._passphraseWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.passphraseWoVersion = this._passphraseWoVersion;
    }
    if (this._privateKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateKey = this._privateKey;
    }
    if (this._privateKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateKeyWo = this._privateKeyWo;
    }
    if (this._privateKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateKeyWoVersion = this._privateKeyWoVersion;
    }
    if (this._region !== undefined) {
      hasAnyValues = true;
      internalValueResult.region = this._region;
    }
    if (this._roleArn !== undefined) {
      hasAnyValues = true;
      internalValueResult.roleArn = this._roleArn;
    }
    if (this._secret !== undefined) {
      hasAnyValues = true;
      internalValueResult.secret = this._secret;
    }
    if (this._secretKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretKey = this._secretKey;
    }
    if (this._secretKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretKeyWo = this._secretKeyWo;
    }
    if (this._secretKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretKeyWoVersion = this._secretKeyWoVersion;
    }
    if (this._secretWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretWo = this._secretWo;
    }
    if (this._secretWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretWoVersion = this._secretWoVersion;
    }
    if (this._subscriptionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subscriptionId = this._subscriptionId;
    }
    if (this._tenancyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tenancyId = this._tenancyId;
    }
    if (this._tenantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tenantId = this._tenantId;
    }
    if (this._userId !== undefined) {
      hasAnyValues = true;
      internalValueResult.userId = this._userId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NorthflankCloudIntegrationCredentials | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accessKey = undefined;
      this._accessToken = undefined;
      this._accessTokenWo = undefined;
      this._accessTokenWoVersion = undefined;
      this._apiKey = undefined;
      this._apiKeyWo = undefined;
      this._apiKeyWoVersion = undefined;
      this._applicationKey = undefined;
      this._applicationKeyId = undefined;
      this._applicationKeyWo = undefined;
      this._applicationKeyWoVersion = undefined;
      this._clientId = undefined;
      this._clientSecret = undefined;
      this._clientSecretWo = undefined;
      this._clientSecretWoVersion = undefined;
      this._clientToken = undefined;
      this._clientTokenWo = undefined;
      this._clientTokenWoVersion = undefined;
      this._compartmentId = undefined;
      this._email = undefined;
      this._externalId = undefined;
      this._externalIdWo = undefined;
      this._externalIdWoVersion = undefined;
      this._fingerprint = undefined;
      this._host = undefined;
      this._keyFileJson = undefined;
      this._keyFileJsonWo = undefined;
      this._keyFileJsonWoVersion = undefined;
      this._kubeconfig = undefined;
      this._kubeconfigWo = undefined;
      this._kubeconfigWoVersion = undefined;
      this._objectId = undefined;
      this._passphrase = undefined;
      this._passphraseWo = undefined;
      this._passphraseWoVersion = undefined;
      this._privateKey = undefined;
      this._privateKeyWo = undefined;
      this._privateKeyWoVersion = undefined;
      this._region = undefined;
      this._roleArn = undefined;
      this._secret = undefined;
      this._secretKey = undefined;
      this._secretKeyWo = undefined;
      this._secretKeyWoVersion = undefined;
      this._secretWo = undefined;
      this._secretWoVersion = undefined;
      this._subscriptionId = undefined;
      this._tenancyId = undefined;
      this._tenantId = undefined;
      this._userId = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accessKey = value.accessKey;
      this._accessToken = value.accessToken;
      this._accessTokenWo = value.accessTokenWo;
      this._accessTokenWoVersion = value.accessTokenWoVersion;
      this._apiKey = value.apiKey;
      this._apiKeyWo = value.apiKeyWo;
      this._apiKeyWoVersion = value.apiKeyWoVersion;
      this._applicationKey = value.applicationKey;
      this._applicationKeyId = value.applicationKeyId;
      this._applicationKeyWo = value.applicationKeyWo;
      this._applicationKeyWoVersion = value.applicationKeyWoVersion;
      this._clientId = value.clientId;
      this._clientSecret = value.clientSecret;
      this._clientSecretWo = value.clientSecretWo;
      this._clientSecretWoVersion = value.clientSecretWoVersion;
      this._clientToken = value.clientToken;
      this._clientTokenWo = value.clientTokenWo;
      this._clientTokenWoVersion = value.clientTokenWoVersion;
      this._compartmentId = value.compartmentId;
      this._email = value.email;
      this._externalId = value.externalId;
      this._externalIdWo = value.externalIdWo;
      this._externalIdWoVersion = value.externalIdWoVersion;
      this._fingerprint = value.fingerprint;
      this._host = value.host;
      this._keyFileJson = value.keyFileJson;
      this._keyFileJsonWo = value.keyFileJsonWo;
      this._keyFileJsonWoVersion = value.keyFileJsonWoVersion;
      this._kubeconfig = value.kubeconfig;
      this._kubeconfigWo = value.kubeconfigWo;
      this._kubeconfigWoVersion = value.kubeconfigWoVersion;
      this._objectId = value.objectId;
      this._passphrase = value.passphrase;
      this._passphraseWo = value.passphraseWo;
      this._passphraseWoVersion = value.passphraseWoVersion;
      this._privateKey = value.privateKey;
      this._privateKeyWo = value.privateKeyWo;
      this._privateKeyWoVersion = value.privateKeyWoVersion;
      this._region = value.region;
      this._roleArn = value.roleArn;
      this._secret = value.secret;
      this._secretKey = value.secretKey;
      this._secretKeyWo = value.secretKeyWo;
      this._secretKeyWoVersion = value.secretKeyWoVersion;
      this._secretWo = value.secretWo;
      this._secretWoVersion = value.secretWoVersion;
      this._subscriptionId = value.subscriptionId;
      this._tenancyId = value.tenancyId;
      this._tenantId = value.tenantId;
      this._userId = value.userId;
    }
  }

  // access_key - computed: false, optional: true, required: false
  private _accessKey?: string; 
  public get accessKey() {
    return this.getStringAttribute('access_key');
  }
  public set accessKey(value: string) {
    this._accessKey = value;
  }
  public resetAccessKey() {
    this._accessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyInput() {
    return this._accessKey;
  }

  // access_token - computed: false, optional: true, required: false
  private _accessToken?: string; 
  public get accessToken() {
    return this.getStringAttribute('access_token');
  }
  public set accessToken(value: string) {
    this._accessToken = value;
  }
  public resetAccessToken() {
    this._accessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessTokenInput() {
    return this._accessToken;
  }

  // access_token_wo - computed: false, optional: true, required: false
  private _accessTokenWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get accessTokenWo() {
    return this.getStringAttribute('access_token_wo');
  }
  public set accessTokenWo(value: string) {
    this._accessTokenWo = value;
  }
  public resetAccessTokenWo() {
    this._accessTokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessTokenWoInput() {
    return this._accessTokenWo;
  }

  // access_token_wo_version - computed: false, optional: true, required: false
  private _accessTokenWoVersion?: number; 
  public get accessTokenWoVersion() {
    return this.getNumberAttribute('access_token_wo_version');
  }
  public set accessTokenWoVersion(value: number) {
    this._accessTokenWoVersion = value;
  }
  public resetAccessTokenWoVersion() {
    this._accessTokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessTokenWoVersionInput() {
    return this._accessTokenWoVersion;
  }

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // api_key_wo - computed: false, optional: true, required: false
  private _apiKeyWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get apiKeyWo() {
    return this.getStringAttribute('api_key_wo');
  }
  public set apiKeyWo(value: string) {
    this._apiKeyWo = value;
  }
  public resetApiKeyWo() {
    this._apiKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyWoInput() {
    return this._apiKeyWo;
  }

  // api_key_wo_version - computed: false, optional: true, required: false
  private _apiKeyWoVersion?: number; 
  public get apiKeyWoVersion() {
    return this.getNumberAttribute('api_key_wo_version');
  }
  public set apiKeyWoVersion(value: number) {
    this._apiKeyWoVersion = value;
  }
  public resetApiKeyWoVersion() {
    this._apiKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyWoVersionInput() {
    return this._apiKeyWoVersion;
  }

  // application_key - computed: false, optional: true, required: false
  private _applicationKey?: string; 
  public get applicationKey() {
    return this.getStringAttribute('application_key');
  }
  public set applicationKey(value: string) {
    this._applicationKey = value;
  }
  public resetApplicationKey() {
    this._applicationKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationKeyInput() {
    return this._applicationKey;
  }

  // application_key_id - computed: false, optional: true, required: false
  private _applicationKeyId?: string; 
  public get applicationKeyId() {
    return this.getStringAttribute('application_key_id');
  }
  public set applicationKeyId(value: string) {
    this._applicationKeyId = value;
  }
  public resetApplicationKeyId() {
    this._applicationKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationKeyIdInput() {
    return this._applicationKeyId;
  }

  // application_key_wo - computed: false, optional: true, required: false
  private _applicationKeyWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get applicationKeyWo() {
    return this.getStringAttribute('application_key_wo');
  }
  public set applicationKeyWo(value: string) {
    this._applicationKeyWo = value;
  }
  public resetApplicationKeyWo() {
    this._applicationKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationKeyWoInput() {
    return this._applicationKeyWo;
  }

  // application_key_wo_version - computed: false, optional: true, required: false
  private _applicationKeyWoVersion?: number; 
  public get applicationKeyWoVersion() {
    return this.getNumberAttribute('application_key_wo_version');
  }
  public set applicationKeyWoVersion(value: number) {
    this._applicationKeyWoVersion = value;
  }
  public resetApplicationKeyWoVersion() {
    this._applicationKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationKeyWoVersionInput() {
    return this._applicationKeyWoVersion;
  }

  // client_id - computed: false, optional: true, required: false
  private _clientId?: string; 
  public get clientId() {
    return this.getStringAttribute('client_id');
  }
  public set clientId(value: string) {
    this._clientId = value;
  }
  public resetClientId() {
    this._clientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // client_secret - computed: false, optional: true, required: false
  private _clientSecret?: string; 
  public get clientSecret() {
    return this.getStringAttribute('client_secret');
  }
  public set clientSecret(value: string) {
    this._clientSecret = value;
  }
  public resetClientSecret() {
    this._clientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretInput() {
    return this._clientSecret;
  }

  // client_secret_wo - computed: false, optional: true, required: false
  private _clientSecretWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get clientSecretWo() {
    return this.getStringAttribute('client_secret_wo');
  }
  public set clientSecretWo(value: string) {
    this._clientSecretWo = value;
  }
  public resetClientSecretWo() {
    this._clientSecretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretWoInput() {
    return this._clientSecretWo;
  }

  // client_secret_wo_version - computed: false, optional: true, required: false
  private _clientSecretWoVersion?: number; 
  public get clientSecretWoVersion() {
    return this.getNumberAttribute('client_secret_wo_version');
  }
  public set clientSecretWoVersion(value: number) {
    this._clientSecretWoVersion = value;
  }
  public resetClientSecretWoVersion() {
    this._clientSecretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretWoVersionInput() {
    return this._clientSecretWoVersion;
  }

  // client_token - computed: false, optional: true, required: false
  private _clientToken?: string; 
  public get clientToken() {
    return this.getStringAttribute('client_token');
  }
  public set clientToken(value: string) {
    this._clientToken = value;
  }
  public resetClientToken() {
    this._clientToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientTokenInput() {
    return this._clientToken;
  }

  // client_token_wo - computed: false, optional: true, required: false
  private _clientTokenWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get clientTokenWo() {
    return this.getStringAttribute('client_token_wo');
  }
  public set clientTokenWo(value: string) {
    this._clientTokenWo = value;
  }
  public resetClientTokenWo() {
    this._clientTokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientTokenWoInput() {
    return this._clientTokenWo;
  }

  // client_token_wo_version - computed: false, optional: true, required: false
  private _clientTokenWoVersion?: number; 
  public get clientTokenWoVersion() {
    return this.getNumberAttribute('client_token_wo_version');
  }
  public set clientTokenWoVersion(value: number) {
    this._clientTokenWoVersion = value;
  }
  public resetClientTokenWoVersion() {
    this._clientTokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientTokenWoVersionInput() {
    return this._clientTokenWoVersion;
  }

  // compartment_id - computed: false, optional: true, required: false
  private _compartmentId?: string; 
  public get compartmentId() {
    return this.getStringAttribute('compartment_id');
  }
  public set compartmentId(value: string) {
    this._compartmentId = value;
  }
  public resetCompartmentId() {
    this._compartmentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compartmentIdInput() {
    return this._compartmentId;
  }

  // email - computed: false, optional: true, required: false
  private _email?: string; 
  public get email() {
    return this.getStringAttribute('email');
  }
  public set email(value: string) {
    this._email = value;
  }
  public resetEmail() {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // external_id - computed: false, optional: true, required: false
  private _externalId?: string; 
  public get externalId() {
    return this.getStringAttribute('external_id');
  }
  public set externalId(value: string) {
    this._externalId = value;
  }
  public resetExternalId() {
    this._externalId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalIdInput() {
    return this._externalId;
  }

  // external_id_wo - computed: false, optional: true, required: false
  private _externalIdWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get externalIdWo() {
    return this.getStringAttribute('external_id_wo');
  }
  public set externalIdWo(value: string) {
    this._externalIdWo = value;
  }
  public resetExternalIdWo() {
    this._externalIdWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalIdWoInput() {
    return this._externalIdWo;
  }

  // external_id_wo_version - computed: false, optional: true, required: false
  private _externalIdWoVersion?: number; 
  public get externalIdWoVersion() {
    return this.getNumberAttribute('external_id_wo_version');
  }
  public set externalIdWoVersion(value: number) {
    this._externalIdWoVersion = value;
  }
  public resetExternalIdWoVersion() {
    this._externalIdWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalIdWoVersionInput() {
    return this._externalIdWoVersion;
  }

  // fingerprint - computed: false, optional: true, required: false
  private _fingerprint?: string; 
  public get fingerprint() {
    return this.getStringAttribute('fingerprint');
  }
  public set fingerprint(value: string) {
    this._fingerprint = value;
  }
  public resetFingerprint() {
    this._fingerprint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fingerprintInput() {
    return this._fingerprint;
  }

  // host - computed: false, optional: true, required: false
  private _host?: string; 
  public get host() {
    return this.getStringAttribute('host');
  }
  public set host(value: string) {
    this._host = value;
  }
  public resetHost() {
    this._host = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // key_file_json - computed: false, optional: true, required: false
  private _keyFileJson?: string; 
  public get keyFileJson() {
    return this.getStringAttribute('key_file_json');
  }
  public set keyFileJson(value: string) {
    this._keyFileJson = value;
  }
  public resetKeyFileJson() {
    this._keyFileJson = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyFileJsonInput() {
    return this._keyFileJson;
  }

  // key_file_json_wo - computed: false, optional: true, required: false
  private _keyFileJsonWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get keyFileJsonWo() {
    return this.getStringAttribute('key_file_json_wo');
  }
  public set keyFileJsonWo(value: string) {
    this._keyFileJsonWo = value;
  }
  public resetKeyFileJsonWo() {
    this._keyFileJsonWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyFileJsonWoInput() {
    return this._keyFileJsonWo;
  }

  // key_file_json_wo_version - computed: false, optional: true, required: false
  private _keyFileJsonWoVersion?: number; 
  public get keyFileJsonWoVersion() {
    return this.getNumberAttribute('key_file_json_wo_version');
  }
  public set keyFileJsonWoVersion(value: number) {
    this._keyFileJsonWoVersion = value;
  }
  public resetKeyFileJsonWoVersion() {
    this._keyFileJsonWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyFileJsonWoVersionInput() {
    return this._keyFileJsonWoVersion;
  }

  // kubeconfig - computed: false, optional: true, required: false
  private _kubeconfig?: string; 
  public get kubeconfig() {
    return this.getStringAttribute('kubeconfig');
  }
  public set kubeconfig(value: string) {
    this._kubeconfig = value;
  }
  public resetKubeconfig() {
    this._kubeconfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeconfigInput() {
    return this._kubeconfig;
  }

  // kubeconfig_wo - computed: false, optional: true, required: false
  private _kubeconfigWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get kubeconfigWo() {
    return this.getStringAttribute('kubeconfig_wo');
  }
  public set kubeconfigWo(value: string) {
    this._kubeconfigWo = value;
  }
  public resetKubeconfigWo() {
    this._kubeconfigWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeconfigWoInput() {
    return this._kubeconfigWo;
  }

  // kubeconfig_wo_version - computed: false, optional: true, required: false
  private _kubeconfigWoVersion?: number; 
  public get kubeconfigWoVersion() {
    return this.getNumberAttribute('kubeconfig_wo_version');
  }
  public set kubeconfigWoVersion(value: number) {
    this._kubeconfigWoVersion = value;
  }
  public resetKubeconfigWoVersion() {
    this._kubeconfigWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeconfigWoVersionInput() {
    return this._kubeconfigWoVersion;
  }

  // object_id - computed: false, optional: true, required: false
  private _objectId?: string; 
  public get objectId() {
    return this.getStringAttribute('object_id');
  }
  public set objectId(value: string) {
    this._objectId = value;
  }
  public resetObjectId() {
    this._objectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get objectIdInput() {
    return this._objectId;
  }

  // passphrase - computed: false, optional: true, required: false
  private _passphrase?: string; 
  public get passphrase() {
    return this.getStringAttribute('passphrase');
  }
  public set passphrase(value: string) {
    this._passphrase = value;
  }
  public resetPassphrase() {
    this._passphrase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseInput() {
    return this._passphrase;
  }

  // passphrase_wo - computed: false, optional: true, required: false
  private _passphraseWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get passphraseWo() {
    return this.getStringAttribute('passphrase_wo');
  }
  public set passphraseWo(value: string) {
    this._passphraseWo = value;
  }
  public resetPassphraseWo() {
    this._passphraseWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseWoInput() {
    return this._passphraseWo;
  }

  // passphrase_wo_version - computed: false, optional: true, required: false
  private _passphraseWoVersion?: number; 
  public get passphraseWoVersion() {
    return this.getNumberAttribute('passphrase_wo_version');
  }
  public set passphraseWoVersion(value: number) {
    this._passphraseWoVersion = value;
  }
  public resetPassphraseWoVersion() {
    this._passphraseWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseWoVersionInput() {
    return this._passphraseWoVersion;
  }

  // private_key - computed: false, optional: true, required: false
  private _privateKey?: string; 
  public get privateKey() {
    return this.getStringAttribute('private_key');
  }
  public set privateKey(value: string) {
    this._privateKey = value;
  }
  public resetPrivateKey() {
    this._privateKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyInput() {
    return this._privateKey;
  }

  // private_key_wo - computed: false, optional: true, required: false
  private _privateKeyWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get privateKeyWo() {
    return this.getStringAttribute('private_key_wo');
  }
  public set privateKeyWo(value: string) {
    this._privateKeyWo = value;
  }
  public resetPrivateKeyWo() {
    this._privateKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyWoInput() {
    return this._privateKeyWo;
  }

  // private_key_wo_version - computed: false, optional: true, required: false
  private _privateKeyWoVersion?: number; 
  public get privateKeyWoVersion() {
    return this.getNumberAttribute('private_key_wo_version');
  }
  public set privateKeyWoVersion(value: number) {
    this._privateKeyWoVersion = value;
  }
  public resetPrivateKeyWoVersion() {
    this._privateKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyWoVersionInput() {
    return this._privateKeyWoVersion;
  }

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this.getStringAttribute('region');
  }
  public set region(value: string) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // role_arn - computed: false, optional: true, required: false
  private _roleArn?: string; 
  public get roleArn() {
    return this.getStringAttribute('role_arn');
  }
  public set roleArn(value: string) {
    this._roleArn = value;
  }
  public resetRoleArn() {
    this._roleArn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get roleArnInput() {
    return this._roleArn;
  }

  // secret - computed: false, optional: true, required: false
  private _secret?: string; 
  public get secret() {
    return this.getStringAttribute('secret');
  }
  public set secret(value: string) {
    this._secret = value;
  }
  public resetSecret() {
    this._secret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretInput() {
    return this._secret;
  }

  // secret_key - computed: false, optional: true, required: false
  private _secretKey?: string; 
  public get secretKey() {
    return this.getStringAttribute('secret_key');
  }
  public set secretKey(value: string) {
    this._secretKey = value;
  }
  public resetSecretKey() {
    this._secretKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyInput() {
    return this._secretKey;
  }

  // secret_key_wo - computed: false, optional: true, required: false
  private _secretKeyWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get secretKeyWo() {
    return this.getStringAttribute('secret_key_wo');
  }
  public set secretKeyWo(value: string) {
    this._secretKeyWo = value;
  }
  public resetSecretKeyWo() {
    this._secretKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyWoInput() {
    return this._secretKeyWo;
  }

  // secret_key_wo_version - computed: false, optional: true, required: false
  private _secretKeyWoVersion?: number; 
  public get secretKeyWoVersion() {
    return this.getNumberAttribute('secret_key_wo_version');
  }
  public set secretKeyWoVersion(value: number) {
    this._secretKeyWoVersion = value;
  }
  public resetSecretKeyWoVersion() {
    this._secretKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyWoVersionInput() {
    return this._secretKeyWoVersion;
  }

  // secret_wo - computed: false, optional: true, required: false
  private _secretWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get secretWo() {
    return this.getStringAttribute('secret_wo');
  }
  public set secretWo(value: string) {
    this._secretWo = value;
  }
  public resetSecretWo() {
    this._secretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretWoInput() {
    return this._secretWo;
  }

  // secret_wo_version - computed: false, optional: true, required: false
  private _secretWoVersion?: number; 
  public get secretWoVersion() {
    return this.getNumberAttribute('secret_wo_version');
  }
  public set secretWoVersion(value: number) {
    this._secretWoVersion = value;
  }
  public resetSecretWoVersion() {
    this._secretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretWoVersionInput() {
    return this._secretWoVersion;
  }

  // subscription_id - computed: false, optional: true, required: false
  private _subscriptionId?: string; 
  public get subscriptionId() {
    return this.getStringAttribute('subscription_id');
  }
  public set subscriptionId(value: string) {
    this._subscriptionId = value;
  }
  public resetSubscriptionId() {
    this._subscriptionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subscriptionIdInput() {
    return this._subscriptionId;
  }

  // tenancy_id - computed: false, optional: true, required: false
  private _tenancyId?: string; 
  public get tenancyId() {
    return this.getStringAttribute('tenancy_id');
  }
  public set tenancyId(value: string) {
    this._tenancyId = value;
  }
  public resetTenancyId() {
    this._tenancyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenancyIdInput() {
    return this._tenancyId;
  }

  // tenant_id - computed: false, optional: true, required: false
  private _tenantId?: string; 
  public get tenantId() {
    return this.getStringAttribute('tenant_id');
  }
  public set tenantId(value: string) {
    this._tenantId = value;
  }
  public resetTenantId() {
    this._tenantId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantIdInput() {
    return this._tenantId;
  }

  // user_id - computed: false, optional: true, required: false
  private _userId?: string; 
  public get userId() {
    return this.getStringAttribute('user_id');
  }
  public set userId(value: string) {
    this._userId = value;
  }
  public resetUserId() {
    this._userId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdInput() {
    return this._userId;
  }
}
export interface NorthflankCloudIntegrationGcp {
  /**
  * `accessKey` (a key file in `credentials.key_file_json`) or `crossAccountRole` (needs `service_account_email`). Default `accessKey`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#authentication_mode NorthflankCloudIntegration#authentication_mode}
  */
  readonly authenticationMode?: string;
  /**
  * GCP project id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#project_id NorthflankCloudIntegration#project_id}
  */
  readonly projectId: string;
  /**
  * Service account used for cross-account access.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#service_account_email NorthflankCloudIntegration#service_account_email}
  */
  readonly serviceAccountEmail?: string;
}

export function northflankCloudIntegrationGcpToTerraform(struct?: NorthflankCloudIntegrationGcp | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    authentication_mode: cdktn.stringToTerraform(struct!.authenticationMode),
    project_id: cdktn.stringToTerraform(struct!.projectId),
    service_account_email: cdktn.stringToTerraform(struct!.serviceAccountEmail),
  }
}


export function northflankCloudIntegrationGcpToHclTerraform(struct?: NorthflankCloudIntegrationGcp | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    authentication_mode: {
      value: cdktn.stringToHclTerraform(struct!.authenticationMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    project_id: {
      value: cdktn.stringToHclTerraform(struct!.projectId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_email: {
      value: cdktn.stringToHclTerraform(struct!.serviceAccountEmail),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NorthflankCloudIntegrationGcpOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NorthflankCloudIntegrationGcp | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._authenticationMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.authenticationMode = this._authenticationMode;
    }
    if (this._projectId !== undefined) {
      hasAnyValues = true;
      internalValueResult.projectId = this._projectId;
    }
    if (this._serviceAccountEmail !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountEmail = this._serviceAccountEmail;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NorthflankCloudIntegrationGcp | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._authenticationMode = undefined;
      this._projectId = undefined;
      this._serviceAccountEmail = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._authenticationMode = value.authenticationMode;
      this._projectId = value.projectId;
      this._serviceAccountEmail = value.serviceAccountEmail;
    }
  }

  // authentication_mode - computed: true, optional: true, required: false
  private _authenticationMode?: string; 
  public get authenticationMode() {
    return this.getStringAttribute('authentication_mode');
  }
  public set authenticationMode(value: string) {
    this._authenticationMode = value;
  }
  public resetAuthenticationMode() {
    this._authenticationMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticationModeInput() {
    return this._authenticationMode;
  }

  // project_id - computed: false, optional: false, required: true
  private _projectId?: string; 
  public get projectId() {
    return this.getStringAttribute('project_id');
  }
  public set projectId(value: string) {
    this._projectId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // service_account_email - computed: false, optional: true, required: false
  private _serviceAccountEmail?: string; 
  public get serviceAccountEmail() {
    return this.getStringAttribute('service_account_email');
  }
  public set serviceAccountEmail(value: string) {
    this._serviceAccountEmail = value;
  }
  public resetServiceAccountEmail() {
    this._serviceAccountEmail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountEmailInput() {
    return this._serviceAccountEmail;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration cloudbridge_northflank_cloud_integration}
*/
export class NorthflankCloudIntegration extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_northflank_cloud_integration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a NorthflankCloudIntegration resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NorthflankCloudIntegration to import
  * @param importFromId The id of the existing NorthflankCloudIntegration that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NorthflankCloudIntegration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_northflank_cloud_integration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration cloudbridge_northflank_cloud_integration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NorthflankCloudIntegrationConfig
  */
  public constructor(scope: Construct, id: string, config: NorthflankCloudIntegrationConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_northflank_cloud_integration',
      terraformGeneratorMetadata: {
        providerName: 'cloudbridge'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._aws.internalValue = config.aws;
    this._cloudProvider = config.cloudProvider;
    this._cloudflare.internalValue = config.cloudflare;
    this._credentials.internalValue = config.credentials;
    this._description = config.description;
    this._features = config.features;
    this._gcp.internalValue = config.gcp;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // aws - computed: false, optional: true, required: false
  private _aws = new NorthflankCloudIntegrationAwsOutputReference(this, "aws");
  public get aws() {
    return this._aws;
  }
  public putAws(value: NorthflankCloudIntegrationAws) {
    this._aws.internalValue = value;
  }
  public resetAws() {
    this._aws.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsInput() {
    return this._aws.internalValue;
  }

  // cloud_provider - computed: false, optional: false, required: true
  private _cloudProvider?: string; 
  public get cloudProvider() {
    return this.getStringAttribute('cloud_provider');
  }
  public set cloudProvider(value: string) {
    this._cloudProvider = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudProviderInput() {
    return this._cloudProvider;
  }

  // cloudflare - computed: false, optional: true, required: false
  private _cloudflare = new NorthflankCloudIntegrationCloudflareOutputReference(this, "cloudflare");
  public get cloudflare() {
    return this._cloudflare;
  }
  public putCloudflare(value: NorthflankCloudIntegrationCloudflare) {
    this._cloudflare.internalValue = value;
  }
  public resetCloudflare() {
    this._cloudflare.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudflareInput() {
    return this._cloudflare.internalValue;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // credentials - computed: false, optional: true, required: false
  private _credentials = new NorthflankCloudIntegrationCredentialsOutputReference(this, "credentials");
  public get credentials() {
    return this._credentials;
  }
  public putCredentials(value: NorthflankCloudIntegrationCredentials) {
    this._credentials.internalValue = value;
  }
  public resetCredentials() {
    this._credentials.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsInput() {
    return this._credentials.internalValue;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // features - computed: false, optional: true, required: false
  private _features?: string[]; 
  public get features() {
    return cdktn.Fn.tolist(this.getListAttribute('features'));
  }
  public set features(value: string[]) {
    this._features = value;
  }
  public resetFeatures() {
    this._features = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get featuresInput() {
    return this._features;
  }

  // gcp - computed: false, optional: true, required: false
  private _gcp = new NorthflankCloudIntegrationGcpOutputReference(this, "gcp");
  public get gcp() {
    return this._gcp;
  }
  public putGcp(value: NorthflankCloudIntegrationGcp) {
    this._gcp.internalValue = value;
  }
  public resetGcp() {
    this._gcp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gcpInput() {
    return this._gcp.internalValue;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      aws: northflankCloudIntegrationAwsToTerraform(this._aws.internalValue),
      cloud_provider: cdktn.stringToTerraform(this._cloudProvider),
      cloudflare: northflankCloudIntegrationCloudflareToTerraform(this._cloudflare.internalValue),
      credentials: northflankCloudIntegrationCredentialsToTerraform(this._credentials.internalValue),
      description: cdktn.stringToTerraform(this._description),
      features: cdktn.listMapper(cdktn.stringToTerraform, false)(this._features),
      gcp: northflankCloudIntegrationGcpToTerraform(this._gcp.internalValue),
      name: cdktn.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      aws: {
        value: northflankCloudIntegrationAwsToHclTerraform(this._aws.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NorthflankCloudIntegrationAws",
      },
      cloud_provider: {
        value: cdktn.stringToHclTerraform(this._cloudProvider),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloudflare: {
        value: northflankCloudIntegrationCloudflareToHclTerraform(this._cloudflare.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NorthflankCloudIntegrationCloudflare",
      },
      credentials: {
        value: northflankCloudIntegrationCredentialsToHclTerraform(this._credentials.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NorthflankCloudIntegrationCredentials",
      },
      description: {
        value: cdktn.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      features: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._features),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      gcp: {
        value: northflankCloudIntegrationGcpToHclTerraform(this._gcp.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NorthflankCloudIntegrationGcp",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
