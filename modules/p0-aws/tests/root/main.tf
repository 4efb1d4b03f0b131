# The P0 organisation's AWS integration root, which callers of the module create once.
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

resource "cloudbridge_p0_aws_integration" "this" {}

output "id" {
  value = cloudbridge_p0_aws_integration.this.id
}
