output "service_account_id" {
  description = "P0's service account for the account: the audience of every P0 trust policy."
  value = one(distinct(concat(
    cloudbridge_p0_aws_iam_write_staged.this[*].service_account_id,
    cloudbridge_p0_aws_iam_assessment_staged.this[*].service_account_id,
    cloudbridge_p0_aws_access_logs_staged.this[*].service_account_id,
    cloudbridge_p0_aws_inventory_staged.this[*].service_account_id,
    [for item in cloudbridge_p0_aws_function_caller_staged.this : item.service_account_id],
  )))
}

output "role_arns" {
  description = "The ARNs of the IAM roles P0 asked for, by component (`iam-write`, `iam-assessment`)."
  value = merge(
    { for role in aws_iam_role.iam_write : "iam-write" => role.arn },
    { for role in aws_iam_role.iam_assessment : "iam-assessment" => role.arn },
  )
}

output "states" {
  description = "Each installed component's state in P0 (`installed` once verified and configured), by component."
  value = merge(
    { for item in cloudbridge_p0_aws_iam_write.this : "iam-write" => item.state },
    { for item in cloudbridge_p0_aws_iam_assessment.this : "iam-assessment" => item.state },
    { for item in cloudbridge_p0_aws_access_logs.this : "access-logs" => item.state },
    { for item in cloudbridge_p0_aws_inventory.this : "inventory" => item.state },
  )
}

output "function_caller_role_arns" {
  description = "The ARN of each function caller's IAM role, by Lambda function ARN."
  value       = { for arn, role in aws_iam_role.function_caller : arn => role.arn }
}

output "function_caller_states" {
  description = "Each function caller's state in P0, by Lambda function ARN."
  value       = { for arn, item in cloudbridge_p0_aws_function_caller.this : arn => item.state }
}
