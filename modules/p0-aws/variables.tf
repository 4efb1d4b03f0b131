variable "integration_id" {
  description = "The id of the P0 organisation's `cloudbridge_p0_aws_integration`, which the caller creates once and passes to every call of this module: every item is staged after it, and removed before it (destroying it removes every item of every account)."
  type        = string
}

variable "account_id" {
  description = "The 12-digit id of the AWS account to connect: the account of the aws provider passed to the module."
  type        = string

  validation {
    condition     = can(regex("^\\d{12}$", var.account_id))
    error_message = "account_id must be 12 digits."
  }
}

variable "partition" {
  description = "The account's AWS partition."
  type        = string
  default     = "aws"

  validation {
    condition     = contains(["aws", "aws-us-gov"], var.partition)
    error_message = "partition must be aws or aws-us-gov."
  }
}

variable "label" {
  description = "The label P0 shows for the account's items."
  type        = string
  default     = null
}

variable "iam_write" {
  description = "Install `iam-write` (P0 grants and revokes access in the account) with this login: `type` is `iam`, `idc`, `merged-idc` or `federated`; `identity` (for `iam`) maps P0 users to IAM users; `parent` (for `idc` and `merged-idc`) is the Identity Center account. Null: not installed."
  type = object({
    login = object({
      type = string
      identity = optional(object({
        type     = string
        tag_name = optional(string)
      }))
      parent = optional(string)
    })
  })
  default = null

  validation {
    condition     = var.iam_write == null || try(contains(["iam", "idc", "merged-idc", "federated"], var.iam_write.login.type), false)
    error_message = "iam_write.login.type must be iam, idc, merged-idc or federated."
  }
}

variable "iam_assessment" {
  description = "Install `iam-assessment`: `{}` for P0's default, or `{ access_analyzer_arn = ... }` for a specific IAM Access Analyzer. Null: not installed."
  type = object({
    access_analyzer_arn = optional(string)
  })
  default = null
}

variable "access_logs" {
  description = "Install `access-logs`, reading this CloudTrail Lake event data store. Null: not installed."
  type = object({
    cloud_lake_arn = string
  })
  default = null
}

variable "inventory" {
  description = "Install `inventory`."
  type        = bool
  default     = false

  # Here because a variable's condition must refer to the variable itself.
  validation {
    condition     = var.iam_write != null || var.iam_assessment != null || var.access_logs != null || var.inventory || length(var.lambda_function_arns) > 0
    error_message = "Choose at least one component: iam_write, iam_assessment, access_logs, inventory or lambda_function_arns."
  }
}

variable "lambda_function_arns" {
  description = "Lambda functions in the account that P0 may invoke (`function-caller`, one item and role per function ARN)."
  type        = set(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.lambda_function_arns : can(regex("^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[\\w-]+(:[\\w$-]+)?$", arn))])
    error_message = "Every entry of lambda_function_arns must be a Lambda function ARN."
  }
}

variable "install_timeout" {
  description = "How long each component's install may take: P0's verify is retried within it while AWS propagates the new role."
  type        = string
  default     = "5m"
}
