# Applies the module against `cloudbridge emulate` (never a mock): test/modules/modules.test.ts starts
# the emulator and passes its endpoints and tokens in the environment (CLOUDBRIDGE_P0_*,
# AWS_ENDPOINT_URL_IAM/STS, and AWS_ACCESS_KEY_ID=123456789012, which selects that emulated account).

provider "aws" {
  region = "us-east-1"
}

variables {
  account_id = "123456789012"
  label      = "production"
  iam_write = {
    login = { type = "iam", identity = { type = "email" } }
  }
  iam_assessment       = {}
  access_logs          = { cloud_lake_arn = "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/module-test" }
  inventory            = true
  lambda_function_arns = ["arn:aws:lambda:us-east-1:123456789012:function:p0-notifier"]
}

# The organisation's root, created once by the caller.
run "root" {
  module {
    source = "./tests/root"
  }
}

run "installs_every_component" {
  variables {
    integration_id = run.root.id
  }

  assert {
    condition = output.states == {
      "iam-write"      = "installed"
      "iam-assessment" = "installed"
      "access-logs"    = "installed"
      "inventory"      = "installed"
    }
    error_message = "Not every component reached installed: ${jsonencode(output.states)}."
  }
  assert {
    condition     = output.function_caller_states == { "arn:aws:lambda:us-east-1:123456789012:function:p0-notifier" = "installed" }
    error_message = "The function caller was not installed: ${jsonencode(output.function_caller_states)}."
  }
  assert {
    condition     = keys(output.role_arns) == ["iam-assessment", "iam-write"] && alltrue([for arn in values(output.role_arns) : startswith(arn, "arn:aws:iam::123456789012:role/")])
    error_message = "Roles: ${jsonencode(output.role_arns)}."
  }
  # The role trusts the service account P0 staged the item with, as P0's web identity audience.
  assert {
    condition     = strcontains(aws_iam_role.iam_write[0].assume_role_policy, output.service_account_id)
    error_message = "The iam-write role does not trust P0's service account ${output.service_account_id}."
  }
}

# What P0 itself now holds, read back through its API.
run "p0_holds_the_items" {
  module {
    source = "./tests/verify"
  }

  assert {
    condition = output.states == {
      iam_write       = { "123456789012" = "installed" }
      iam_assessment  = { "123456789012" = "installed" }
      access_logs     = { "123456789012" = "installed" }
      inventory       = { "123456789012" = "installed" }
      function_caller = { "arn:aws:lambda:us-east-1:123456789012:function:p0-notifier" = "installed" }
    }
    error_message = "P0 holds ${jsonencode(output.states)}."
  }
}

# An account with no component fails at plan, naming the rule.
run "needs_a_component" {
  command = plan

  variables {
    integration_id       = run.root.id
    iam_write            = null
    iam_assessment       = null
    access_logs          = null
    inventory            = false
    lambda_function_arns = []
  }

  expect_failures = [var.inventory]
}
