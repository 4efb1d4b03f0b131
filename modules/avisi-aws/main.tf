# Avisi Cloud on AWS: a cloud account → an IAM user with the access Avisi's cluster lifecycle needs,
# and its access key → the credentials, holding that key (the secret sent write-only, after the
# policy) → made the account's primary credentials. The same wiring as the AvisiAwsCloudAccount
# construct.

locals {
  # What Avisi's cluster lifecycle does in the account.
  avisi_actions = [
    "ec2:*",
    "elasticloadbalancing:*",
    "autoscaling:*",
    "iam:GetRole",
    "iam:PassRole",
    "iam:CreateServiceLinkedRole",
    "kms:DescribeKey",
    "route53:ChangeResourceRecordSets",
    "route53:ListHostedZones",
  ]
}

resource "cloudbridge_avisi_cloud_account" "this" {
  cloud_profile = "aws"
  display_name  = var.display_name
}

# Avisi takes an IAM user's access key, not a role.
resource "aws_iam_user" "this" {
  name = var.user_name
}

resource "aws_iam_user_policy" "this" {
  user = aws_iam_user.this.name
  name = "avisi-cloud"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = local.avisi_actions, Resource = "*" }]
  })
}

# hashicorp/aws has no write-only access key: the secret is in this resource's state (sensitive).
resource "aws_iam_access_key" "this" {
  user = aws_iam_user.this.name
}

resource "cloudbridge_avisi_cloud_credentials" "this" {
  cloud_account_identity = cloudbridge_avisi_cloud_account.this.identity
  cloud_type             = "aws"
  display_name           = "${var.display_name} access key"
  credentials = {
    access_key_id = aws_iam_access_key.this.id
    # Write-only: sent to Avisi, never stored in plan or state by cloudbridge.
    access_key_secret_wo         = aws_iam_access_key.this.secret
    access_key_secret_wo_version = var.key_version
  }

  # Avisi may use the key at once: grant its access first.
  depends_on = [aws_iam_user_policy.this]
}

resource "cloudbridge_avisi_primary_cloud_credentials" "this" {
  cloud_account_identity = cloudbridge_avisi_cloud_account.this.identity
  credentials_identity   = cloudbridge_avisi_cloud_credentials.this.identity
}
