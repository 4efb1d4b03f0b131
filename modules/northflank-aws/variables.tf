variable "name" {
  description = "The integration's name in Northflank, 3-39 characters: a letter, then letters and digits with single spaces or hyphens between them. Its slug becomes the integration's id."
  type        = string

  validation {
    condition     = length(var.name) >= 3 && length(var.name) <= 39 && can(regex("^[a-zA-Z]((-|\\s)?[a-zA-Z0-9]+((-|\\s)[a-zA-Z0-9]+)*)?$", var.name))
    error_message = "name must be 3-39 letters, digits, single spaces or hyphens, starting with a letter."
  }
}

variable "description" {
  description = "The integration's description in Northflank."
  type        = string
  default     = null
}

variable "features" {
  description = "The Northflank features to enable: `byoc`, `byoc-static-egress`, `byoc-custom-vpc`, `cloudfront`, `self-hosted-registry`, `route53`, `self-hosted-logs-metrics`, `docker-registry-credential`. The role (or user) gets only the AWS actions they need."
  type        = list(string)
  default     = ["byoc"]

  validation {
    condition     = length(var.features) > 0
    error_message = "Choose at least one feature."
  }
  validation {
    condition     = alltrue([for f in var.features : contains(["byoc", "byoc-static-egress", "byoc-custom-vpc", "cloudfront", "self-hosted-registry", "route53", "self-hosted-logs-metrics", "docker-registry-credential"], f)])
    error_message = "features may only hold byoc, byoc-static-egress, byoc-custom-vpc, cloudfront, self-hosted-registry, route53, self-hosted-logs-metrics and docker-registry-credential."
  }
}

variable "authentication_mode" {
  description = "How Northflank reaches the account: `crossAccountRole` (a role it assumes with an external id) or `accessKey` (an IAM user's key: `access_key_id`, or a user, policy and key the module creates). Null: `accessKey` when `access_key_id` is set, else `crossAccountRole`."
  type        = string
  default     = null

  validation {
    condition     = var.authentication_mode == null || contains(["crossAccountRole", "accessKey"], coalesce(var.authentication_mode, "-"))
    error_message = "authentication_mode must be crossAccountRole or accessKey."
  }
  validation {
    condition     = !(var.authentication_mode == "crossAccountRole" && var.access_key_id != null)
    error_message = "access_key_id cannot be used in crossAccountRole mode."
  }
}

variable "northflank_principal" {
  description = "Northflank's AWS principal (a 12-digit account id or an IAM ARN) as Northflank shows it for cross-account roles. Required in `crossAccountRole` mode, and only there."
  type        = string
  default     = null

  validation {
    condition     = (var.northflank_principal != null) == (coalesce(var.authentication_mode, var.access_key_id != null ? "accessKey" : "crossAccountRole") == "crossAccountRole")
    error_message = "northflank_principal is required in crossAccountRole mode, and applies only there (Northflank shows it when you add an AWS integration)."
  }
  validation {
    condition     = var.northflank_principal == null || can(regex("^(\\d{12}|arn:aws[a-z-]*:iam::\\d{12}:\\S+)$", coalesce(var.northflank_principal, "-")))
    error_message = "northflank_principal must be a 12-digit AWS account id or an IAM ARN."
  }
}

variable "access_key_id" {
  description = "The access key id of an existing IAM user to give Northflank (implies `accessKey` mode, with `secret_access_key`)."
  type        = string
  default     = null

  validation {
    condition     = (var.access_key_id == null) == (var.secret_access_key == null)
    error_message = "access_key_id and secret_access_key go together."
  }
}

variable "secret_access_key" {
  description = "The secret of `access_key_id`. It is sent write-only, so the Northflank resource never keeps it in plan or state."
  type        = string
  default     = null
  sensitive   = true
}

variable "secret_version" {
  description = "The version of `secret_access_key` as sent write-only; bump it to send a rotated secret. Null: 1."
  type        = number
  default     = null

  validation {
    condition     = var.secret_version == null || var.access_key_id != null
    error_message = "secret_version applies only with access_key_id."
  }
}

variable "role_name" {
  description = "The IAM role's name (`crossAccountRole` mode only). Null: `northflank`."
  type        = string
  default     = null

  validation {
    condition     = var.role_name == null || coalesce(var.authentication_mode, var.access_key_id != null ? "accessKey" : "crossAccountRole") == "crossAccountRole"
    error_message = "role_name applies only in crossAccountRole mode."
  }
}

variable "user_name" {
  description = "The IAM user's name when the module creates the user (`accessKey` mode without `access_key_id`). Null: `northflank`."
  type        = string
  default     = null

  validation {
    condition     = var.user_name == null || (var.access_key_id == null && coalesce(var.authentication_mode, "crossAccountRole") == "accessKey")
    error_message = "user_name applies only when the module creates the user (accessKey mode without access_key_id)."
  }
}

variable "key_version" {
  description = "The version of the created key's secret as sent write-only; bump it to send the secret again (for example after the access key was replaced). Only for a created user. Null: 1."
  type        = number
  default     = null

  validation {
    condition     = var.key_version == null || (var.access_key_id == null && coalesce(var.authentication_mode, "crossAccountRole") == "accessKey")
    error_message = "key_version applies only when the module creates the user (accessKey mode without access_key_id)."
  }
}
