# Reads the account's Cloudflare cloud integrations back, for the module's test.
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

data "cloudbridge_cloudflare_cloud_integrations" "all" {}

output "integrations" {
  value = { for i in data.cloudbridge_cloudflare_cloud_integrations.all.integrations : i.id => i }
}
