# Avisi Cloud on AWS: a cloud account, an IAM user with the access Avisi needs,
# its access key handed to Avisi write-only (never stored in state), and that
# key made the account's primary credentials.

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

# Settings come from CLOUDBRIDGE_AVISI_BASE_URL / _API_TOKEN / _ORGANISATION.
provider "cloudbridge" {}

provider "aws" {
  region = "eu-west-1"
}

variable "display_name" {
  type    = string
  default = "Production AWS"
}

variable "key_version" {
  description = "Bump to rotate the access key handed to Avisi."
  type        = number
  default     = 1
}

resource "cloudbridge_avisi_cloud_account" "aws" {
  cloud_profile = "aws"
  display_name  = var.display_name
  metadata = {
    managed-by = "terraform"
  }
}

# Avisi provisions clusters with an IAM user's access key (not a role).
resource "aws_iam_user" "avisi" {
  name = "avisi-cloud-provisioner"
  path = "/avisi/"
  tags = {
    avisi-cloud-account = cloudbridge_avisi_cloud_account.aws.identity
  }
}

# What Avisi Cloud's cluster provisioning touches: EC2 networking and instances,
# load balancers, auto scaling, and the instance roles of the nodes.
resource "aws_iam_user_policy" "avisi" {
  name = "avisi-cloud-provisioning"
  user = aws_iam_user.avisi.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Compute"
        Effect   = "Allow"
        Action   = ["ec2:*", "elasticloadbalancing:*", "autoscaling:*"]
        Resource = "*"
      },
      {
        Sid    = "NodeRoles"
        Effect = "Allow"
        Action = [
          "iam:GetRole", "iam:CreateRole", "iam:DeleteRole", "iam:PassRole", "iam:TagRole",
          "iam:PutRolePolicy", "iam:DeleteRolePolicy", "iam:GetRolePolicy",
          "iam:CreateInstanceProfile", "iam:DeleteInstanceProfile", "iam:GetInstanceProfile",
          "iam:AddRoleToInstanceProfile", "iam:RemoveRoleFromInstanceProfile",
          "iam:CreateServiceLinkedRole",
        ]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_access_key" "avisi" {
  user = aws_iam_user.avisi.name
}

resource "cloudbridge_avisi_cloud_credentials" "aws" {
  cloud_account_identity = cloudbridge_avisi_cloud_account.aws.identity
  cloud_type             = "aws"
  display_name           = "terraform-managed access key"
  credentials = {
    access_key_id = aws_iam_access_key.avisi.id
    # Write-only: sent to Avisi, never stored in this configuration's state by cloudbridge.
    access_key_secret_wo         = aws_iam_access_key.avisi.secret
    access_key_secret_wo_version = var.key_version
  }
  depends_on = [aws_iam_user_policy.avisi]
}

resource "cloudbridge_avisi_primary_cloud_credentials" "aws" {
  cloud_account_identity = cloudbridge_avisi_cloud_account.aws.identity
  credentials_identity   = cloudbridge_avisi_cloud_credentials.aws.identity
}

data "cloudbridge_avisi_cloud_credentials_list" "aws" {
  cloud_account_identity = cloudbridge_avisi_cloud_account.aws.identity
  depends_on             = [cloudbridge_avisi_primary_cloud_credentials.aws]
}

output "cloud_account_identity" {
  value = cloudbridge_avisi_cloud_account.aws.identity
}

output "primary_credentials_identity" {
  value = cloudbridge_avisi_primary_cloud_credentials.aws.credentials_identity
}
