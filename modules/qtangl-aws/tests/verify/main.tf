# Reads the tenant's Qtangl integrations back, for the module's test.
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

data "cloudbridge_qtangl_cloud_integrations" "aws" {
  cloud_provider = "aws"
}

output "integration" {
  value = one(data.cloudbridge_qtangl_cloud_integrations.aws.integrations)
}
