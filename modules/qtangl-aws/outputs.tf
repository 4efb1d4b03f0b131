output "integration_id" {
  description = "The integration's id in Qtangl."
  value       = cloudbridge_qtangl_cloud_integration.this.id
}

output "status" {
  description = "The integration's status in Qtangl (`active` once the connection test passed)."
  value       = cloudbridge_qtangl_cloud_integration.this.status
}

output "role_arn" {
  description = "The ARN of the read-only role Qtangl assumes."
  value       = aws_iam_role.this.arn
}

output "role_name" {
  description = "The name of that role."
  value       = aws_iam_role.this.name
}

output "external_id" {
  description = "The external id the role's trust policy requires (sensitive)."
  value       = cloudbridge_external_id.this.result
  sensitive   = true
}
