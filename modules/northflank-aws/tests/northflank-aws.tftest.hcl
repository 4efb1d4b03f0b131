# Applies the module against `cloudbridge emulate` (never a mock): test/modules/modules.test.ts starts
# the emulator and passes its endpoints and tokens in the environment (CLOUDBRIDGE_NORTHFLANK_*,
# AWS_ENDPOINT_URL_IAM/STS, AWS_ACCESS_KEY_ID) and Northflank's principal as
# TF_VAR_northflank_principal. Northflank checks the role's trust when it creates the integration,
# so an apply that passes proves the role trusts Northflank with the external id.

provider "aws" {
  region = "us-east-1"
}

variables {
  name        = "Module Test"
  description = "BYOC clusters for the module test"
  features    = ["byoc", "route53"]
}

run "cross_account_role" {
  assert {
    condition     = output.integration_id == "module-test" && output.authentication_mode == "crossAccountRole"
    error_message = "Integration ${output.integration_id} in mode ${output.authentication_mode}."
  }
  assert {
    condition     = output.role_arn == aws_iam_role.this[0].arn && endswith(output.role_arn, ":role/northflank")
    error_message = "role_arn is ${coalesce(output.role_arn, "null")}."
  }
  assert {
    condition     = jsondecode(aws_iam_role.this[0].assume_role_policy).Statement[0].Condition.StringEquals["sts:ExternalId"] == cloudbridge_external_id.this[0].result
    error_message = "The role's trust policy does not require the module's external id."
  }
  # Only the chosen features' actions.
  assert {
    condition     = contains(jsondecode(aws_iam_role_policy.this[0].policy).Statement[0].Action, "route53:GetChange") && !contains(jsondecode(aws_iam_role_policy.this[0].policy).Statement[0].Action, "ecr:*")
    error_message = "The role's policy does not match the features."
  }
  assert {
    condition     = output.user_name == null && output.access_key_id == null
    error_message = "crossAccountRole mode created an IAM user or key."
  }
}

# Switching to accessKey without a key: the module creates the user, its policy and its key, and the
# integration is replaced (Northflank cannot change the mode in place).
run "access_key_of_a_created_user" {
  variables {
    authentication_mode  = "accessKey"
    northflank_principal = null
    user_name            = "northflank-module-test"
  }

  assert {
    condition     = output.authentication_mode == "accessKey" && output.user_name == "northflank-module-test" && output.role_arn == null
    error_message = "Mode ${output.authentication_mode}, user ${coalesce(output.user_name, "null")}."
  }
  assert {
    condition     = output.access_key_id == aws_iam_access_key.this[0].id && cloudbridge_northflank_cloud_integration.this.credentials.access_key == output.access_key_id
    error_message = "The integration does not hold the created user's key."
  }
  # The secret went write-only: the Northflank resource keeps no trace of it.
  assert {
    condition     = cloudbridge_northflank_cloud_integration.this.credentials.secret_key == null && cloudbridge_northflank_cloud_integration.this.credentials.secret_key_wo_version == 1
    error_message = "The secret is in the Northflank resource's state, or its version is not 1."
  }
}

# A key you give: the integration alone, no IAM resources.
run "access_key_given" {
  variables {
    northflank_principal = null
    access_key_id        = "AKIAMODULETEST000001"
    secret_access_key    = "module-test-secret"
    secret_version       = 2
  }

  assert {
    condition     = output.authentication_mode == "accessKey" && output.access_key_id == "AKIAMODULETEST000001" && output.user_name == null
    error_message = "Mode ${output.authentication_mode}, key ${coalesce(output.access_key_id, "null")}."
  }
  assert {
    condition     = length(aws_iam_user.this) == 0 && length(aws_iam_role.this) == 0
    error_message = "A given key still left IAM resources behind."
  }
}

# crossAccountRole mode without the principal fails at plan, naming the variable.
run "cross_account_role_needs_the_principal" {
  command = plan

  variables {
    northflank_principal = null
  }

  expect_failures = [var.northflank_principal]
}
