// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_accounts
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataCloudbridgeAvisiCloudAccountsConfig extends cdktn.TerraformMetaArguments {
  /**
  * Only accounts of this cloud provider, e.g. `aws`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_accounts#cloud_provider_slug DataCloudbridgeAvisiCloudAccounts#cloud_provider_slug}
  */
  readonly cloudProviderSlug?: string;
  /**
  * Only accounts whose display name contains this text (Avisi's `display-name` search).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_accounts#display_name DataCloudbridgeAvisiCloudAccounts#display_name}
  */
  readonly displayName?: string;
}
export interface DataCloudbridgeAvisiCloudAccountsCloudAccounts {
}

export function dataCloudbridgeAvisiCloudAccountsCloudAccountsToTerraform(struct?: DataCloudbridgeAvisiCloudAccountsCloudAccounts): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataCloudbridgeAvisiCloudAccountsCloudAccountsToHclTerraform(struct?: DataCloudbridgeAvisiCloudAccountsCloudAccounts): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataCloudbridgeAvisiCloudAccountsCloudAccountsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataCloudbridgeAvisiCloudAccountsCloudAccounts | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCloudbridgeAvisiCloudAccountsCloudAccounts | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cloud_profile - computed: true, optional: false, required: false
  public get cloudProfile() {
    return this.getStringAttribute('cloud_profile');
  }

  // cloud_provider - computed: true, optional: false, required: false
  public get cloudProvider() {
    return this.getStringAttribute('cloud_provider');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // enabled - computed: true, optional: false, required: false
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }

  // identity - computed: true, optional: false, required: false
  public get identity() {
    return this.getStringAttribute('identity');
  }

  // metadata - computed: true, optional: false, required: false
  private _metadata = new cdktn.StringMap(this, "metadata");
  public get metadata() {
    return this._metadata;
  }

  // primary_cloud_credentials_identity - computed: true, optional: false, required: false
  public get primaryCloudCredentialsIdentity() {
    return this.getStringAttribute('primary_cloud_credentials_identity');
  }
}

export class DataCloudbridgeAvisiCloudAccountsCloudAccountsList extends cdktn.ComplexList {

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
  public get(index: number): DataCloudbridgeAvisiCloudAccountsCloudAccountsOutputReference {
    return new DataCloudbridgeAvisiCloudAccountsCloudAccountsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_accounts cloudbridge_avisi_cloud_accounts}
*/
export class DataCloudbridgeAvisiCloudAccounts extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_avisi_cloud_accounts";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataCloudbridgeAvisiCloudAccounts resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataCloudbridgeAvisiCloudAccounts to import
  * @param importFromId The id of the existing DataCloudbridgeAvisiCloudAccounts that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_accounts#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataCloudbridgeAvisiCloudAccounts to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_avisi_cloud_accounts", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_accounts cloudbridge_avisi_cloud_accounts} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataCloudbridgeAvisiCloudAccountsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataCloudbridgeAvisiCloudAccountsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_avisi_cloud_accounts',
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
    this._cloudProviderSlug = config.cloudProviderSlug;
    this._displayName = config.displayName;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cloud_accounts - computed: true, optional: false, required: false
  private _cloudAccounts = new DataCloudbridgeAvisiCloudAccountsCloudAccountsList(this, "cloud_accounts", false);
  public get cloudAccounts() {
    return this._cloudAccounts;
  }

  // cloud_provider_slug - computed: false, optional: true, required: false
  private _cloudProviderSlug?: string; 
  public get cloudProviderSlug() {
    return this.getStringAttribute('cloud_provider_slug');
  }
  public set cloudProviderSlug(value: string) {
    this._cloudProviderSlug = value;
  }
  public resetCloudProviderSlug() {
    this._cloudProviderSlug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudProviderSlugInput() {
    return this._cloudProviderSlug;
  }

  // display_name - computed: false, optional: true, required: false
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public resetDisplayName() {
    this._displayName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cloud_provider_slug: cdktn.stringToTerraform(this._cloudProviderSlug),
      display_name: cdktn.stringToTerraform(this._displayName),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cloud_provider_slug: {
        value: cdktn.stringToHclTerraform(this._cloudProviderSlug),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      display_name: {
        value: cdktn.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
