# Applies the module against `cloudbridge emulate` (never a mock): test/modules/modules.test.ts starts
# the emulator and passes its endpoints and tokens in the environment (CLOUDBRIDGE_QTANGL_*,
# AWS_ENDPOINT_URL_IAM/STS, AWS_ACCESS_KEY_ID) and Qtangl's principal as TF_VAR_qtangl_principal.

provider "aws" {
  region = "us-east-1"
}

variables {
  region = "eu-west-1"
}

run "connects" {
  assert {
    condition     = output.status == "active"
    error_message = "Qtangl's connection test did not pass: status is ${output.status}."
  }
  assert {
    condition     = output.role_arn == aws_iam_role.this.arn && endswith(output.role_arn, ":role/qtangl-read-only")
    error_message = "role_arn is ${output.role_arn}."
  }
  assert {
    condition     = jsondecode(aws_iam_role.this.assume_role_policy).Statement[0].Condition.StringEquals["sts:ExternalId"] == cloudbridge_external_id.this.result
    error_message = "The role's trust policy does not require the module's external id."
  }
  assert {
    condition     = aws_iam_role_policy_attachment.read_only.policy_arn == "arn:aws:iam::aws:policy/ReadOnlyAccess"
    error_message = "The role is not read-only."
  }
}

# What Qtangl itself now holds, read back through its API.
run "qtangl_holds_the_role" {
  module {
    source = "./tests/verify"
  }

  assert {
    condition     = output.integration.role_arn == run.connects.role_arn && output.integration.region == "eu-west-1"
    error_message = "Qtangl's aws integration points at ${output.integration.role_arn} in ${output.integration.region}."
  }
}

# A second apply with another region updates the same row (Qtangl upserts one integration per provider).
run "moves_region" {
  variables {
    region = "us-west-2"
  }

  assert {
    condition     = output.integration_id == run.connects.integration_id && output.status == "active"
    error_message = "The region change did not update the same integration in place."
  }
}
