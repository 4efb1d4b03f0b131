output "integration_id" {
  description = "The integration's id in Cloudflare."
  value       = cloudbridge_cloudflare_cloud_integration.this.id
}

output "role_arn" {
  description = "The ARN of the IAM role Cloudflare assumes."
  value       = aws_iam_role.this.arn
}

output "role_name" {
  description = "The name of that role."
  value       = aws_iam_role.this.name
}

output "managed_policy_arns" {
  description = "The AWS managed policies attached to the role."
  value       = sort([for attachment in aws_iam_role_policy_attachment.managed : attachment.policy_arn])
}

output "state" {
  description = "The discovery state: `SUCCEEDED` once Cloudflare can use the role."
  value       = cloudbridge_cloudflare_cloud_integration_authorization.this.state
}

output "regions" {
  description = "The regions Cloudflare discovered."
  value       = cloudbridge_cloudflare_cloud_integration_authorization.this.regions
}
