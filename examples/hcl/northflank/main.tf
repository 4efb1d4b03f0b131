# Northflank: let Northflank run BYOC clusters in an AWS account through a cross-account role, with
# the northflank-aws module (modules/northflank-aws): an external id, a role that trusts Northflank's
# account only with it, the features' permissions, then the integration.

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

variable "northflank_principal" {
  description = "The AWS account Northflank assumes roles from. The default is the emulator's (GET {url}/_emulator/state/northflank shows it as awsPrincipal); use the one from Northflank's BYOC setup page for the real service."
  type        = string
  default     = "466203627421"
}

variable "name" {
  description = "Name of the integration (3-39 characters); its slug is the id."
  type        = string
  default     = "Production AWS"
}

# Token and base URL come from the environment (see README.md).
provider "cloudbridge" {
  northflank {}
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

module "northflank" {
  source    = "../../../modules/northflank-aws"
  providers = { aws = aws }

  name                 = var.name
  description          = "BYOC clusters in the production account"
  features             = ["byoc", "route53"]
  northflank_principal = var.northflank_principal
  role_name            = "northflank-byoc"
}

output "integration_id" {
  value = module.northflank.integration_id
}

output "role_arn" {
  value = module.northflank.role_arn
}
