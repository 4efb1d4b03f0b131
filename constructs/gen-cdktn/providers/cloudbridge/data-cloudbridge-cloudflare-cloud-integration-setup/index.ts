// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integration_setup
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataCloudbridgeCloudflareCloudIntegrationSetupConfig extends cdktn.TerraformMetaArguments {
  /**
  * Id of the `cloudbridge_cloudflare_cloud_integration`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integration_setup#integration_id DataCloudbridgeCloudflareCloudIntegrationSetup#integration_id}
  */
  readonly integrationId: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integration_setup cloudbridge_cloudflare_cloud_integration_setup}
*/
export class DataCloudbridgeCloudflareCloudIntegrationSetup extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_cloudflare_cloud_integration_setup";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataCloudbridgeCloudflareCloudIntegrationSetup resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataCloudbridgeCloudflareCloudIntegrationSetup to import
  * @param importFromId The id of the existing DataCloudbridgeCloudflareCloudIntegrationSetup that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integration_setup#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataCloudbridgeCloudflareCloudIntegrationSetup to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_cloudflare_cloud_integration_setup", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/data-sources/cloudflare_cloud_integration_setup cloudbridge_cloudflare_cloud_integration_setup} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataCloudbridgeCloudflareCloudIntegrationSetupConfig
  */
  public constructor(scope: Construct, id: string, config: DataCloudbridgeCloudflareCloudIntegrationSetupConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_cloudflare_cloud_integration_setup',
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
    this._integrationId = config.integrationId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // aws_external_id - computed: true, optional: false, required: false
  public get awsExternalId() {
    return this.getStringAttribute('aws_external_id');
  }

  // aws_trust_policy - computed: true, optional: false, required: false
  public get awsTrustPolicy() {
    return this.getStringAttribute('aws_trust_policy');
  }

  // azure_consent_url - computed: true, optional: false, required: false
  public get azureConsentUrl() {
    return this.getStringAttribute('azure_consent_url');
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

  // integration_identity_tag - computed: true, optional: false, required: false
  public get integrationIdentityTag() {
    return this.getStringAttribute('integration_identity_tag');
  }

  // item_type - computed: true, optional: false, required: false
  public get itemType() {
    return this.getStringAttribute('item_type');
  }

  // tag_cli_command - computed: true, optional: false, required: false
  public get tagCliCommand() {
    return this.getStringAttribute('tag_cli_command');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      integration_id: cdktn.stringToTerraform(this._integrationId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      integration_id: {
        value: cdktn.stringToHclTerraform(this._integrationId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
