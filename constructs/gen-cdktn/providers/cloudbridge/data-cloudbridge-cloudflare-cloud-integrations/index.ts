// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integrations
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataCloudbridgeCloudflareCloudIntegrationsConfig extends cdktn.TerraformMetaArguments {
  /**
  * `true`: only integrations of `cloud_type = "CLOUDFLARE"`; `false`: only the others. Unset: all.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integrations#cloudflare DataCloudbridgeCloudflareCloudIntegrations#cloudflare}
  */
  readonly cloudflare?: boolean | cdktn.IResolvable;
  /**
  * Reverse the order.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integrations#desc DataCloudbridgeCloudflareCloudIntegrations#desc}
  */
  readonly desc?: boolean | cdktn.IResolvable;
  /**
  * Sort by one of `updated_at`, `id`, `cloud_type`, `name`. Unset: creation order.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integrations#order_by DataCloudbridgeCloudflareCloudIntegrations#order_by}
  */
  readonly orderBy?: string;
}
export interface DataCloudbridgeCloudflareCloudIntegrationsIntegrations {
}

export function dataCloudbridgeCloudflareCloudIntegrationsIntegrationsToTerraform(struct?: DataCloudbridgeCloudflareCloudIntegrationsIntegrations): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataCloudbridgeCloudflareCloudIntegrationsIntegrationsToHclTerraform(struct?: DataCloudbridgeCloudflareCloudIntegrationsIntegrations): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataCloudbridgeCloudflareCloudIntegrationsIntegrationsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataCloudbridgeCloudflareCloudIntegrationsIntegrations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCloudbridgeCloudflareCloudIntegrationsIntegrations | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // aws_arn - computed: true, optional: false, required: false
  public get awsArn() {
    return this.getStringAttribute('aws_arn');
  }

  // azure_subscription_id - computed: true, optional: false, required: false
  public get azureSubscriptionId() {
    return this.getStringAttribute('azure_subscription_id');
  }

  // azure_tenant_id - computed: true, optional: false, required: false
  public get azureTenantId() {
    return this.getStringAttribute('azure_tenant_id');
  }

  // cloud_type - computed: true, optional: false, required: false
  public get cloudType() {
    return this.getStringAttribute('cloud_type');
  }

  // credentials_good_since - computed: true, optional: false, required: false
  public get credentialsGoodSince() {
    return this.getStringAttribute('credentials_good_since');
  }

  // credentials_missing_since - computed: true, optional: false, required: false
  public get credentialsMissingSince() {
    return this.getStringAttribute('credentials_missing_since');
  }

  // credentials_rejected_since - computed: true, optional: false, required: false
  public get credentialsRejectedSince() {
    return this.getStringAttribute('credentials_rejected_since');
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // discovery_message - computed: true, optional: false, required: false
  public get discoveryMessage() {
    return this.getStringAttribute('discovery_message');
  }

  // friendly_name - computed: true, optional: false, required: false
  public get friendlyName() {
    return this.getStringAttribute('friendly_name');
  }

  // gcp_project_id - computed: true, optional: false, required: false
  public get gcpProjectId() {
    return this.getStringAttribute('gcp_project_id');
  }

  // gcp_service_account_email - computed: true, optional: false, required: false
  public get gcpServiceAccountEmail() {
    return this.getStringAttribute('gcp_service_account_email');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // last_discovery_completed_at - computed: true, optional: false, required: false
  public get lastDiscoveryCompletedAt() {
    return this.getStringAttribute('last_discovery_completed_at');
  }

  // last_discovery_started_at - computed: true, optional: false, required: false
  public get lastDiscoveryStartedAt() {
    return this.getStringAttribute('last_discovery_started_at');
  }

  // last_discovery_status - computed: true, optional: false, required: false
  public get lastDiscoveryStatus() {
    return this.getStringAttribute('last_discovery_status');
  }

  // last_updated - computed: true, optional: false, required: false
  public get lastUpdated() {
    return this.getStringAttribute('last_updated');
  }

  // lifecycle_state - computed: true, optional: false, required: false
  public get lifecycleState() {
    return this.getStringAttribute('lifecycle_state');
  }

  // regions - computed: true, optional: false, required: false
  public get regions() {
    return this.getListAttribute('regions');
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }
}

export class DataCloudbridgeCloudflareCloudIntegrationsIntegrationsList extends cdktn.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataCloudbridgeCloudflareCloudIntegrationsIntegrationsOutputReference {
    return new DataCloudbridgeCloudflareCloudIntegrationsIntegrationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integrations cloudbridge_cloudflare_cloud_integrations}
*/
export class DataCloudbridgeCloudflareCloudIntegrations extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_cloudflare_cloud_integrations";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataCloudbridgeCloudflareCloudIntegrations resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataCloudbridgeCloudflareCloudIntegrations to import
  * @param importFromId The id of the existing DataCloudbridgeCloudflareCloudIntegrations that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integrations#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataCloudbridgeCloudflareCloudIntegrations to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_cloudflare_cloud_integrations", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integrations cloudbridge_cloudflare_cloud_integrations} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataCloudbridgeCloudflareCloudIntegrationsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataCloudbridgeCloudflareCloudIntegrationsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_cloudflare_cloud_integrations',
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
    this._cloudflare = config.cloudflare;
    this._desc = config.desc;
    this._orderBy = config.orderBy;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cloudflare - computed: false, optional: true, required: false
  private _cloudflare?: boolean | cdktn.IResolvable; 
  public get cloudflare() {
    return this.getBooleanAttribute('cloudflare');
  }
  public set cloudflare(value: boolean | cdktn.IResolvable) {
    this._cloudflare = value;
  }
  public resetCloudflare() {
    this._cloudflare = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudflareInput() {
    return this._cloudflare;
  }

  // desc - computed: false, optional: true, required: false
  private _desc?: boolean | cdktn.IResolvable; 
  public get desc() {
    return this.getBooleanAttribute('desc');
  }
  public set desc(value: boolean | cdktn.IResolvable) {
    this._desc = value;
  }
  public resetDesc() {
    this._desc = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descInput() {
    return this._desc;
  }

  // integrations - computed: true, optional: false, required: false
  private _integrations = new DataCloudbridgeCloudflareCloudIntegrationsIntegrationsList(this, "integrations", false);
  public get integrations() {
    return this._integrations;
  }

  // order_by - computed: false, optional: true, required: false
  private _orderBy?: string; 
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }
  public set orderBy(value: string) {
    this._orderBy = value;
  }
  public resetOrderBy() {
    this._orderBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByInput() {
    return this._orderBy;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cloudflare: cdktn.booleanToTerraform(this._cloudflare),
      desc: cdktn.booleanToTerraform(this._desc),
      order_by: cdktn.stringToTerraform(this._orderBy),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cloudflare: {
        value: cdktn.booleanToHclTerraform(this._cloudflare),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      desc: {
        value: cdktn.booleanToHclTerraform(this._desc),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      order_by: {
        value: cdktn.stringToHclTerraform(this._orderBy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
