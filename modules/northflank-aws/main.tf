# Northflank on AWS. In crossAccountRole mode (the default): an external id → a role that trusts
# Northflank's principal only with that sts:ExternalId → its inline policy for the chosen features →
# the integration, after the policy. In accessKey mode with a key you give: the integration alone;
# without one: an IAM user → its policy for the chosen features → its access key → the integration,
# after the policy. Secrets go to Northflank write-only. The same wiring as the
# NorthflankAwsIntegration construct.

locals {
  mode          = coalesce(var.authentication_mode, var.access_key_id != null ? "accessKey" : "crossAccountRole")
  cross_account = local.mode == "crossAccountRole" ? 1 : 0
  create_user   = local.mode == "accessKey" && var.access_key_id == null ? 1 : 0

  # The AWS actions each Northflank feature needs; the role or user gets only the union of the chosen ones.
  feature_actions = {
    byoc                         = ["eks:*", "ec2:*", "autoscaling:*", "iam:PassRole", "iam:GetRole", "iam:CreateServiceLinkedRole", "elasticloadbalancing:*"]
    "byoc-static-egress"         = ["ec2:AllocateAddress", "ec2:ReleaseAddress", "ec2:CreateNatGateway", "ec2:DeleteNatGateway", "ec2:Describe*"]
    "byoc-custom-vpc"            = ["ec2:Describe*"]
    cloudfront                   = ["cloudfront:*", "acm:RequestCertificate", "acm:DescribeCertificate", "acm:DeleteCertificate"]
    "self-hosted-registry"       = ["ecr:*"]
    route53                      = ["route53:ChangeResourceRecordSets", "route53:ListHostedZones", "route53:ListResourceRecordSets", "route53:GetChange"]
    "self-hosted-logs-metrics"   = ["s3:CreateBucket", "s3:PutBucketPolicy", "s3:GetObject", "s3:PutObject", "s3:ListBucket"]
    "docker-registry-credential" = ["ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
  }
  feature_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = distinct(flatten([for f in var.features : local.feature_actions[f]])), Resource = "*" }]
  })

  # A bare account id means that account's root, as in AWS's own policy grammar.
  northflank_principal_arn = can(regex("^\\d{12}$", coalesce(var.northflank_principal, "-"))) ? "arn:aws:iam::${var.northflank_principal}:root" : var.northflank_principal
}

# ---- crossAccountRole -----------------------------------------------------------------------

resource "cloudbridge_external_id" "this" {
  count = local.cross_account
  keepers = {
    integration = var.name
  }
}

resource "aws_iam_role" "this" {
  count       = local.cross_account
  name        = coalesce(var.role_name, "northflank")
  description = "Northflank cross-account access (managed by cloudbridge)"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = local.northflank_principal_arn }
        Action    = "sts:AssumeRole"
        Condition = { StringEquals = { "sts:ExternalId" = cloudbridge_external_id.this[0].result } }
      },
    ]
  })
}

resource "aws_iam_role_policy" "this" {
  count  = local.cross_account
  role   = aws_iam_role.this[0].name
  name   = "northflank-features"
  policy = local.feature_policy
}

# ---- accessKey with a user the module creates -----------------------------------------------

resource "aws_iam_user" "this" {
  count = local.create_user
  name  = coalesce(var.user_name, "northflank")
}

resource "aws_iam_user_policy" "this" {
  count  = local.create_user
  user   = aws_iam_user.this[0].name
  name   = "northflank-features"
  policy = local.feature_policy
}

# hashicorp/aws keeps the secret (sensitive) in this resource's own state; Northflank's resource never does.
resource "aws_iam_access_key" "this" {
  count = local.create_user
  user  = aws_iam_user.this[0].name
}

# ---- the integration ------------------------------------------------------------------------

resource "cloudbridge_northflank_cloud_integration" "this" {
  name           = var.name
  description    = var.description
  cloud_provider = "aws"
  features       = var.features

  aws = {
    authentication_mode = local.mode
  }

  credentials = {
    role_arn              = one(aws_iam_role.this[*].arn)
    external_id           = one(cloudbridge_external_id.this[*].result)
    access_key            = var.access_key_id != null ? var.access_key_id : one(aws_iam_access_key.this[*].id)
    secret_key_wo         = var.access_key_id != null ? var.secret_access_key : one(aws_iam_access_key.this[*].secret)
    secret_key_wo_version = local.mode != "accessKey" ? null : var.access_key_id != null ? coalesce(var.secret_version, 1) : coalesce(var.key_version, 1)
  }

  # Northflank checks the role (or uses the key) as soon as it has the integration: grant the
  # features' actions first.
  depends_on = [aws_iam_role_policy.this, aws_iam_user_policy.this]
}
