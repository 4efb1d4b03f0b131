variable "qtangl_principal" {
  description = "Qtangl's AWS principal, from Qtangl's integration page: a 12-digit account id (its root) or an IAM ARN."
  type        = string

  validation {
    condition     = can(regex("^(\\d{12}|arn:aws[a-z-]*:iam::\\d{12}:\\S+)$", var.qtangl_principal))
    error_message = "qtangl_principal must be a 12-digit AWS account id or an IAM ARN."
  }
}

variable "region" {
  description = "The region Qtangl scans first."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-\\d$", var.region))
    error_message = "region must be an AWS region such as us-east-1."
  }
}

variable "role_name" {
  description = "The name of the read-only IAM role Qtangl assumes."
  type        = string
  default     = "qtangl-read-only"

  validation {
    condition     = can(regex("^[\\w+=,.@-]{1,64}$", var.role_name))
    error_message = "role_name must be 1-64 letters, digits or +=,.@_- (IAM's rule for role names)."
  }
}

variable "test_on_apply" {
  description = "Run Qtangl's connection test on every apply, and fail the apply when Qtangl cannot use the role."
  type        = bool
  default     = true
}
