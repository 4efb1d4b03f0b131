variable "display_name" {
  description = "The cloud account's name in Avisi Cloud, 3-64 characters. The credentials are named after it (`<display_name> access key`)."
  type        = string

  validation {
    condition     = length(var.display_name) >= 3 && length(var.display_name) <= 64
    error_message = "display_name must be 3-64 characters."
  }
}

variable "user_name" {
  description = "The name of the IAM user Avisi acts as."
  type        = string
  default     = "avisi-cloud"

  validation {
    condition     = can(regex("^[\\w+=,.@-]{1,64}$", var.user_name))
    error_message = "user_name must be 1-64 letters, digits or +=,.@_- (IAM's rule for user names)."
  }
}

variable "key_version" {
  description = "The version of the write-only secret sent to Avisi; bump it to send the secret again (for example after the access key was replaced). Avisi cannot update credentials, so a new version replaces them."
  type        = number
  default     = 1
}
