# P0 Security on one AWS account. Per component: stage it in P0 (after the organisation's
# integration root) → the IAM role and inline policy P0 names in the staged metadata, in this
# account → install it (P0 verifies the role, then configures the component), after the policy.
# Components P0 stages without a role (access-logs, inventory) install right after staging.
# The same wiring as the P0AwsAccountIntegration and P0LambdaFunctionCaller constructs.

locals {
  iam_write      = var.iam_write != null ? 1 : 0
  iam_assessment = var.iam_assessment != null ? 1 : 0
  access_logs    = var.access_logs != null ? 1 : 0
  inventory      = var.inventory ? 1 : 0
  timeouts       = { create = var.install_timeout }
}

# ---- iam-write ------------------------------------------------------------------------------

resource "cloudbridge_p0_aws_iam_write_staged" "this" {
  count      = local.iam_write
  account_id = var.account_id
  partition  = var.partition
  label      = var.label
  depends_on = [var.integration_id]
}

resource "aws_iam_role" "iam_write" {
  count              = local.iam_write
  name               = cloudbridge_p0_aws_iam_write_staged.this[0].role.name
  assume_role_policy = cloudbridge_p0_aws_iam_write_staged.this[0].role.trust_policy
  description        = "P0 Security iam-write (managed by cloudbridge)"
}

resource "aws_iam_role_policy" "iam_write" {
  count  = local.iam_write
  role   = aws_iam_role.iam_write[0].name
  name   = cloudbridge_p0_aws_iam_write_staged.this[0].role.inline_policy_name
  policy = cloudbridge_p0_aws_iam_write_staged.this[0].role.inline_policy
}

resource "cloudbridge_p0_aws_iam_write" "this" {
  count      = local.iam_write
  account_id = var.account_id
  partition  = var.partition
  login      = var.iam_write.login
  timeouts   = local.timeouts
  # P0 verifies the role and its inline policy.
  depends_on = [aws_iam_role_policy.iam_write]
}

# ---- iam-assessment -------------------------------------------------------------------------

resource "cloudbridge_p0_aws_iam_assessment_staged" "this" {
  count      = local.iam_assessment
  account_id = var.account_id
  partition  = var.partition
  label      = var.label
  depends_on = [var.integration_id]
}

resource "aws_iam_role" "iam_assessment" {
  count              = local.iam_assessment
  name               = cloudbridge_p0_aws_iam_assessment_staged.this[0].role.name
  assume_role_policy = cloudbridge_p0_aws_iam_assessment_staged.this[0].role.trust_policy
  description        = "P0 Security iam-assessment (managed by cloudbridge)"
}

resource "aws_iam_role_policy" "iam_assessment" {
  count  = local.iam_assessment
  role   = aws_iam_role.iam_assessment[0].name
  name   = cloudbridge_p0_aws_iam_assessment_staged.this[0].role.inline_policy_name
  policy = cloudbridge_p0_aws_iam_assessment_staged.this[0].role.inline_policy
}

resource "cloudbridge_p0_aws_iam_assessment" "this" {
  count               = local.iam_assessment
  account_id          = var.account_id
  partition           = var.partition
  access_analyzer_arn = var.iam_assessment.access_analyzer_arn
  timeouts            = local.timeouts
  depends_on          = [aws_iam_role_policy.iam_assessment]
}

# ---- access-logs and inventory: P0 names no role for them -----------------------------------

resource "cloudbridge_p0_aws_access_logs_staged" "this" {
  count      = local.access_logs
  account_id = var.account_id
  partition  = var.partition
  label      = var.label
  depends_on = [var.integration_id]
}

resource "cloudbridge_p0_aws_access_logs" "this" {
  count          = local.access_logs
  account_id     = var.account_id
  partition      = var.partition
  cloud_lake_arn = var.access_logs.cloud_lake_arn
  timeouts       = local.timeouts
  depends_on     = [cloudbridge_p0_aws_access_logs_staged.this]
}

resource "cloudbridge_p0_aws_inventory_staged" "this" {
  count      = local.inventory
  account_id = var.account_id
  partition  = var.partition
  label      = var.label
  depends_on = [var.integration_id]
}

resource "cloudbridge_p0_aws_inventory" "this" {
  count      = local.inventory
  account_id = var.account_id
  partition  = var.partition
  timeouts   = local.timeouts
  depends_on = [cloudbridge_p0_aws_inventory_staged.this]
}

# ---- function-caller: one item and role per Lambda function ---------------------------------

resource "cloudbridge_p0_aws_function_caller_staged" "this" {
  for_each     = var.lambda_function_arns
  function_arn = each.value
  partition    = var.partition
  label        = var.label
  depends_on   = [var.integration_id]
}

resource "aws_iam_role" "function_caller" {
  for_each           = var.lambda_function_arns
  name               = cloudbridge_p0_aws_function_caller_staged.this[each.key].role.name
  assume_role_policy = cloudbridge_p0_aws_function_caller_staged.this[each.key].role.trust_policy
  description        = "P0 Security function-caller (managed by cloudbridge)"
}

resource "aws_iam_role_policy" "function_caller" {
  for_each = var.lambda_function_arns
  role     = aws_iam_role.function_caller[each.key].name
  name     = cloudbridge_p0_aws_function_caller_staged.this[each.key].role.inline_policy_name
  policy   = cloudbridge_p0_aws_function_caller_staged.this[each.key].role.inline_policy
}

resource "cloudbridge_p0_aws_function_caller" "this" {
  for_each     = var.lambda_function_arns
  function_arn = each.value
  partition    = var.partition
  timeouts     = local.timeouts
  depends_on   = [aws_iam_role_policy.function_caller]
}
