// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface CloudflareCloudIntegrationConfig extends cdktn.TerraformMetaArguments {
  /**
  * Cloudflare allows several integrations with one `friendly_name`; cloudbridge does not, unless this is `true`: a create (or rename) to a name another integration of the account has fails with that integration's import, so a crash and a re-apply can never leave two. Default `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration#allow_duplicate_names CloudflareCloudIntegration#allow_duplicate_names}
  */
  readonly allowDuplicateNames?: boolean | cdktn.IResolvable;
  /**
  * The cloud this integration connects: one of `AWS`, `AZURE`, `GOOGLE`, `CLOUDFLARE`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration#cloud_type CloudflareCloudIntegration#cloud_type}
  */
  readonly cloudType: string;
  /**
  * Free-form description. Default `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration#description CloudflareCloudIntegration#description}
  */
  readonly description?: string;
  /**
  * Name shown in the Cloudflare dashboard.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration#friendly_name CloudflareCloudIntegration#friendly_name}
  */
  readonly friendlyName: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration cloudbridge_cloudflare_cloud_integration}
*/
export class CloudflareCloudIntegration extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_cloudflare_cloud_integration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a CloudflareCloudIntegration resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CloudflareCloudIntegration to import
  * @param importFromId The id of the existing CloudflareCloudIntegration that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CloudflareCloudIntegration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_cloudflare_cloud_integration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/cloudflare_cloud_integration cloudbridge_cloudflare_cloud_integration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CloudflareCloudIntegrationConfig
  */
  public constructor(scope: Construct, id: string, config: CloudflareCloudIntegrationConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_cloudflare_cloud_integration',
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
    this._cloudType = config.cloudType;
    this._description = config.description;
    this._friendlyName = config.friendlyName;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account_id - computed: true, optional: false, required: false
  public get accountId() {
    return this.getStringAttribute('account_id');
  }

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

  // description - computed: true, optional: true, required: false
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

  // friendly_name - computed: false, optional: false, required: true
  private _friendlyName?: string; 
  public get friendlyName() {
    return this.getStringAttribute('friendly_name');
  }
  public set friendlyName(value: string) {
    this._friendlyName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get friendlyNameInput() {
    return this._friendlyName;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // last_updated - computed: true, optional: false, required: false
  public get lastUpdated() {
    return this.getStringAttribute('last_updated');
  }

  // lifecycle_state - computed: true, optional: false, required: false
  public get lifecycleState() {
    return this.getStringAttribute('lifecycle_state');
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_duplicate_names: cdktn.booleanToTerraform(this._allowDuplicateNames),
      cloud_type: cdktn.stringToTerraform(this._cloudType),
      description: cdktn.stringToTerraform(this._description),
      friendly_name: cdktn.stringToTerraform(this._friendlyName),
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
      cloud_type: {
        value: cdktn.stringToHclTerraform(this._cloudType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktn.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      friendly_name: {
        value: cdktn.stringToHclTerraform(this._friendlyName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
