# P0 Security: connect an AWS account to P0's AWS integration.
#
# 1. the integration root;
# 2. per component: stage it (P0 hands back the IAM role it needs), create that role and its
#    inline policy in AWS, then install it (P0 verifies the role, then configures the component);
# 3. read every item back with the config data source.

terraform {
  required_version = ">= 1.11.0"
  required_providers {
    cloudbridge = {
      source = "cloudbridge/cloudbridge"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

variable "aws_endpoint" {
  description = "IAM/STS endpoint. Empty for real AWS; the emulator's `aws` endpoint for offline runs."
  type        = string
  default     = ""
}

variable "account_id" {
  description = "The AWS account to connect (the one your AWS credentials act in)."
  type        = string
  default     = "123456789012"
}

# Token, org id and base URL come from the environment (see README.md).
provider "cloudbridge" {
  p0 {}
}

provider "aws" {
  region = "us-east-1"

  # Offline runs against `cloudbridge emulate`: no real credential checks.
  skip_credentials_validation = var.aws_endpoint != ""
  skip_requesting_account_id  = var.aws_endpoint != ""
  skip_metadata_api_check     = var.aws_endpoint != ""
  skip_region_validation      = var.aws_endpoint != ""

  endpoints {
    iam = var.aws_endpoint != "" ? var.aws_endpoint : null
    sts = var.aws_endpoint != "" ? var.aws_endpoint : null
  }
}

# Destroying the root removes every item of every component in P0, so everything below depends on it.
resource "cloudbridge_p0_aws_integration" "this" {}

# ---- IAM management (just-in-time access) -------------------------------------------------

resource "cloudbridge_p0_aws_iam_write_staged" "this" {
  account_id = var.account_id
  label      = "production"
  depends_on = [cloudbridge_p0_aws_integration.this]
}

resource "aws_iam_role" "p0_iam_write" {
  name               = cloudbridge_p0_aws_iam_write_staged.this.role.name
  assume_role_policy = cloudbridge_p0_aws_iam_write_staged.this.role.trust_policy
}

resource "aws_iam_role_policy" "p0_iam_write" {
  role   = aws_iam_role.p0_iam_write.name
  name   = cloudbridge_p0_aws_iam_write_staged.this.role.inline_policy_name
  policy = cloudbridge_p0_aws_iam_write_staged.this.role.inline_policy
}

resource "cloudbridge_p0_aws_iam_write" "this" {
  account_id = cloudbridge_p0_aws_iam_write_staged.this.account_id
  login = {
    type     = "iam"
    identity = { type = "email" }
  }

  # P0 verifies the role and its inline policy: create them first. While AWS IAM propagates,
  # verify is retried within timeouts.create (default 5m).
  depends_on = [aws_iam_role_policy.p0_iam_write]
}

# ---- IAM assessment -----------------------------------------------------------------------

resource "cloudbridge_p0_aws_iam_assessment_staged" "this" {
  account_id = var.account_id
  label      = "production"
  depends_on = [cloudbridge_p0_aws_integration.this]
}

resource "aws_iam_role" "p0_iam_assessment" {
  name               = cloudbridge_p0_aws_iam_assessment_staged.this.role.name
  assume_role_policy = cloudbridge_p0_aws_iam_assessment_staged.this.role.trust_policy
}

resource "aws_iam_role_policy" "p0_iam_assessment" {
  role   = aws_iam_role.p0_iam_assessment.name
  name   = cloudbridge_p0_aws_iam_assessment_staged.this.role.inline_policy_name
  policy = cloudbridge_p0_aws_iam_assessment_staged.this.role.inline_policy
}

resource "cloudbridge_p0_aws_iam_assessment" "this" {
  account_id = cloudbridge_p0_aws_iam_assessment_staged.this.account_id
  depends_on = [aws_iam_role_policy.p0_iam_assessment]
}

# ---- Resource inventory (P0 names no role for it) -----------------------------------------

resource "cloudbridge_p0_aws_inventory_staged" "this" {
  account_id = var.account_id
  label      = "production"
  depends_on = [cloudbridge_p0_aws_integration.this]
}

resource "cloudbridge_p0_aws_inventory" "this" {
  account_id = cloudbridge_p0_aws_inventory_staged.this.account_id
}

# ---- Read back ----------------------------------------------------------------------------

data "cloudbridge_p0_aws_config" "all" {
  depends_on = [
    cloudbridge_p0_aws_iam_write.this,
    cloudbridge_p0_aws_iam_assessment.this,
    cloudbridge_p0_aws_inventory.this,
  ]
}

output "service_account_id" {
  description = "P0's service account for the account: the audience of every P0 trust policy."
  value       = cloudbridge_p0_aws_iam_write_staged.this.service_account_id
}

output "item_states" {
  description = "State of every item, per component."
  value = {
    iam_write      = { for id, item in data.cloudbridge_p0_aws_config.all.iam_write : id => item.state }
    iam_assessment = { for id, item in data.cloudbridge_p0_aws_config.all.iam_assessment : id => item.state }
    inventory      = { for id, item in data.cloudbridge_p0_aws_config.all.inventory : id => item.state }
  }
}
