# P0 Security: connect two AWS accounts to P0's AWS integration with the p0-aws module
# (modules/p0-aws), called once per account with that account's aws provider. The integration root
# is one per P0 organisation, so this configuration creates it once and passes it to both calls.

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

variable "production_account_id" {
  description = "The production account: the one the default AWS credentials act in."
  type        = string
  default     = "123456789012"
}

variable "staging_account_id" {
  description = "The staging account. Against the emulator, its id is also the access key id that selects it."
  type        = string
  default     = "210987654321"
}

variable "staging_profile" {
  description = "Against AWS: the AWS CLI profile that acts in the staging account."
  type        = string
  default     = null
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

provider "aws" {
  alias   = "staging"
  region  = "us-east-1"
  profile = var.aws_endpoint == "" ? var.staging_profile : null

  # The emulator picks the account from a 12-digit access key id; its secret is not checked.
  access_key                  = var.aws_endpoint != "" ? var.staging_account_id : null
  secret_key                  = var.aws_endpoint != "" ? "emulated" : null
  skip_credentials_validation = var.aws_endpoint != ""
  skip_requesting_account_id  = var.aws_endpoint != ""
  skip_metadata_api_check     = var.aws_endpoint != ""
  skip_region_validation      = var.aws_endpoint != ""

  endpoints {
    iam = var.aws_endpoint != "" ? var.aws_endpoint : null
    sts = var.aws_endpoint != "" ? var.aws_endpoint : null
  }
}

# Destroying the root removes every item of every account in P0: the modules stage after it, so
# Terraform destroys it last.
resource "cloudbridge_p0_aws_integration" "this" {}

module "p0_production" {
  source    = "../../../modules/p0-aws"
  providers = { aws = aws }

  integration_id = cloudbridge_p0_aws_integration.this.id
  account_id     = var.production_account_id
  label          = "production"
  iam_write      = { login = { type = "iam", identity = { type = "email" } } }
  iam_assessment = {}
  inventory      = true
}

module "p0_staging" {
  source    = "../../../modules/p0-aws"
  providers = { aws = aws.staging }

  integration_id = cloudbridge_p0_aws_integration.this.id
  account_id     = var.staging_account_id
  label          = "staging"
  inventory      = true
}

# Every item of every account, read back from P0.
data "cloudbridge_p0_aws_config" "all" {
  depends_on = [module.p0_production, module.p0_staging]
}

output "service_account_id" {
  description = "P0's service account for the production account: the audience of its P0 trust policies."
  value       = module.p0_production.service_account_id
}

output "states" {
  description = "The installed components' states, per account."
  value = {
    production = module.p0_production.states
    staging    = module.p0_staging.states
  }
}

output "inventory_items" {
  description = "P0's inventory items, by account id."
  value       = { for id, item in data.cloudbridge_p0_aws_config.all.inventory : id => item.state }
}
