# Qtangl: connect an AWS account through a read-only role, and test it on apply.
#
# 1. generate an external id (cloudbridge_external_id);
# 2. create the IAM role that trusts Qtangl's AWS account only with that sts:ExternalId;
# 3. upsert the tenant's Qtangl `aws` integration and run Qtangl's connection test.
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

variable "qtangl_aws_account_id" {
  description = "The AWS account Qtangl assumes roles from. The default is the emulator's (GET {url}/_emulator/state/qtangl shows it as awsPrincipal)."
  type        = string
  default     = "739275461027"
}

variable "region" {
  description = "The region Qtangl scans."
  type        = string
  default     = "us-east-1"
}

variable "role_name" {
  description = "Name of the IAM role Qtangl assumes."
  type        = string
  default     = "QtanglReadOnly"
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

resource "cloudbridge_external_id" "qtangl" {}

resource "aws_iam_role" "qtangl" {
  name = var.role_name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.qtangl_aws_account_id}:root" }
        Action    = "sts:AssumeRole"
        Condition = { StringEquals = { "sts:ExternalId" = cloudbridge_external_id.qtangl.result } }
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "read_only" {
  role       = aws_iam_role.qtangl.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "cloudbridge_qtangl_cloud_integration" "aws" {
  cloud_provider         = "aws"
  region                 = var.region
  role_arn               = aws_iam_role.qtangl.arn
  external_id_wo         = cloudbridge_external_id.qtangl.result
  external_id_wo_version = 1
  test_on_apply          = true

  depends_on = [aws_iam_role_policy_attachment.read_only]
}

data "cloudbridge_qtangl_cloud_integrations" "all" {
  depends_on = [cloudbridge_qtangl_cloud_integration.aws]
}

output "status" {
  value = cloudbridge_qtangl_cloud_integration.aws.status
}

output "providers" {
  value = [for i in data.cloudbridge_qtangl_cloud_integrations.all.integrations : i.cloud_provider]
}
