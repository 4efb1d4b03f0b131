// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_primary_cloud_credentials
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface AvisiPrimaryCloudCredentialsConfig extends cdktn.TerraformMetaArguments {
  /**
  * Identity of the cloud account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_primary_cloud_credentials#cloud_account_identity AvisiPrimaryCloudCredentials#cloud_account_identity}
  */
  readonly cloudAccountIdentity: string;
  /**
  * Identity of the credentials (of that account) to make primary.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_primary_cloud_credentials#credentials_identity AvisiPrimaryCloudCredentials#credentials_identity}
  */
  readonly credentialsIdentity: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_primary_cloud_credentials cloudbridge_avisi_primary_cloud_credentials}
*/
export class AvisiPrimaryCloudCredentials extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_avisi_primary_cloud_credentials";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a AvisiPrimaryCloudCredentials resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AvisiPrimaryCloudCredentials to import
  * @param importFromId The id of the existing AvisiPrimaryCloudCredentials that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_primary_cloud_credentials#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AvisiPrimaryCloudCredentials to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_avisi_primary_cloud_credentials", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/avisi_primary_cloud_credentials cloudbridge_avisi_primary_cloud_credentials} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AvisiPrimaryCloudCredentialsConfig
  */
  public constructor(scope: Construct, id: string, config: AvisiPrimaryCloudCredentialsConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_avisi_primary_cloud_credentials',
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
    this._credentialsIdentity = config.credentialsIdentity;
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

  // credentials_identity - computed: false, optional: false, required: true
  private _credentialsIdentity?: string; 
  public get credentialsIdentity() {
    return this.getStringAttribute('credentials_identity');
  }
  public set credentialsIdentity(value: string) {
    this._credentialsIdentity = value;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsIdentityInput() {
    return this._credentialsIdentity;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cloud_account_identity: cdktn.stringToTerraform(this._cloudAccountIdentity),
      credentials_identity: cdktn.stringToTerraform(this._credentialsIdentity),
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
      credentials_identity: {
        value: cdktn.stringToHclTerraform(this._credentialsIdentity),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
