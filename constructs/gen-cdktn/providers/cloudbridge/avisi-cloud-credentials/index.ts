// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface AvisiCloudCredentialsConfig extends cdktn.TerraformMetaArguments {
  /**
  * Avisi allows several credentials with one `display_name` in an account; cloudbridge does not, unless this is `true`: a create with a name other credentials of the account have fails with their import, so a crash and a re-apply can never leave two. Default `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#allow_duplicate_names AvisiCloudCredentials#allow_duplicate_names}
  */
  readonly allowDuplicateNames?: boolean | cdktn.IResolvable;
  /**
  * Identity of the cloud account the credentials belong to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#cloud_account_identity AvisiCloudCredentials#cloud_account_identity}
  */
  readonly cloudAccountIdentity: string;
  /**
  * The credentials' type; must match the account's cloud profile: `aws`, `azure`, `digitalocean`, `dummy`, `hetzner`, `openstack`, `vsphere`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#cloud_type AvisiCloudCredentials#cloud_type}
  */
  readonly cloudType: string;
  /**
  * The secret material, with the fields of `cloud_type` (the others must stay unset):
  * - `aws`: `access_key_id`, `access_key_secret` (or `access_key_secret_wo`)
  * - `azure`: `client_id`, `client_secret` (or `client_secret_wo`), `subscription_id`, `tenant_id`
  * - `digitalocean`: `api_key` (or `api_key_wo`)
  * - `dummy`: no `credentials`
  * - `hetzner`: `api_token` (or `api_token_wo`)
  * - `openstack`: `credential_id`, `credential_secret` (or `credential_secret_wo`)
  * - `vsphere`: `username`, `password` (or `password_wo`), `provision_username` (optional), `provision_password` (or `provision_password_wo`) (optional)
  * 
  * Any change replaces the credentials, since the API has no update.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#credentials AvisiCloudCredentials#credentials}
  */
  readonly credentials?: AvisiCloudCredentialsCredentials;
  /**
  * Name of the credentials, 1–64 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#display_name AvisiCloudCredentials#display_name}
  */
  readonly displayName: string;
  /**
  * String metadata.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#metadata AvisiCloudCredentials#metadata}
  */
  readonly metadata?: { [key: string]: string };
}
export interface AvisiCloudCredentialsCredentials {
  /**
  * AWS: the IAM user's access key id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#access_key_id AvisiCloudCredentials#access_key_id}
  */
  readonly accessKeyId?: string;
  /**
  * AWS: the IAM user's secret access key. Sensitive; prefer the write-only variant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#access_key_secret AvisiCloudCredentials#access_key_secret}
  */
  readonly accessKeySecret?: string;
  /**
  * Write-only `access_key_secret` (Terraform 1.11+): sent to Avisi, never stored in plan or state. Use with `access_key_secret_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#access_key_secret_wo AvisiCloudCredentials#access_key_secret_wo}
  */
  readonly accessKeySecretWo?: string;
  /**
  * Version of `access_key_secret_wo`; change it to send a new value (this replaces the credentials).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#access_key_secret_wo_version AvisiCloudCredentials#access_key_secret_wo_version}
  */
  readonly accessKeySecretWoVersion?: number;
  /**
  * DigitalOcean: the API key. Sensitive; prefer the write-only variant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#api_key AvisiCloudCredentials#api_key}
  */
  readonly apiKey?: string;
  /**
  * Write-only `api_key` (Terraform 1.11+): sent to Avisi, never stored in plan or state. Use with `api_key_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#api_key_wo AvisiCloudCredentials#api_key_wo}
  */
  readonly apiKeyWo?: string;
  /**
  * Version of `api_key_wo`; change it to send a new value (this replaces the credentials).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#api_key_wo_version AvisiCloudCredentials#api_key_wo_version}
  */
  readonly apiKeyWoVersion?: number;
  /**
  * Hetzner: the API token. Sensitive; prefer the write-only variant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#api_token AvisiCloudCredentials#api_token}
  */
  readonly apiToken?: string;
  /**
  * Write-only `api_token` (Terraform 1.11+): sent to Avisi, never stored in plan or state. Use with `api_token_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#api_token_wo AvisiCloudCredentials#api_token_wo}
  */
  readonly apiTokenWo?: string;
  /**
  * Version of `api_token_wo`; change it to send a new value (this replaces the credentials).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#api_token_wo_version AvisiCloudCredentials#api_token_wo_version}
  */
  readonly apiTokenWoVersion?: number;
  /**
  * Azure: the service principal's client id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#client_id AvisiCloudCredentials#client_id}
  */
  readonly clientId?: string;
  /**
  * Azure: the service principal's client secret. Sensitive; prefer the write-only variant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#client_secret AvisiCloudCredentials#client_secret}
  */
  readonly clientSecret?: string;
  /**
  * Write-only `client_secret` (Terraform 1.11+): sent to Avisi, never stored in plan or state. Use with `client_secret_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#client_secret_wo AvisiCloudCredentials#client_secret_wo}
  */
  readonly clientSecretWo?: string;
  /**
  * Version of `client_secret_wo`; change it to send a new value (this replaces the credentials).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#client_secret_wo_version AvisiCloudCredentials#client_secret_wo_version}
  */
  readonly clientSecretWoVersion?: number;
  /**
  * OpenStack: the application credential id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#credential_id AvisiCloudCredentials#credential_id}
  */
  readonly credentialId?: string;
  /**
  * OpenStack: the application credential secret. Sensitive; prefer the write-only variant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#credential_secret AvisiCloudCredentials#credential_secret}
  */
  readonly credentialSecret?: string;
  /**
  * Write-only `credential_secret` (Terraform 1.11+): sent to Avisi, never stored in plan or state. Use with `credential_secret_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#credential_secret_wo AvisiCloudCredentials#credential_secret_wo}
  */
  readonly credentialSecretWo?: string;
  /**
  * Version of `credential_secret_wo`; change it to send a new value (this replaces the credentials).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#credential_secret_wo_version AvisiCloudCredentials#credential_secret_wo_version}
  */
  readonly credentialSecretWoVersion?: number;
  /**
  * vSphere: the password. Sensitive; prefer the write-only variant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#password AvisiCloudCredentials#password}
  */
  readonly password?: string;
  /**
  * Write-only `password` (Terraform 1.11+): sent to Avisi, never stored in plan or state. Use with `password_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#password_wo AvisiCloudCredentials#password_wo}
  */
  readonly passwordWo?: string;
  /**
  * Version of `password_wo`; change it to send a new value (this replaces the credentials).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#password_wo_version AvisiCloudCredentials#password_wo_version}
  */
  readonly passwordWoVersion?: number;
  /**
  * vSphere (optional): the provisioning password. Sensitive; prefer the write-only variant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#provision_password AvisiCloudCredentials#provision_password}
  */
  readonly provisionPassword?: string;
  /**
  * Write-only `provision_password` (Terraform 1.11+): sent to Avisi, never stored in plan or state. Use with `provision_password_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#provision_password_wo AvisiCloudCredentials#provision_password_wo}
  */
  readonly provisionPasswordWo?: string;
  /**
  * Version of `provision_password_wo`; change it to send a new value (this replaces the credentials).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#provision_password_wo_version AvisiCloudCredentials#provision_password_wo_version}
  */
  readonly provisionPasswordWoVersion?: number;
  /**
  * vSphere (optional): the user name used for provisioning.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#provision_username AvisiCloudCredentials#provision_username}
  */
  readonly provisionUsername?: string;
  /**
  * Azure: the subscription id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#subscription_id AvisiCloudCredentials#subscription_id}
  */
  readonly subscriptionId?: string;
  /**
  * Azure: the tenant id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#tenant_id AvisiCloudCredentials#tenant_id}
  */
  readonly tenantId?: string;
  /**
  * vSphere: the user name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#username AvisiCloudCredentials#username}
  */
  readonly username?: string;
}

export function avisiCloudCredentialsCredentialsToTerraform(struct?: AvisiCloudCredentialsCredentials | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    access_key_id: cdktn.stringToTerraform(struct!.accessKeyId),
    access_key_secret: cdktn.stringToTerraform(struct!.accessKeySecret),
    access_key_secret_wo: cdktn.stringToTerraform(struct!.accessKeySecretWo),
    access_key_secret_wo_version: cdktn.numberToTerraform(struct!.accessKeySecretWoVersion),
    api_key: cdktn.stringToTerraform(struct!.apiKey),
    api_key_wo: cdktn.stringToTerraform(struct!.apiKeyWo),
    api_key_wo_version: cdktn.numberToTerraform(struct!.apiKeyWoVersion),
    api_token: cdktn.stringToTerraform(struct!.apiToken),
    api_token_wo: cdktn.stringToTerraform(struct!.apiTokenWo),
    api_token_wo_version: cdktn.numberToTerraform(struct!.apiTokenWoVersion),
    client_id: cdktn.stringToTerraform(struct!.clientId),
    client_secret: cdktn.stringToTerraform(struct!.clientSecret),
    client_secret_wo: cdktn.stringToTerraform(struct!.clientSecretWo),
    client_secret_wo_version: cdktn.numberToTerraform(struct!.clientSecretWoVersion),
    credential_id: cdktn.stringToTerraform(struct!.credentialId),
    credential_secret: cdktn.stringToTerraform(struct!.credentialSecret),
    credential_secret_wo: cdktn.stringToTerraform(struct!.credentialSecretWo),
    credential_secret_wo_version: cdktn.numberToTerraform(struct!.credentialSecretWoVersion),
    password: cdktn.stringToTerraform(struct!.password),
    password_wo: cdktn.stringToTerraform(struct!.passwordWo),
    password_wo_version: cdktn.numberToTerraform(struct!.passwordWoVersion),
    provision_password: cdktn.stringToTerraform(struct!.provisionPassword),
    provision_password_wo: cdktn.stringToTerraform(struct!.provisionPasswordWo),
    provision_password_wo_version: cdktn.numberToTerraform(struct!.provisionPasswordWoVersion),
    provision_username: cdktn.stringToTerraform(struct!.provisionUsername),
    subscription_id: cdktn.stringToTerraform(struct!.subscriptionId),
    tenant_id: cdktn.stringToTerraform(struct!.tenantId),
    username: cdktn.stringToTerraform(struct!.username),
  }
}


export function avisiCloudCredentialsCredentialsToHclTerraform(struct?: AvisiCloudCredentialsCredentials | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    access_key_id: {
      value: cdktn.stringToHclTerraform(struct!.accessKeyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    access_key_secret: {
      value: cdktn.stringToHclTerraform(struct!.accessKeySecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    access_key_secret_wo: {
      value: cdktn.stringToHclTerraform(struct!.accessKeySecretWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    access_key_secret_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.accessKeySecretWoVersion),
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
    api_token: {
      value: cdktn.stringToHclTerraform(struct!.apiToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_token_wo: {
      value: cdktn.stringToHclTerraform(struct!.apiTokenWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_token_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.apiTokenWoVersion),
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
    credential_id: {
      value: cdktn.stringToHclTerraform(struct!.credentialId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    credential_secret: {
      value: cdktn.stringToHclTerraform(struct!.credentialSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    credential_secret_wo: {
      value: cdktn.stringToHclTerraform(struct!.credentialSecretWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    credential_secret_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.credentialSecretWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    password: {
      value: cdktn.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password_wo: {
      value: cdktn.stringToHclTerraform(struct!.passwordWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.passwordWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    provision_password: {
      value: cdktn.stringToHclTerraform(struct!.provisionPassword),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    provision_password_wo: {
      value: cdktn.stringToHclTerraform(struct!.provisionPasswordWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    provision_password_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.provisionPasswordWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    provision_username: {
      value: cdktn.stringToHclTerraform(struct!.provisionUsername),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    subscription_id: {
      value: cdktn.stringToHclTerraform(struct!.subscriptionId),
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
    username: {
      value: cdktn.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AvisiCloudCredentialsCredentialsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AvisiCloudCredentialsCredentials | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accessKeyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeyId = this._accessKeyId;
    }
    if (this._accessKeySecret !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeySecret = this._accessKeySecret;
    }
    if (this._accessKeySecretWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeySecretWo = this._accessKeySecretWo;
    }
    if (this._accessKeySecretWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeySecretWoVersion = this._accessKeySecretWoVersion;
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
    if (this._apiToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiToken = this._apiToken;
    }
    if (this._apiTokenWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiTokenWo = this._apiTokenWo;
    }
    if (this._apiTokenWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiTokenWoVersion = this._apiTokenWoVersion;
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
    if (this._credentialId !== undefined) {
      hasAnyValues = true;
      internalValueResult.credentialId = this._credentialId;
    }
    if (this._credentialSecret !== undefined) {
      hasAnyValues = true;
      internalValueResult.credentialSecret = this._credentialSecret;
    }
    if (this._credentialSecretWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.credentialSecretWo = this._credentialSecretWo;
    }
    if (this._credentialSecretWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.credentialSecretWoVersion = this._credentialSecretWoVersion;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._passwordWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.passwordWo = this._passwordWo;
    }
    if (this._passwordWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.passwordWoVersion = this._passwordWoVersion;
    }
    if (this._provisionPassword !== undefined) {
      hasAnyValues = true;
      internalValueResult.provisionPassword = this._provisionPassword;
    }
    if (this._provisionPasswordWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.provisionPasswordWo = this._provisionPasswordWo;
    }
    if (this._provisionPasswordWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.provisionPasswordWoVersion = this._provisionPasswordWoVersion;
    }
    if (this._provisionUsername !== undefined) {
      hasAnyValues = true;
      internalValueResult.provisionUsername = this._provisionUsername;
    }
    if (this._subscriptionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subscriptionId = this._subscriptionId;
    }
    if (this._tenantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tenantId = this._tenantId;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AvisiCloudCredentialsCredentials | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accessKeyId = undefined;
      this._accessKeySecret = undefined;
      this._accessKeySecretWo = undefined;
      this._accessKeySecretWoVersion = undefined;
      this._apiKey = undefined;
      this._apiKeyWo = undefined;
      this._apiKeyWoVersion = undefined;
      this._apiToken = undefined;
      this._apiTokenWo = undefined;
      this._apiTokenWoVersion = undefined;
      this._clientId = undefined;
      this._clientSecret = undefined;
      this._clientSecretWo = undefined;
      this._clientSecretWoVersion = undefined;
      this._credentialId = undefined;
      this._credentialSecret = undefined;
      this._credentialSecretWo = undefined;
      this._credentialSecretWoVersion = undefined;
      this._password = undefined;
      this._passwordWo = undefined;
      this._passwordWoVersion = undefined;
      this._provisionPassword = undefined;
      this._provisionPasswordWo = undefined;
      this._provisionPasswordWoVersion = undefined;
      this._provisionUsername = undefined;
      this._subscriptionId = undefined;
      this._tenantId = undefined;
      this._username = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accessKeyId = value.accessKeyId;
      this._accessKeySecret = value.accessKeySecret;
      this._accessKeySecretWo = value.accessKeySecretWo;
      this._accessKeySecretWoVersion = value.accessKeySecretWoVersion;
      this._apiKey = value.apiKey;
      this._apiKeyWo = value.apiKeyWo;
      this._apiKeyWoVersion = value.apiKeyWoVersion;
      this._apiToken = value.apiToken;
      this._apiTokenWo = value.apiTokenWo;
      this._apiTokenWoVersion = value.apiTokenWoVersion;
      this._clientId = value.clientId;
      this._clientSecret = value.clientSecret;
      this._clientSecretWo = value.clientSecretWo;
      this._clientSecretWoVersion = value.clientSecretWoVersion;
      this._credentialId = value.credentialId;
      this._credentialSecret = value.credentialSecret;
      this._credentialSecretWo = value.credentialSecretWo;
      this._credentialSecretWoVersion = value.credentialSecretWoVersion;
      this._password = value.password;
      this._passwordWo = value.passwordWo;
      this._passwordWoVersion = value.passwordWoVersion;
      this._provisionPassword = value.provisionPassword;
      this._provisionPasswordWo = value.provisionPasswordWo;
      this._provisionPasswordWoVersion = value.provisionPasswordWoVersion;
      this._provisionUsername = value.provisionUsername;
      this._subscriptionId = value.subscriptionId;
      this._tenantId = value.tenantId;
      this._username = value.username;
    }
  }

  // access_key_id - computed: false, optional: true, required: false
  private _accessKeyId?: string; 
  public get accessKeyId() {
    return this.getStringAttribute('access_key_id');
  }
  public set accessKeyId(value: string) {
    this._accessKeyId = value;
  }
  public resetAccessKeyId() {
    this._accessKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyIdInput() {
    return this._accessKeyId;
  }

  // access_key_secret - computed: false, optional: true, required: false
  private _accessKeySecret?: string; 
  public get accessKeySecret() {
    return this.getStringAttribute('access_key_secret');
  }
  public set accessKeySecret(value: string) {
    this._accessKeySecret = value;
  }
  public resetAccessKeySecret() {
    this._accessKeySecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeySecretInput() {
    return this._accessKeySecret;
  }

  // access_key_secret_wo - computed: false, optional: true, required: false
  private _accessKeySecretWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get accessKeySecretWo() {
    return this.getStringAttribute('access_key_secret_wo');
  }
  public set accessKeySecretWo(value: string) {
    this._accessKeySecretWo = value;
  }
  public resetAccessKeySecretWo() {
    this._accessKeySecretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeySecretWoInput() {
    return this._accessKeySecretWo;
  }

  // access_key_secret_wo_version - computed: false, optional: true, required: false
  private _accessKeySecretWoVersion?: number; 
  public get accessKeySecretWoVersion() {
    return this.getNumberAttribute('access_key_secret_wo_version');
  }
  public set accessKeySecretWoVersion(value: number) {
    this._accessKeySecretWoVersion = value;
  }
  public resetAccessKeySecretWoVersion() {
    this._accessKeySecretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeySecretWoVersionInput() {
    return this._accessKeySecretWoVersion;
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

  // api_token - computed: false, optional: true, required: false
  private _apiToken?: string; 
  public get apiToken() {
    return this.getStringAttribute('api_token');
  }
  public set apiToken(value: string) {
    this._apiToken = value;
  }
  public resetApiToken() {
    this._apiToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiTokenInput() {
    return this._apiToken;
  }

  // api_token_wo - computed: false, optional: true, required: false
  private _apiTokenWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get apiTokenWo() {
    return this.getStringAttribute('api_token_wo');
  }
  public set apiTokenWo(value: string) {
    this._apiTokenWo = value;
  }
  public resetApiTokenWo() {
    this._apiTokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiTokenWoInput() {
    return this._apiTokenWo;
  }

  // api_token_wo_version - computed: false, optional: true, required: false
  private _apiTokenWoVersion?: number; 
  public get apiTokenWoVersion() {
    return this.getNumberAttribute('api_token_wo_version');
  }
  public set apiTokenWoVersion(value: number) {
    this._apiTokenWoVersion = value;
  }
  public resetApiTokenWoVersion() {
    this._apiTokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiTokenWoVersionInput() {
    return this._apiTokenWoVersion;
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

  // credential_id - computed: false, optional: true, required: false
  private _credentialId?: string; 
  public get credentialId() {
    return this.getStringAttribute('credential_id');
  }
  public set credentialId(value: string) {
    this._credentialId = value;
  }
  public resetCredentialId() {
    this._credentialId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialIdInput() {
    return this._credentialId;
  }

  // credential_secret - computed: false, optional: true, required: false
  private _credentialSecret?: string; 
  public get credentialSecret() {
    return this.getStringAttribute('credential_secret');
  }
  public set credentialSecret(value: string) {
    this._credentialSecret = value;
  }
  public resetCredentialSecret() {
    this._credentialSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialSecretInput() {
    return this._credentialSecret;
  }

  // credential_secret_wo - computed: false, optional: true, required: false
  private _credentialSecretWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get credentialSecretWo() {
    return this.getStringAttribute('credential_secret_wo');
  }
  public set credentialSecretWo(value: string) {
    this._credentialSecretWo = value;
  }
  public resetCredentialSecretWo() {
    this._credentialSecretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialSecretWoInput() {
    return this._credentialSecretWo;
  }

  // credential_secret_wo_version - computed: false, optional: true, required: false
  private _credentialSecretWoVersion?: number; 
  public get credentialSecretWoVersion() {
    return this.getNumberAttribute('credential_secret_wo_version');
  }
  public set credentialSecretWoVersion(value: number) {
    this._credentialSecretWoVersion = value;
  }
  public resetCredentialSecretWoVersion() {
    this._credentialSecretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialSecretWoVersionInput() {
    return this._credentialSecretWoVersion;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // password_wo - computed: false, optional: true, required: false
  private _passwordWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get passwordWo() {
    return this.getStringAttribute('password_wo');
  }
  public set passwordWo(value: string) {
    this._passwordWo = value;
  }
  public resetPasswordWo() {
    this._passwordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoInput() {
    return this._passwordWo;
  }

  // password_wo_version - computed: false, optional: true, required: false
  private _passwordWoVersion?: number; 
  public get passwordWoVersion() {
    return this.getNumberAttribute('password_wo_version');
  }
  public set passwordWoVersion(value: number) {
    this._passwordWoVersion = value;
  }
  public resetPasswordWoVersion() {
    this._passwordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoVersionInput() {
    return this._passwordWoVersion;
  }

  // provision_password - computed: false, optional: true, required: false
  private _provisionPassword?: string; 
  public get provisionPassword() {
    return this.getStringAttribute('provision_password');
  }
  public set provisionPassword(value: string) {
    this._provisionPassword = value;
  }
  public resetProvisionPassword() {
    this._provisionPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionPasswordInput() {
    return this._provisionPassword;
  }

  // provision_password_wo - computed: false, optional: true, required: false
  private _provisionPasswordWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get provisionPasswordWo() {
    return this.getStringAttribute('provision_password_wo');
  }
  public set provisionPasswordWo(value: string) {
    this._provisionPasswordWo = value;
  }
  public resetProvisionPasswordWo() {
    this._provisionPasswordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionPasswordWoInput() {
    return this._provisionPasswordWo;
  }

  // provision_password_wo_version - computed: false, optional: true, required: false
  private _provisionPasswordWoVersion?: number; 
  public get provisionPasswordWoVersion() {
    return this.getNumberAttribute('provision_password_wo_version');
  }
  public set provisionPasswordWoVersion(value: number) {
    this._provisionPasswordWoVersion = value;
  }
  public resetProvisionPasswordWoVersion() {
    this._provisionPasswordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionPasswordWoVersionInput() {
    return this._provisionPasswordWoVersion;
  }

  // provision_username - computed: false, optional: true, required: false
  private _provisionUsername?: string; 
  public get provisionUsername() {
    return this.getStringAttribute('provision_username');
  }
  public set provisionUsername(value: string) {
    this._provisionUsername = value;
  }
  public resetProvisionUsername() {
    this._provisionUsername = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionUsernameInput() {
    return this._provisionUsername;
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

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials cloudbridge_avisi_cloud_credentials}
*/
export class AvisiCloudCredentials extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_avisi_cloud_credentials";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a AvisiCloudCredentials resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AvisiCloudCredentials to import
  * @param importFromId The id of the existing AvisiCloudCredentials that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AvisiCloudCredentials to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_avisi_cloud_credentials", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_credentials cloudbridge_avisi_cloud_credentials} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AvisiCloudCredentialsConfig
  */
  public constructor(scope: Construct, id: string, config: AvisiCloudCredentialsConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_avisi_cloud_credentials',
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
    this._allowDuplicateNames = config.allowDuplicateNames;
    this._cloudAccountIdentity = config.cloudAccountIdentity;
    this._cloudType = config.cloudType;
    this._credentials.internalValue = config.credentials;
    this._displayName = config.displayName;
    this._metadata = config.metadata;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_duplicate_names - computed: true, optional: true, required: false
  private _allowDuplicateNames?: boolean | cdktn.IResolvable; 
  public get allowDuplicateNames() {
    return this.getBooleanAttribute('allow_duplicate_names');
  }
  public set allowDuplicateNames(value: boolean | cdktn.IResolvable) {
    this._allowDuplicateNames = value;
  }
  public resetAllowDuplicateNames() {
    this._allowDuplicateNames = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowDuplicateNamesInput() {
    return this._allowDuplicateNames;
  }

  // cloud_account_identity - computed: false, optional: false, required: true
  private _cloudAccountIdentity?: string; 
  public get cloudAccountIdentity() {
    return this.getStringAttribute('cloud_account_identity');
  }
  public set cloudAccountIdentity(value: string) {
    this._cloudAccountIdentity = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudAccountIdentityInput() {
    return this._cloudAccountIdentity;
  }

  // cloud_type - computed: false, optional: false, required: true
  private _cloudType?: string; 
  public get cloudType() {
    return this.getStringAttribute('cloud_type');
  }
  public set cloudType(value: string) {
    this._cloudType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudTypeInput() {
    return this._cloudType;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // credentials - computed: false, optional: true, required: false
  private _credentials = new AvisiCloudCredentialsCredentialsOutputReference(this, "credentials");
  public get credentials() {
    return this._credentials;
  }
  public putCredentials(value: AvisiCloudCredentialsCredentials) {
    this._credentials.internalValue = value;
  }
  public resetCredentials() {
    this._credentials.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsInput() {
    return this._credentials.internalValue;
  }

  // display_name - computed: false, optional: false, required: true
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // identity - computed: true, optional: false, required: false
  public get identity() {
    return this.getStringAttribute('identity');
  }

  // is_primary - computed: true, optional: false, required: false
  public get isPrimary() {
    return this.getBooleanAttribute('is_primary');
  }

  // metadata - computed: false, optional: true, required: false
  private _metadata?: { [key: string]: string }; 
  public get metadata() {
    return this.getStringMapAttribute('metadata');
  }
  public set metadata(value: { [key: string]: string }) {
    this._metadata = value;
  }
  public resetMetadata() {
    this._metadata = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metadataInput() {
    return this._metadata;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_duplicate_names: cdktn.booleanToTerraform(this._allowDuplicateNames),
      cloud_account_identity: cdktn.stringToTerraform(this._cloudAccountIdentity),
      cloud_type: cdktn.stringToTerraform(this._cloudType),
      credentials: avisiCloudCredentialsCredentialsToTerraform(this._credentials.internalValue),
      display_name: cdktn.stringToTerraform(this._displayName),
      metadata: cdktn.hashMapper(cdktn.stringToTerraform)(this._metadata),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_duplicate_names: {
        value: cdktn.booleanToHclTerraform(this._allowDuplicateNames),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cloud_account_identity: {
        value: cdktn.stringToHclTerraform(this._cloudAccountIdentity),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud_type: {
        value: cdktn.stringToHclTerraform(this._cloudType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      credentials: {
        value: avisiCloudCredentialsCredentialsToHclTerraform(this._credentials.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "AvisiCloudCredentialsCredentials",
      },
      display_name: {
        value: cdktn.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      metadata: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._metadata),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
