# Reads every item of the P0 organisation's AWS integration back, for the module's test.
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

data "cloudbridge_p0_aws_config" "all" {}

output "states" {
  value = {
    iam_write       = { for id, item in data.cloudbridge_p0_aws_config.all.iam_write : id => item.state }
    iam_assessment  = { for id, item in data.cloudbridge_p0_aws_config.all.iam_assessment : id => item.state }
    access_logs     = { for id, item in data.cloudbridge_p0_aws_config.all.access_logs : id => item.state }
    inventory       = { for id, item in data.cloudbridge_p0_aws_config.all.inventory : id => item.state }
    function_caller = { for id, item in data.cloudbridge_p0_aws_config.all.function_caller : id => item.state }
  }
}
