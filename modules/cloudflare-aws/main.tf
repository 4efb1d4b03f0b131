# Cloudflare Magic Cloud Networking on one AWS account: the integration → its initial setup (the
# trust policy Cloudflare needs, with an external id unique to the integration) → the IAM role with
# that trust policy → the policies Cloudflare's docs ask for → the authorisation with the role's
# ARN, after every policy, which runs discovery and waits for it. The same wiring as the
# CloudflareAwsCloudIntegration construct.

locals {
  # Cloudflare's "Create IAM policy" step: transit-gateway peering and prefix-list actions.
  magic_cloud_networking_actions = [
    "ec2:AcceptTransitGatewayPeeringAttachment",
    "ec2:CreateTransitGatewayPeeringAttachment",
    "ec2:DeleteTransitGatewayPeeringAttachment",
    "ec2:DescribeRegions",
    "ec2:DescribeTransitGatewayPeeringAttachments",
    "ec2:RejectTransitGatewayPeeringAttachment",
    "ec2:GetManagedPrefixListEntries",
    "ec2:CreateManagedPrefixList",
    "ec2:ModifyManagedPrefixList",
    "ec2:DeleteManagedPrefixList",
    "ec2:CreateTransitGatewayPrefixListReference",
    "ec2:DeleteTransitGatewayPrefixListReference",
    "ec2:GetTransitGatewayPrefixListReferences",
    "ec2:ModifyTransitGatewayPrefixListReference",
  ]

  # The read-only managed policies discovery relies on, and the one write policy to opt in to.
  managed_policy_arns = concat(
    [
      "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess",
      "arn:aws:iam::aws:policy/AmazonVPCReadOnlyAccess",
      "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
    ],
    var.network_administrator ? ["arn:aws:iam::aws:policy/job-function/NetworkAdministrator"] : [],
  )
}

resource "cloudbridge_cloudflare_cloud_integration" "this" {
  cloud_type    = "AWS"
  friendly_name = var.friendly_name
  description   = var.description
}

data "cloudbridge_cloudflare_cloud_integration_setup" "this" {
  integration_id = cloudbridge_cloudflare_cloud_integration.this.id
}

resource "aws_iam_role" "this" {
  name        = var.role_name
  description = "Cloudflare Magic Cloud Networking (managed by cloudbridge)"
  # Trusts Cloudflare's AWS account, only with this integration's sts:ExternalId.
  assume_role_policy = data.cloudbridge_cloudflare_cloud_integration_setup.this.aws_trust_policy
}

resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.name
  name = "cloudflare-magic-cloud-networking"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = local.magic_cloud_networking_actions, Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "managed" {
  for_each   = toset(local.managed_policy_arns)
  role       = aws_iam_role.this.name
  policy_arn = each.value
}

resource "cloudbridge_cloudflare_cloud_integration_authorization" "this" {
  integration_id = cloudbridge_cloudflare_cloud_integration.this.id
  aws_arn        = aws_iam_role.this.arn

  timeouts = {
    create = var.authorization_timeout
  }

  # Discovery only makes sense once the role can do its work.
  depends_on = [aws_iam_role_policy.this, aws_iam_role_policy_attachment.managed]
}
