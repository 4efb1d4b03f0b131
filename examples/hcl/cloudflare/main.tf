# Cloudflare Magic Cloud Networking: connect an AWS account with the cloudflare-aws module
# (modules/cloudflare-aws): the integration, its initial setup (Cloudflare's trust policy), the role
# and the policies discovery needs, then the authorisation, which runs discovery and waits for it.

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

variable "friendly_name" {
  description = "Name of the integration in the Cloudflare dashboard."
  type        = string
  default     = "production-aws"
}

# Credentials and account id come from the environment (see README.md).
provider "cloudbridge" {
  cloudflare {}
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

module "cloudflare" {
  source    = "../../../modules/cloudflare-aws"
  providers = { aws = aws }

  friendly_name = var.friendly_name
  description   = "Managed by Terraform"
}

output "integration_id" {
  value = module.cloudflare.integration_id
}

output "discovery_state" {
  value = module.cloudflare.state
}

output "regions" {
  value = module.cloudflare.regions
}
