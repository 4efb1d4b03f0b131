// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_account
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface AvisiCloudAccountConfig extends cdktn.TerraformMetaArguments {
  /**
  * Avisi allows several accounts with one `display_name`; cloudbridge does not, unless this is `true`: a create (or rename) to a name another account of the organisation has fails with that account's import, so a crash and a re-apply can never leave two. Default `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_account#allow_duplicate_names AvisiCloudAccount#allow_duplicate_names}
  */
  readonly allowDuplicateNames?: boolean | cdktn.IResolvable;
  /**
  * Identity of the cloud profile the account is for, such as `aws`, `azure` or `hetzner`. Changing it creates a new account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_account#cloud_profile AvisiCloudAccount#cloud_profile}
  */
  readonly cloudProfile: string;
  /**
  * Name of the account, 3–64 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_account#display_name AvisiCloudAccount#display_name}
  */
  readonly displayName: string;
  /**
  * Whether the account can be used. Default `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_account#enabled AvisiCloudAccount#enabled}
  */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
  * String metadata. The API cannot change it after create, so changing it creates a new account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_account#metadata AvisiCloudAccount#metadata}
  */
  readonly metadata?: { [key: string]: string };
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_account cloudbridge_avisi_cloud_account}
*/
export class AvisiCloudAccount extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_avisi_cloud_account";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a AvisiCloudAccount resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AvisiCloudAccount to import
  * @param importFromId The id of the existing AvisiCloudAccount that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_account#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AvisiCloudAccount to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_avisi_cloud_account", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_cloud_account cloudbridge_avisi_cloud_account} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AvisiCloudAccountConfig
  */
  public constructor(scope: Construct, id: string, config: AvisiCloudAccountConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_avisi_cloud_account',
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
    this._cloudProfile = config.cloudProfile;
    this._displayName = config.displayName;
    this._enabled = config.enabled;
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

  // cloud_profile - computed: false, optional: false, required: true
  private _cloudProfile?: string; 
  public get cloudProfile() {
    return this.getStringAttribute('cloud_profile');
  }
  public set cloudProfile(value: string) {
    this._cloudProfile = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudProfileInput() {
    return this._cloudProfile;
  }

  // cloud_provider - computed: true, optional: false, required: false
  public get cloudProvider() {
    return this.getStringAttribute('cloud_provider');
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

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktn.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktn.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // identity - computed: true, optional: false, required: false
  public get identity() {
    return this.getStringAttribute('identity');
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

  // primary_cloud_credentials_identity - computed: true, optional: false, required: false
  public get primaryCloudCredentialsIdentity() {
    return this.getStringAttribute('primary_cloud_credentials_identity');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_duplicate_names: cdktn.booleanToTerraform(this._allowDuplicateNames),
      cloud_profile: cdktn.stringToTerraform(this._cloudProfile),
      display_name: cdktn.stringToTerraform(this._displayName),
      enabled: cdktn.booleanToTerraform(this._enabled),
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
      cloud_profile: {
        value: cdktn.stringToHclTerraform(this._cloudProfile),
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
      enabled: {
        value: cdktn.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
