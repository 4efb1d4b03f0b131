// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface CloudflareCloudIntegrationAuthorizationConfig extends cdktn.TerraformMetaArguments {
  /**
  * AWS: ARN of the IAM role Cloudflare assumes (its trust policy comes from `cloudbridge_cloudflare_cloud_integration_setup`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#aws_arn CloudflareCloudIntegrationAuthorization#aws_arn}
  */
  readonly awsArn?: string;
  /**
  * Azure: the subscription id. Set together with `azure_tenant_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#azure_subscription_id CloudflareCloudIntegrationAuthorization#azure_subscription_id}
  */
  readonly azureSubscriptionId?: string;
  /**
  * Azure: the tenant id. Set together with `azure_subscription_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#azure_tenant_id CloudflareCloudIntegrationAuthorization#azure_tenant_id}
  */
  readonly azureTenantId?: string;
  /**
  * Google Cloud: the project id. Set together with `gcp_service_account_email`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#gcp_project_id CloudflareCloudIntegrationAuthorization#gcp_project_id}
  */
  readonly gcpProjectId?: string;
  /**
  * Google Cloud: the service account Cloudflare impersonates. Set together with `gcp_project_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#gcp_service_account_email CloudflareCloudIntegrationAuthorization#gcp_service_account_email}
  */
  readonly gcpServiceAccountEmail?: string;
  /**
  * Id of the `cloudbridge_cloudflare_cloud_integration` to authorise.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#integration_id CloudflareCloudIntegrationAuthorization#integration_id}
  */
  readonly integrationId: string;
  /**
  * Arbitrary values; any change runs discovery again (for example after the role's policies change).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#rediscover_triggers CloudflareCloudIntegrationAuthorization#rediscover_triggers}
  */
  readonly rediscoverTriggers?: { [key: string]: string };
  /**
  * Operation timeouts.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#timeouts CloudflareCloudIntegrationAuthorization#timeouts}
  */
  readonly timeouts?: CloudflareCloudIntegrationAuthorizationTimeouts;
}
export interface CloudflareCloudIntegrationAuthorizationTimeouts {
  /**
  * How long to wait for the create to finish, as a duration such as `30s` or `5m`. Default `10m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#create CloudflareCloudIntegrationAuthorization#create}
  */
  readonly create?: string;
  /**
  * How long to wait for the update to finish, as a duration such as `30s` or `5m`. Default `10m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#update CloudflareCloudIntegrationAuthorization#update}
  */
  readonly update?: string;
}

export function cloudflareCloudIntegrationAuthorizationTimeoutsToTerraform(struct?: CloudflareCloudIntegrationAuthorizationTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    create: cdktn.stringToTerraform(struct!.create),
    update: cdktn.stringToTerraform(struct!.update),
  }
}


export function cloudflareCloudIntegrationAuthorizationTimeoutsToHclTerraform(struct?: CloudflareCloudIntegrationAuthorizationTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    create: {
      value: cdktn.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktn.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CloudflareCloudIntegrationAuthorizationTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CloudflareCloudIntegrationAuthorizationTimeouts | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CloudflareCloudIntegrationAuthorizationTimeouts | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._update = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization cloudbridge_cloudflare_cloud_integration_authorization}
*/
export class CloudflareCloudIntegrationAuthorization extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_cloudflare_cloud_integration_authorization";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a CloudflareCloudIntegrationAuthorization resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CloudflareCloudIntegrationAuthorization to import
  * @param importFromId The id of the existing CloudflareCloudIntegrationAuthorization that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CloudflareCloudIntegrationAuthorization to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_cloudflare_cloud_integration_authorization", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration_authorization cloudbridge_cloudflare_cloud_integration_authorization} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CloudflareCloudIntegrationAuthorizationConfig
  */
  public constructor(scope: Construct, id: string, config: CloudflareCloudIntegrationAuthorizationConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_cloudflare_cloud_integration_authorization',
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
    this._awsArn = config.awsArn;
    this._azureSubscriptionId = config.azureSubscriptionId;
    this._azureTenantId = config.azureTenantId;
    this._gcpProjectId = config.gcpProjectId;
    this._gcpServiceAccountEmail = config.gcpServiceAccountEmail;
    this._integrationId = config.integrationId;
    this._rediscoverTriggers = config.rediscoverTriggers;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account_id - computed: true, optional: false, required: false
  public get accountId() {
    return this.getStringAttribute('account_id');
  }

  // aws_arn - computed: false, optional: true, required: false
  private _awsArn?: string; 
  public get awsArn() {
    return this.getStringAttribute('aws_arn');
  }
  public set awsArn(value: string) {
    this._awsArn = value;
  }
  public resetAwsArn() {
    this._awsArn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsArnInput() {
    return this._awsArn;
  }

  // azure_subscription_id - computed: false, optional: true, required: false
  private _azureSubscriptionId?: string; 
  public get azureSubscriptionId() {
    return this.getStringAttribute('azure_subscription_id');
  }
  public set azureSubscriptionId(value: string) {
    this._azureSubscriptionId = value;
  }
  public resetAzureSubscriptionId() {
    this._azureSubscriptionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureSubscriptionIdInput() {
    return this._azureSubscriptionId;
  }

  // azure_tenant_id - computed: false, optional: true, required: false
  private _azureTenantId?: string; 
  public get azureTenantId() {
    return this.getStringAttribute('azure_tenant_id');
  }
  public set azureTenantId(value: string) {
    this._azureTenantId = value;
  }
  public resetAzureTenantId() {
    this._azureTenantId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureTenantIdInput() {
    return this._azureTenantId;
  }

  // credentials_good_since - computed: true, optional: false, required: false
  public get credentialsGoodSince() {
    return this.getStringAttribute('credentials_good_since');
  }

  // discovery_message - computed: true, optional: false, required: false
  public get discoveryMessage() {
    return this.getStringAttribute('discovery_message');
  }

  // gcp_project_id - computed: false, optional: true, required: false
  private _gcpProjectId?: string; 
  public get gcpProjectId() {
    return this.getStringAttribute('gcp_project_id');
  }
  public set gcpProjectId(value: string) {
    this._gcpProjectId = value;
  }
  public resetGcpProjectId() {
    this._gcpProjectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gcpProjectIdInput() {
    return this._gcpProjectId;
  }

  // gcp_service_account_email - computed: false, optional: true, required: false
  private _gcpServiceAccountEmail?: string; 
  public get gcpServiceAccountEmail() {
    return this.getStringAttribute('gcp_service_account_email');
  }
  public set gcpServiceAccountEmail(value: string) {
    this._gcpServiceAccountEmail = value;
  }
  public resetGcpServiceAccountEmail() {
    this._gcpServiceAccountEmail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gcpServiceAccountEmailInput() {
    return this._gcpServiceAccountEmail;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
  }

  // last_discovery_status - computed: true, optional: false, required: false
  public get lastDiscoveryStatus() {
    return this.getStringAttribute('last_discovery_status');
  }

  // rediscover_triggers - computed: false, optional: true, required: false
  private _rediscoverTriggers?: { [key: string]: string }; 
  public get rediscoverTriggers() {
    return this.getStringMapAttribute('rediscover_triggers');
  }
  public set rediscoverTriggers(value: { [key: string]: string }) {
    this._rediscoverTriggers = value;
  }
  public resetRediscoverTriggers() {
    this._rediscoverTriggers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rediscoverTriggersInput() {
    return this._rediscoverTriggers;
  }

  // regions - computed: true, optional: false, required: false
  public get regions() {
    return this.getListAttribute('regions');
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new CloudflareCloudIntegrationAuthorizationTimeoutsOutputReference(this, "timeouts");
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: CloudflareCloudIntegrationAuthorizationTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      aws_arn: cdktn.stringToTerraform(this._awsArn),
      azure_subscription_id: cdktn.stringToTerraform(this._azureSubscriptionId),
      azure_tenant_id: cdktn.stringToTerraform(this._azureTenantId),
      gcp_project_id: cdktn.stringToTerraform(this._gcpProjectId),
      gcp_service_account_email: cdktn.stringToTerraform(this._gcpServiceAccountEmail),
      integration_id: cdktn.stringToTerraform(this._integrationId),
      rediscover_triggers: cdktn.hashMapper(cdktn.stringToTerraform)(this._rediscoverTriggers),
      timeouts: this.markWriteOnlyAttribute(cloudflareCloudIntegrationAuthorizationTimeoutsToTerraform(this._timeouts.internalValue)),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      aws_arn: {
        value: cdktn.stringToHclTerraform(this._awsArn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      azure_subscription_id: {
        value: cdktn.stringToHclTerraform(this._azureSubscriptionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      azure_tenant_id: {
        value: cdktn.stringToHclTerraform(this._azureTenantId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      gcp_project_id: {
        value: cdktn.stringToHclTerraform(this._gcpProjectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      gcp_service_account_email: {
        value: cdktn.stringToHclTerraform(this._gcpServiceAccountEmail),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      integration_id: {
        value: cdktn.stringToHclTerraform(this._integrationId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rediscover_triggers: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._rediscoverTriggers),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      timeouts: {
        value: this.markWriteOnlyAttribute(cloudflareCloudIntegrationAuthorizationTimeoutsToHclTerraform(this._timeouts.internalValue)),
        isBlock: true,
        type: "struct",
        storageClassType: "CloudflareCloudIntegrationAuthorizationTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
