# Cloudflare Magic Cloud Networking: connect an AWS account.
#
# 1. create the cloud integration (lifecycle PENDING_SETUP);
# 2. read its initial setup: the trust policy Cloudflare needs, with an external id unique to it;
# 3. create the IAM role with that trust policy and the read access discovery needs;
# 4. authorise: set the role ARN on the integration, run discovery and wait for SUCCEEDED.

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

variable "role_name" {
  description = "Name of the IAM role Cloudflare assumes."
  type        = string
  default     = "cloudflare-magic-cloud-networking"
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

resource "cloudbridge_cloudflare_cloud_integration" "aws" {
  cloud_type    = "AWS"
  friendly_name = var.friendly_name
  description   = "Managed by Terraform"
}

data "cloudbridge_cloudflare_cloud_integration_setup" "aws" {
  integration_id = cloudbridge_cloudflare_cloud_integration.aws.id
}

resource "aws_iam_role" "cloudflare" {
  name = var.role_name
  # Trusts Cloudflare's AWS account, only with this integration's sts:ExternalId.
  assume_role_policy = data.cloudbridge_cloudflare_cloud_integration_setup.aws.aws_trust_policy
}

# Read access for discovery of VPCs, subnets, route tables, gateways and VPN/TGW attachments.
resource "aws_iam_role_policy" "discovery" {
  name = "cloudflare-magic-cloud-discovery"
  role = aws_iam_role.cloudflare.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "MagicCloudNetworkingDiscovery"
        Effect = "Allow"
        Action = [
          "ec2:Describe*",
          "ec2:Get*",
          "ec2:Search*",
          "network-manager:Describe*",
          "network-manager:Get*",
          "network-manager:List*",
        ]
        Resource = "*"
      },
    ]
  })
}

resource "cloudbridge_cloudflare_cloud_integration_authorization" "aws" {
  integration_id = cloudbridge_cloudflare_cloud_integration.aws.id
  aws_arn        = aws_iam_role.cloudflare.arn

  # Discovery only makes sense once the role can do its work.
  depends_on = [aws_iam_role_policy.discovery]

  timeouts = {
    create = "10m"
  }
}

output "integration_id" {
  value = cloudbridge_cloudflare_cloud_integration.aws.id
}

output "discovery_state" {
  value = cloudbridge_cloudflare_cloud_integration_authorization.aws.state
}

output "regions" {
  value = cloudbridge_cloudflare_cloud_integration_authorization.aws.regions
}
