// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_credentials_list
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataCloudbridgeAvisiCloudCredentialsListConfig extends cdktn.TerraformMetaArguments {
  /**
  * Identity of the cloud account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_credentials_list#cloud_account_identity DataCloudbridgeAvisiCloudCredentialsList#cloud_account_identity}
  */
  readonly cloudAccountIdentity: string;
}
export interface DataCloudbridgeAvisiCloudCredentialsListCredentials {
}

export function dataCloudbridgeAvisiCloudCredentialsListCredentialsToTerraform(struct?: DataCloudbridgeAvisiCloudCredentialsListCredentials): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataCloudbridgeAvisiCloudCredentialsListCredentialsToHclTerraform(struct?: DataCloudbridgeAvisiCloudCredentialsListCredentials): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataCloudbridgeAvisiCloudCredentialsListCredentialsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataCloudbridgeAvisiCloudCredentialsListCredentials | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCloudbridgeAvisiCloudCredentialsListCredentials | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cloud_type - computed: true, optional: false, required: false
  public get cloudType() {
    return this.getStringAttribute('cloud_type');
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // identity - computed: true, optional: false, required: false
  public get identity() {
    return this.getStringAttribute('identity');
  }

  // is_primary - computed: true, optional: false, required: false
  public get isPrimary() {
    return this.getBooleanAttribute('is_primary');
  }

  // metadata - computed: true, optional: false, required: false
  private _metadata = new cdktn.StringMap(this, "metadata");
  public get metadata() {
    return this._metadata;
  }
}

export class DataCloudbridgeAvisiCloudCredentialsListCredentialsList extends cdktn.ComplexList {

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
  public get(index: number): DataCloudbridgeAvisiCloudCredentialsListCredentialsOutputReference {
    return new DataCloudbridgeAvisiCloudCredentialsListCredentialsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_credentials_list cloudbridge_avisi_cloud_credentials_list}
*/
export class DataCloudbridgeAvisiCloudCredentialsList extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_avisi_cloud_credentials_list";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataCloudbridgeAvisiCloudCredentialsList resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataCloudbridgeAvisiCloudCredentialsList to import
  * @param importFromId The id of the existing DataCloudbridgeAvisiCloudCredentialsList that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_credentials_list#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataCloudbridgeAvisiCloudCredentialsList to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_avisi_cloud_credentials_list", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/avisi_cloud_credentials_list cloudbridge_avisi_cloud_credentials_list} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataCloudbridgeAvisiCloudCredentialsListConfig
  */
  public constructor(scope: Construct, id: string, config: DataCloudbridgeAvisiCloudCredentialsListConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_avisi_cloud_credentials_list',
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
    this._cloudAccountIdentity = config.cloudAccountIdentity;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // credentials - computed: true, optional: false, required: false
  private _credentials = new DataCloudbridgeAvisiCloudCredentialsListCredentialsList(this, "credentials", false);
  public get credentials() {
    return this._credentials;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cloud_account_identity: cdktn.stringToTerraform(this._cloudAccountIdentity),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cloud_account_identity: {
        value: cdktn.stringToHclTerraform(this._cloudAccountIdentity),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
