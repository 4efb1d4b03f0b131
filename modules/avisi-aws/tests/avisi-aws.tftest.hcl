# Applies the module against `cloudbridge emulate` (never a mock): test/modules/modules.test.ts starts
# the emulator and passes its endpoints and tokens in the environment (CLOUDBRIDGE_AVISI_*,
# AWS_ENDPOINT_URL_IAM/STS, AWS_ACCESS_KEY_ID).

provider "aws" {
  region = "us-east-1"
}

variables {
  display_name = "Module Test"
  user_name    = "avisi-cloud-module-test"
}

run "hands_the_key_to_avisi" {
  assert {
    condition     = output.user_name == "avisi-cloud-module-test" && output.access_key_id == aws_iam_access_key.this.id
    error_message = "User ${output.user_name}, key ${output.access_key_id}."
  }
  assert {
    condition     = output.credentials_identity == cloudbridge_avisi_cloud_credentials.this.identity && cloudbridge_avisi_cloud_credentials.this.is_primary
    error_message = "The module's credentials are not the account's primary ones."
  }
  # The secret went write-only: cloudbridge's state keeps only the key id and the version.
  assert {
    condition     = cloudbridge_avisi_cloud_credentials.this.credentials.access_key_secret == null && cloudbridge_avisi_cloud_credentials.this.credentials.access_key_secret_wo_version == 1
    error_message = "The secret is in the credentials' state, or its version is not 1."
  }
}

# What Avisi itself now holds, read back through its API.
run "avisi_holds_primary_credentials" {
  module {
    source = "./tests/verify"
  }

  variables {
    cloud_account_identity = run.hands_the_key_to_avisi.cloud_account_identity
  }

  assert {
    condition     = length(output.credentials) == 1 && output.credentials[run.hands_the_key_to_avisi.credentials_identity].is_primary
    error_message = "Avisi does not hold the module's credentials as primary: ${jsonencode(output.credentials)}."
  }
  assert {
    condition     = output.credentials[run.hands_the_key_to_avisi.credentials_identity].display_name == "Module Test access key"
    error_message = "The credentials are not named after the account."
  }
}

# A new key version replaces the credentials (Avisi cannot update them) and makes the new ones primary.
run "rotates_the_secret" {
  variables {
    key_version = 2
  }

  assert {
    condition     = output.credentials_identity != run.hands_the_key_to_avisi.credentials_identity && output.cloud_account_identity == run.hands_the_key_to_avisi.cloud_account_identity
    error_message = "A new key version did not replace the credentials within the same account."
  }
  assert {
    condition     = cloudbridge_avisi_cloud_credentials.this.credentials.access_key_secret_wo_version == 2 && cloudbridge_avisi_cloud_credentials.this.is_primary
    error_message = "The replacement credentials are not version 2 and primary."
  }
}
