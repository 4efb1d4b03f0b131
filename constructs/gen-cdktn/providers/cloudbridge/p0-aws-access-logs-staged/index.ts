// https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/p0_aws_access_logs_staged
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface P0AwsAccessLogsStagedConfig extends cdktn.TerraformMetaArguments {
  /**
  * The 12-digit AWS account id the item stands for.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/p0_aws_access_logs_staged#account_id P0AwsAccessLogsStaged#account_id}
  */
  readonly accountId: string;
  /**
  * A label for the item in P0 (for example the account alias).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/p0_aws_access_logs_staged#label P0AwsAccessLogsStaged#label}
  */
  readonly label?: string;
  /**
  * The AWS partition the item lives in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/p0_aws_access_logs_staged#partition P0AwsAccessLogsStaged#partition}
  */
  readonly partition?: string;
}
export interface P0AwsAccessLogsStagedRole {
}

export function p0AwsAccessLogsStagedRoleToTerraform(struct?: P0AwsAccessLogsStagedRole): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function p0AwsAccessLogsStagedRoleToHclTerraform(struct?: P0AwsAccessLogsStagedRole): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class P0AwsAccessLogsStagedRoleOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): P0AwsAccessLogsStagedRole | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: P0AwsAccessLogsStagedRole | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // inline_policy - computed: true, optional: false, required: false
  public get inlinePolicy() {
    return this.getStringAttribute('inline_policy');
  }

  // inline_policy_name - computed: true, optional: false, required: false
  public get inlinePolicyName() {
    return this.getStringAttribute('inline_policy_name');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // trust_policy - computed: true, optional: false, required: false
  public get trustPolicy() {
    return this.getStringAttribute('trust_policy');
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/p0_aws_access_logs_staged cloudbridge_p0_aws_access_logs_staged}
*/
export class P0AwsAccessLogsStaged extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cloudbridge_p0_aws_access_logs_staged";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a P0AwsAccessLogsStaged resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the P0AwsAccessLogsStaged to import
  * @param importFromId The id of the existing P0AwsAccessLogsStaged that should be imported. Refer to the {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/p0_aws_access_logs_staged#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the P0AwsAccessLogsStaged to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "cloudbridge_p0_aws_access_logs_staged", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cloudbridge/cloudbridge/latest/docs/resources/p0_aws_access_logs_staged cloudbridge_p0_aws_access_logs_staged} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options P0AwsAccessLogsStagedConfig
  */
  public constructor(scope: Construct, id: string, config: P0AwsAccessLogsStagedConfig) {
    super(scope, id, {
      terraformResourceType: 'cloudbridge_p0_aws_access_logs_staged',
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
    this._accountId = config.accountId;
    this._label = config.label;
    this._partition = config.partition;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account_id - computed: false, optional: false, required: true
  private _accountId?: string; 
  public get accountId() {
    return this.getStringAttribute('account_id');
  }
  public set accountId(value: string) {
    this._accountId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get accountIdInput() {
    return this._accountId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // label - computed: false, optional: true, required: false
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  public resetLabel() {
    this._label = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // partition - computed: true, optional: true, required: false
  private _partition?: string; 
  public get partition() {
    return this.getStringAttribute('partition');
  }
  public set partition(value: string) {
    this._partition = value;
  }
  public resetPartition() {
    this._partition = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get partitionInput() {
    return this._partition;
  }

  // role - computed: true, optional: false, required: false
  private _role = new P0AwsAccessLogsStagedRoleOutputReference(this, "role");
  public get role() {
    return this._role;
  }

  // service_account_id - computed: true, optional: false, required: false
  public get serviceAccountId() {
    return this.getStringAttribute('service_account_id');
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
      account_id: cdktn.stringToTerraform(this._accountId),
      label: cdktn.stringToTerraform(this._label),
      partition: cdktn.stringToTerraform(this._partition),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      account_id: {
        value: cdktn.stringToHclTerraform(this._accountId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      label: {
        value: cdktn.stringToHclTerraform(this._label),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      partition: {
        value: cdktn.stringToHclTerraform(this._partition),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
