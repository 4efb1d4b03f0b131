# Qtangl: connect an AWS account through a read-only role, tested on apply, with the qtangl-aws
# module (modules/qtangl-aws): an external id, a role that trusts Qtangl's account only with it,
# ReadOnlyAccess, then the tenant's `aws` integration and Qtangl's connection test.
#
# Qtangl has no delete API: `terraform destroy` only removes the integration from state (with a warning).

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

variable "qtangl_principal" {
  description = "The AWS account Qtangl assumes roles from. The default is the emulator's (GET {url}/_emulator/state/qtangl shows it as awsPrincipal)."
  type        = string
  default     = "739275461027"
}

variable "region" {
  description = "The region Qtangl scans."
  type        = string
  default     = "us-east-1"
}

# Key and base URL come from the environment (see README.md). Writes need an operator or admin key.
provider "cloudbridge" {
  qtangl {}
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

module "qtangl" {
  source    = "../../../modules/qtangl-aws"
  providers = { aws = aws }

  qtangl_principal = var.qtangl_principal
  region           = var.region
  role_name        = "QtanglReadOnly"
}

output "status" {
  value = module.qtangl.status
}

output "role_arn" {
  value = module.qtangl.role_arn
}
