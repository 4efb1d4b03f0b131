output "cloud_account_identity" {
  description = "The cloud account's identity in Avisi Cloud."
  value       = cloudbridge_avisi_cloud_account.this.identity
}

output "credentials_identity" {
  description = "The identity of the credentials, which are the account's primary ones."
  value       = cloudbridge_avisi_primary_cloud_credentials.this.credentials_identity
}

output "user_name" {
  description = "The IAM user Avisi acts as."
  value       = aws_iam_user.this.name
}

output "access_key_id" {
  description = "The id of the access key handed to Avisi. No output exposes the secret."
  value       = aws_iam_access_key.this.id
}
