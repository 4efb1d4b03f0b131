terraform {
  # Write-only arguments and cross-variable validation need 1.11.
  required_version = ">= 1.11.0"

  required_providers {
    cloudbridge = {
      source  = "cloudbridge/cloudbridge"
      version = ">= 0.1.0"
    }
    # No provider block here: the caller passes the aws provider of the account Qtangl reads.
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0.0"
    }
  }
}
