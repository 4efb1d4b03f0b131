output "integration_id" {
  description = "The integration's id in Northflank: the slug of its name."
  value       = cloudbridge_northflank_cloud_integration.this.id
}

output "authentication_mode" {
  description = "`crossAccountRole` or `accessKey`."
  value       = local.mode
}

output "role_arn" {
  description = "The ARN of the role Northflank assumes (`crossAccountRole` mode; null otherwise)."
  value       = one(aws_iam_role.this[*].arn)
}

output "external_id" {
  description = "The external id the role requires (`crossAccountRole` mode; null otherwise)."
  value       = one(cloudbridge_external_id.this[*].result)
  sensitive   = true
}

output "user_name" {
  description = "The IAM user the module created (`accessKey` mode without `access_key_id`; null otherwise)."
  value       = one(aws_iam_user.this[*].name)
}

output "access_key_id" {
  description = "The id of the access key Northflank uses (`accessKey` mode; null otherwise). No output exposes the secret."
  value       = local.mode == "accessKey" ? (var.access_key_id != null ? var.access_key_id : one(aws_iam_access_key.this[*].id)) : null
}
