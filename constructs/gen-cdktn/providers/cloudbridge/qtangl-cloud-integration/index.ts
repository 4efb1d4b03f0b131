// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface QtanglCloudIntegrationConfig extends cdktn.TerraformMetaArguments {
  /**
  * Azure client id (azure, required).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#client_id QtanglCloudIntegration#client_id}
  */
  readonly clientId?: string;
  /**
  * Azure client secret (azure, required). Qtangl never returns it. Sensitive; prefer `client_secret_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#client_secret QtanglCloudIntegration#client_secret}
  */
  readonly clientSecret?: string;
  /**
  * Write-only `client_secret` (Terraform 1.11+): sent to Qtangl, never stored in plan or state. Use with `client_secret_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#client_secret_wo QtanglCloudIntegration#client_secret_wo}
  */
  readonly clientSecretWo?: string;
  /**
  * Version of `client_secret_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#client_secret_wo_version QtanglCloudIntegration#client_secret_wo_version}
  */
  readonly clientSecretWoVersion?: number;
  /**
  * One of `aws`, `azure`, `gcp`, `kubernetes`. Changing it replaces the resource. Which other arguments apply is listed in the notes below.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#cloud_provider QtanglCloudIntegration#cloud_provider}
  */
  readonly cloudProvider: string;
  /**
  * Kubernetes context (kubernetes).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#context QtanglCloudIntegration#context}
  */
  readonly context?: string;
  /**
  * GCP credentials JSON (gcp, required). Sensitive; prefer `credentials_json_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#credentials_json QtanglCloudIntegration#credentials_json}
  */
  readonly credentialsJson?: string;
  /**
  * Write-only `credentials_json` (Terraform 1.11+): sent to Qtangl, never stored in plan or state. Use with `credentials_json_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#credentials_json_wo QtanglCloudIntegration#credentials_json_wo}
  */
  readonly credentialsJsonWo?: string;
  /**
  * Version of `credentials_json_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#credentials_json_wo_version QtanglCloudIntegration#credentials_json_wo_version}
  */
  readonly credentialsJsonWoVersion?: number;
  /**
  * External id for the role assumption (aws). Qtangl echoes it back. Sensitive; prefer `external_id_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#external_id QtanglCloudIntegration#external_id}
  */
  readonly externalId?: string;
  /**
  * Write-only `external_id` (Terraform 1.11+): sent to Qtangl, never stored in plan or state. Use with `external_id_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#external_id_wo QtanglCloudIntegration#external_id_wo}
  */
  readonly externalIdWo?: string;
  /**
  * Version of `external_id_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#external_id_wo_version QtanglCloudIntegration#external_id_wo_version}
  */
  readonly externalIdWoVersion?: number;
  /**
  * Kubernetes kubeconfig content (kubernetes, required). Sensitive; prefer `kubeconfig_json_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#kubeconfig_json QtanglCloudIntegration#kubeconfig_json}
  */
  readonly kubeconfigJson?: string;
  /**
  * Write-only `kubeconfig_json` (Terraform 1.11+): sent to Qtangl, never stored in plan or state. Use with `kubeconfig_json_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#kubeconfig_json_wo QtanglCloudIntegration#kubeconfig_json_wo}
  */
  readonly kubeconfigJsonWo?: string;
  /**
  * Version of `kubeconfig_json_wo`; change it to send a new value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#kubeconfig_json_wo_version QtanglCloudIntegration#kubeconfig_json_wo_version}
  */
  readonly kubeconfigJsonWoVersion?: number;
  /**
  * Kubernetes namespace filter (kubernetes).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#namespace QtanglCloudIntegration#namespace}
  */
  readonly namespace?: string;
  /**
  * GCP project id (gcp, required).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#project_id QtanglCloudIntegration#project_id}
  */
  readonly projectId?: string;
  /**
  * Cloud region (aws, azure, gcp).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#region QtanglCloudIntegration#region}
  */
  readonly region?: string;
  /**
  * AWS IAM role ARN Qtangl assumes (aws, required).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#role_arn QtanglCloudIntegration#role_arn}
  */
  readonly roleArn?: string;
  /**
  * Azure tenant id (azure, required).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#tenant_id QtanglCloudIntegration#tenant_id}
  */
  readonly tenantId?: string;
  /**
  * Call Qtangl's test route after each create or update; a failed test fails the apply with Qtangl's message (the row is then `disabled`). Default `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#test_on_apply QtanglCloudIntegration#test_on_apply}
  */
  readonly testOnApply?: boolean | cdktn.IResolvable;
  /**
  * Azure Key Vault name (azure).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#vault_name QtanglCloudIntegration#vault_name}
  */
  readonly vaultName?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration cloudbridge_qtangl_cloud_integration}
*/
export class QtanglCloudIntegration extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_qtangl_cloud_integration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a QtanglCloudIntegration resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the QtanglCloudIntegration to import
  * @param importFromId The id of the existing QtanglCloudIntegration that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the QtanglCloudIntegration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_qtangl_cloud_integration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/qtangl_cloud_integration cloudbridge_qtangl_cloud_integration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options QtanglCloudIntegrationConfig
  */
  public constructor(scope: Construct, id: string, config: QtanglCloudIntegrationConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_qtangl_cloud_integration',
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
    this._clientId = config.clientId;
    this._clientSecret = config.clientSecret;
    this._clientSecretWo = config.clientSecretWo;
    this._clientSecretWoVersion = config.clientSecretWoVersion;
    this._cloudProvider = config.cloudProvider;
    this._context = config.context;
    this._credentialsJson = config.credentialsJson;
    this._credentialsJsonWo = config.credentialsJsonWo;
    this._credentialsJsonWoVersion = config.credentialsJsonWoVersion;
    this._externalId = config.externalId;
    this._externalIdWo = config.externalIdWo;
    this._externalIdWoVersion = config.externalIdWoVersion;
    this._kubeconfigJson = config.kubeconfigJson;
    this._kubeconfigJsonWo = config.kubeconfigJsonWo;
    this._kubeconfigJsonWoVersion = config.kubeconfigJsonWoVersion;
    this._namespace = config.namespace;
    this._projectId = config.projectId;
    this._region = config.region;
    this._roleArn = config.roleArn;
    this._tenantId = config.tenantId;
    this._testOnApply = config.testOnApply;
    this._vaultName = config.vaultName;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // context - computed: false, optional: true, required: false
  private _context?: string; 
  public get context() {
    return this.getStringAttribute('context');
  }
  public set context(value: string) {
    this._context = value;
  }
  public resetContext() {
    this._context = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contextInput() {
    return this._context;
  }

  // credentials_json - computed: false, optional: true, required: false
  private _credentialsJson?: string; 
  public get credentialsJson() {
    return this.getStringAttribute('credentials_json');
  }
  public set credentialsJson(value: string) {
    this._credentialsJson = value;
  }
  public resetCredentialsJson() {
    this._credentialsJson = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsJsonInput() {
    return this._credentialsJson;
  }

  // credentials_json_wo - computed: false, optional: true, required: false
  private _credentialsJsonWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get credentialsJsonWo() {
    return this.getStringAttribute('credentials_json_wo');
  }
  public set credentialsJsonWo(value: string) {
    this._credentialsJsonWo = value;
  }
  public resetCredentialsJsonWo() {
    this._credentialsJsonWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsJsonWoInput() {
    return this._credentialsJsonWo;
  }

  // credentials_json_wo_version - computed: false, optional: true, required: false
  private _credentialsJsonWoVersion?: number; 
  public get credentialsJsonWoVersion() {
    return this.getNumberAttribute('credentials_json_wo_version');
  }
  public set credentialsJsonWoVersion(value: number) {
    this._credentialsJsonWoVersion = value;
  }
  public resetCredentialsJsonWoVersion() {
    this._credentialsJsonWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsJsonWoVersionInput() {
    return this._credentialsJsonWoVersion;
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // kubeconfig_json - computed: false, optional: true, required: false
  private _kubeconfigJson?: string; 
  public get kubeconfigJson() {
    return this.getStringAttribute('kubeconfig_json');
  }
  public set kubeconfigJson(value: string) {
    this._kubeconfigJson = value;
  }
  public resetKubeconfigJson() {
    this._kubeconfigJson = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeconfigJsonInput() {
    return this._kubeconfigJson;
  }

  // kubeconfig_json_wo - computed: false, optional: true, required: false
  private _kubeconfigJsonWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get kubeconfigJsonWo() {
    return this.getStringAttribute('kubeconfig_json_wo');
  }
  public set kubeconfigJsonWo(value: string) {
    this._kubeconfigJsonWo = value;
  }
  public resetKubeconfigJsonWo() {
    this._kubeconfigJsonWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeconfigJsonWoInput() {
    return this._kubeconfigJsonWo;
  }

  // kubeconfig_json_wo_version - computed: false, optional: true, required: false
  private _kubeconfigJsonWoVersion?: number; 
  public get kubeconfigJsonWoVersion() {
    return this.getNumberAttribute('kubeconfig_json_wo_version');
  }
  public set kubeconfigJsonWoVersion(value: number) {
    this._kubeconfigJsonWoVersion = value;
  }
  public resetKubeconfigJsonWoVersion() {
    this._kubeconfigJsonWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeconfigJsonWoVersionInput() {
    return this._kubeconfigJsonWoVersion;
  }

  // namespace - computed: false, optional: true, required: false
  private _namespace?: string; 
  public get namespace() {
    return this.getStringAttribute('namespace');
  }
  public set namespace(value: string) {
    this._namespace = value;
  }
  public resetNamespace() {
    this._namespace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace;
  }

  // project_id - computed: false, optional: true, required: false
  private _projectId?: string; 
  public get projectId() {
    return this.getStringAttribute('project_id');
  }
  public set projectId(value: string) {
    this._projectId = value;
  }
  public resetProjectId() {
    this._projectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
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

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // status_message - computed: true, optional: false, required: false
  public get statusMessage() {
    return this.getStringAttribute('status_message');
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

  // test_on_apply - computed: true, optional: true, required: false
  private _testOnApply?: boolean | cdktn.IResolvable; 
  public get testOnApply() {
    return this.getBooleanAttribute('test_on_apply');
  }
  public set testOnApply(value: boolean | cdktn.IResolvable) {
    this._testOnApply = value;
  }
  public resetTestOnApply() {
    this._testOnApply = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get testOnApplyInput() {
    return this._testOnApply;
  }

  // vault_name - computed: false, optional: true, required: false
  private _vaultName?: string; 
  public get vaultName() {
    return this.getStringAttribute('vault_name');
  }
  public set vaultName(value: string) {
    this._vaultName = value;
  }
  public resetVaultName() {
    this._vaultName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vaultNameInput() {
    return this._vaultName;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      client_id: cdktn.stringToTerraform(this._clientId),
      client_secret: cdktn.stringToTerraform(this._clientSecret),
      client_secret_wo: this.markWriteOnlyAttribute(cdktn.stringToTerraform(this._clientSecretWo)),
      client_secret_wo_version: cdktn.numberToTerraform(this._clientSecretWoVersion),
      cloud_provider: cdktn.stringToTerraform(this._cloudProvider),
      context: cdktn.stringToTerraform(this._context),
      credentials_json: cdktn.stringToTerraform(this._credentialsJson),
      credentials_json_wo: this.markWriteOnlyAttribute(cdktn.stringToTerraform(this._credentialsJsonWo)),
      credentials_json_wo_version: cdktn.numberToTerraform(this._credentialsJsonWoVersion),
      external_id: cdktn.stringToTerraform(this._externalId),
      external_id_wo: this.markWriteOnlyAttribute(cdktn.stringToTerraform(this._externalIdWo)),
      external_id_wo_version: cdktn.numberToTerraform(this._externalIdWoVersion),
      kubeconfig_json: cdktn.stringToTerraform(this._kubeconfigJson),
      kubeconfig_json_wo: this.markWriteOnlyAttribute(cdktn.stringToTerraform(this._kubeconfigJsonWo)),
      kubeconfig_json_wo_version: cdktn.numberToTerraform(this._kubeconfigJsonWoVersion),
      namespace: cdktn.stringToTerraform(this._namespace),
      project_id: cdktn.stringToTerraform(this._projectId),
      region: cdktn.stringToTerraform(this._region),
      role_arn: cdktn.stringToTerraform(this._roleArn),
      tenant_id: cdktn.stringToTerraform(this._tenantId),
      test_on_apply: cdktn.booleanToTerraform(this._testOnApply),
      vault_name: cdktn.stringToTerraform(this._vaultName),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      client_id: {
        value: cdktn.stringToHclTerraform(this._clientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret: {
        value: cdktn.stringToHclTerraform(this._clientSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret_wo: {
        value: this.markWriteOnlyAttribute(cdktn.stringToHclTerraform(this._clientSecretWo)),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret_wo_version: {
        value: cdktn.numberToHclTerraform(this._clientSecretWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cloud_provider: {
        value: cdktn.stringToHclTerraform(this._cloudProvider),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      context: {
        value: cdktn.stringToHclTerraform(this._context),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      credentials_json: {
        value: cdktn.stringToHclTerraform(this._credentialsJson),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      credentials_json_wo: {
        value: this.markWriteOnlyAttribute(cdktn.stringToHclTerraform(this._credentialsJsonWo)),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      credentials_json_wo_version: {
        value: cdktn.numberToHclTerraform(this._credentialsJsonWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      external_id: {
        value: cdktn.stringToHclTerraform(this._externalId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      external_id_wo: {
        value: this.markWriteOnlyAttribute(cdktn.stringToHclTerraform(this._externalIdWo)),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      external_id_wo_version: {
        value: cdktn.numberToHclTerraform(this._externalIdWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      kubeconfig_json: {
        value: cdktn.stringToHclTerraform(this._kubeconfigJson),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kubeconfig_json_wo: {
        value: this.markWriteOnlyAttribute(cdktn.stringToHclTerraform(this._kubeconfigJsonWo)),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kubeconfig_json_wo_version: {
        value: cdktn.numberToHclTerraform(this._kubeconfigJsonWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      namespace: {
        value: cdktn.stringToHclTerraform(this._namespace),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktn.stringToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      region: {
        value: cdktn.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      role_arn: {
        value: cdktn.stringToHclTerraform(this._roleArn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tenant_id: {
        value: cdktn.stringToHclTerraform(this._tenantId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      test_on_apply: {
        value: cdktn.booleanToHclTerraform(this._testOnApply),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      vault_name: {
        value: cdktn.stringToHclTerraform(this._vaultName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
