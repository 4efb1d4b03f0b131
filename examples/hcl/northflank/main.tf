# Northflank: let Northflank run BYOC clusters in an AWS account through a cross-account role.
#
# 1. generate an external id (cloudbridge_external_id);
# 2. create the IAM role that trusts Northflank's AWS account only with that sts:ExternalId;
# 3. create the Northflank integration with the role ARN; the external id goes in write-only,
#    so it is never stored in the Northflank resource's state.

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

variable "northflank_aws_account_id" {
  description = "The AWS account Northflank assumes roles from. The default is the emulator's (GET {url}/_emulator/state/northflank shows it as awsPrincipal); use the one from Northflank's BYOC setup page for the real service."
  type        = string
  default     = "466203627421"
}

variable "name" {
  description = "Name of the integration (3-39 characters); its slug is the id."
  type        = string
  default     = "Production AWS"
}

variable "description" {
  description = "Description of the integration."
  type        = string
  default     = "BYOC clusters in the production account"
}

variable "role_name" {
  description = "Name of the IAM role Northflank assumes."
  type        = string
  default     = "northflank-byoc"
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

resource "cloudbridge_external_id" "northflank" {}

resource "aws_iam_role" "northflank" {
  name = var.role_name
  # Northflank's account may assume the role only with this external id.
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.northflank_aws_account_id}:root" }
        Action    = "sts:AssumeRole"
        Condition = { StringEquals = { "sts:ExternalId" = cloudbridge_external_id.northflank.result } }
      },
    ]
  })
}

resource "cloudbridge_northflank_cloud_integration" "aws" {
  name           = var.name
  description    = var.description
  cloud_provider = "aws"
  features       = ["byoc", "route53"]

  aws = {
    authentication_mode = "crossAccountRole"
  }

  credentials = {
    role_arn               = aws_iam_role.northflank.arn
    external_id_wo         = cloudbridge_external_id.northflank.result
    external_id_wo_version = 1
  }
}

output "integration_id" {
  value = cloudbridge_northflank_cloud_integration.aws.id
}

output "role_arn" {
  value = aws_iam_role.northflank.arn
}
