# Avisi Cloud on AWS with the avisi-aws module (modules/avisi-aws): a cloud account, an IAM user
# with the access Avisi needs, its access key handed to Avisi write-only (never stored in
# cloudbridge's state), and that key made the account's primary credentials.

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

variable "display_name" {
  description = "The cloud account's name in Avisi Cloud."
  type        = string
  default     = "Production AWS"
}

variable "key_version" {
  description = "Bump to send the access key to Avisi again (new credentials)."
  type        = number
  default     = 1
}

# Settings come from CLOUDBRIDGE_AVISI_BASE_URL / _API_TOKEN / _ORGANISATION.
provider "cloudbridge" {}

provider "aws" {
  region = "eu-west-1"

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

module "avisi" {
  source    = "../../../modules/avisi-aws"
  providers = { aws = aws }

  display_name = var.display_name
  user_name    = "avisi-cloud-provisioner"
  key_version  = var.key_version
}

output "cloud_account_identity" {
  value = module.avisi.cloud_account_identity
}

output "primary_credentials_identity" {
  value = module.avisi.credentials_identity
}
