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
  * Northflank's `provider`: one of `aws`, `azure`, `civo`, `gcp`, `oci`, `byok`. Changing it replaces the integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#cloud_provider NorthflankCloudIntegration#cloud_provider}
  */
  readonly cloudProvider: string;
  /**
  * Credentials; which fields are required depends on `cloud_provider` and `authentication_mode` (see the notes below; the others must stay unset). Northflank never returns credentials: the state keeps what was configured, and a change (or a new `<name>_wo_version`) sends them again in place.
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
  * What the integration is used for: `byoc`, `byoc-static-egress`, `byoc-custom-vpc`, `cloudfront`, `self-hosted-registry`, `route53`, `self-hosted-logs-metrics`, `docker-registry-credential`. Northflank's update takes no features, so changing them replaces the integration.
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
export interface NorthflankCloudIntegrationCredentials {
  /**
  * `accessKey` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#access_key NorthflankCloudIntegration#access_key}
  */
  readonly accessKey?: string;
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
  * `clientId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#client_id NorthflankCloudIntegration#client_id}
  */
  readonly clientId?: string;
  /**
  * `compartmentId` in Northflank's credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/northflank_cloud_integration#compartment_id NorthflankCloudIntegration#compartment_id}
  */
  readonly compartmentId?: string;
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
    api_key: cdktn.stringToTerraform(struct!.apiKey),
    api_key_wo: cdktn.stringToTerraform(struct!.apiKeyWo),
    api_key_wo_version: cdktn.numberToTerraform(struct!.apiKeyWoVersion),
    client_id: cdktn.stringToTerraform(struct!.clientId),
    compartment_id: cdktn.stringToTerraform(struct!.compartmentId),
    external_id: cdktn.stringToTerraform(struct!.externalId),
    external_id_wo: cdktn.stringToTerraform(struct!.externalIdWo),
    external_id_wo_version: cdktn.numberToTerraform(struct!.externalIdWoVersion),
    fingerprint: cdktn.stringToTerraform(struct!.fingerprint),
    key_file_json: cdktn.stringToTerraform(struct!.keyFileJson),
    key_file_json_wo: cdktn.stringToTerraform(struct!.keyFileJsonWo),
    key_file_json_wo_version: cdktn.numberToTerraform(struct!.keyFileJsonWoVersion),
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
    client_id: {
      value: cdktn.stringToHclTerraform(struct!.clientId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    compartment_id: {
      value: cdktn.stringToHclTerraform(struct!.compartmentId),
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
    if (this._clientId !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientId = this._clientId;
    }
    if (this._compartmentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.compartmentId = this._compartmentId;
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
      this._apiKey = undefined;
      this._apiKeyWo = undefined;
      this._apiKeyWoVersion = undefined;
      this._clientId = undefined;
      this._compartmentId = undefined;
      this._externalId = undefined;
      this._externalIdWo = undefined;
      this._externalIdWoVersion = undefined;
      this._fingerprint = undefined;
      this._keyFileJson = undefined;
      this._keyFileJsonWo = undefined;
      this._keyFileJsonWoVersion = undefined;
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
      this._apiKey = value.apiKey;
      this._apiKeyWo = value.apiKeyWo;
      this._apiKeyWoVersion = value.apiKeyWoVersion;
      this._clientId = value.clientId;
      this._compartmentId = value.compartmentId;
      this._externalId = value.externalId;
      this._externalIdWo = value.externalIdWo;
      this._externalIdWoVersion = value.externalIdWoVersion;
      this._fingerprint = value.fingerprint;
      this._keyFileJson = value.keyFileJson;
      this._keyFileJsonWo = value.keyFileJsonWo;
      this._keyFileJsonWoVersion = value.keyFileJsonWoVersion;
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
