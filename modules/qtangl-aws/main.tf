# Qtangl on AWS: an external id → a read-only role that trusts Qtangl's principal only with that
# sts:ExternalId → ReadOnlyAccess → Qtangl's `aws` integration pointing at the role, created once the
# policy is attached so that Qtangl's connection test can pass. The same wiring as the
# QtanglAwsIntegration construct.
#
# Qtangl keeps one integration per cloud provider and tenant: call this module once per Qtangl tenant
# (cloudbridge provider configuration), not once per AWS account.

locals {
  # A bare account id means that account's root, as in AWS's own policy grammar.
  qtangl_principal_arn = can(regex("^\\d{12}$", var.qtangl_principal)) ? "arn:aws:iam::${var.qtangl_principal}:root" : var.qtangl_principal

  # Qtangl reads; it never writes.
  read_only_policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "cloudbridge_external_id" "this" {
  keepers = {
    vendor = "qtangl"
  }
}

resource "aws_iam_role" "this" {
  name        = var.role_name
  description = "Qtangl read-only access (managed by cloudbridge)"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = local.qtangl_principal_arn }
        Action    = "sts:AssumeRole"
        Condition = { StringEquals = { "sts:ExternalId" = cloudbridge_external_id.this.result } }
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "read_only" {
  role       = aws_iam_role.this.name
  policy_arn = local.read_only_policy_arn
}

resource "cloudbridge_qtangl_cloud_integration" "this" {
  cloud_provider = "aws"
  region         = var.region
  role_arn       = aws_iam_role.this.arn
  external_id    = cloudbridge_external_id.this.result
  test_on_apply  = var.test_on_apply

  # Qtangl's connection test assumes the role: attach its policy first.
  depends_on = [aws_iam_role_policy_attachment.read_only]
}
