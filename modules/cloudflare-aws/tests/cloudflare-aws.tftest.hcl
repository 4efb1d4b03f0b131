# Applies the module against `cloudbridge emulate` (never a mock): test/modules/modules.test.ts starts
# the emulator and passes its endpoints and tokens in the environment (CLOUDBRIDGE_CLOUDFLARE_*,
# AWS_ENDPOINT_URL_IAM/STS, AWS_ACCESS_KEY_ID).

provider "aws" {
  region = "us-east-1"
}

variables {
  friendly_name = "module-test"
  description   = "Managed by the cloudflare-aws module's test"
  role_name     = "cloudflare-mcn-module-test"
}

run "authorises_and_discovers" {
  assert {
    condition     = output.state == "SUCCEEDED"
    error_message = "Discovery did not succeed: ${output.state}."
  }
  assert {
    condition     = length(output.regions) > 0
    error_message = "Cloudflare discovered no region."
  }
  assert {
    condition     = output.role_arn == aws_iam_role.this.arn && endswith(output.role_arn, ":role/cloudflare-mcn-module-test")
    error_message = "role_arn is ${output.role_arn}."
  }
  # The role trusts exactly what Cloudflare's initial setup asked for.
  assert {
    condition     = jsondecode(aws_iam_role.this.assume_role_policy) == jsondecode(data.cloudbridge_cloudflare_cloud_integration_setup.this.aws_trust_policy)
    error_message = "The role's trust policy is not Cloudflare's."
  }
  assert {
    condition = output.managed_policy_arns == tolist([
      "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess",
      "arn:aws:iam::aws:policy/AmazonVPCReadOnlyAccess",
      "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
    ])
    error_message = "Managed policies: ${jsonencode(output.managed_policy_arns)}."
  }
}

# What Cloudflare itself now holds, read back through its API.
run "cloudflare_holds_the_role" {
  module {
    source = "./tests/verify"
  }

  assert {
    condition     = output.integrations[run.authorises_and_discovers.integration_id].aws_arn == run.authorises_and_discovers.role_arn
    error_message = "Cloudflare's integration does not point at the module's role."
  }
  assert {
    condition     = output.integrations[run.authorises_and_discovers.integration_id].state == "SUCCEEDED"
    error_message = "Cloudflare's integration is not SUCCEEDED."
  }
}

# Opting in to NetworkAdministrator attaches it in place; nothing on Cloudflare's side is replaced.
run "network_administrator" {
  variables {
    network_administrator = true
  }

  assert {
    condition     = contains(output.managed_policy_arns, "arn:aws:iam::aws:policy/job-function/NetworkAdministrator") && length(output.managed_policy_arns) == 4
    error_message = "Managed policies: ${jsonencode(output.managed_policy_arns)}."
  }
  assert {
    condition     = output.integration_id == run.authorises_and_discovers.integration_id && output.state == "SUCCEEDED"
    error_message = "The integration was replaced or is no longer authorised."
  }
}
