# Reads the cloud account's credentials back from Avisi Cloud, for the module's test.
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

variable "cloud_account_identity" {
  type = string
}

data "cloudbridge_avisi_cloud_credentials_list" "this" {
  cloud_account_identity = var.cloud_account_identity
}

output "credentials" {
  value = { for c in data.cloudbridge_avisi_cloud_credentials_list.this.credentials : c.identity => c }
}
