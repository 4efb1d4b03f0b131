variable "friendly_name" {
  description = "The integration's name in the Cloudflare dashboard."
  type        = string

  validation {
    condition     = trimspace(var.friendly_name) != ""
    error_message = "friendly_name must not be empty."
  }
}

variable "description" {
  description = "The integration's description in Cloudflare."
  type        = string
  default     = null
}

variable "role_name" {
  description = "The name of the IAM role Cloudflare assumes."
  type        = string
  default     = "cloudflare-magic-cloud-networking"

  validation {
    condition     = can(regex("^[\\w+=,.@-]{1,64}$", var.role_name))
    error_message = "role_name must be 1-64 letters, digits or +=,.@_- (IAM's rule for role names)."
  }
}

variable "network_administrator" {
  description = "Also attach the `NetworkAdministrator` job-function policy, as Cloudflare's docs do, so that Magic Cloud Networking can change the network and not only discover it. Off by default: least privilege."
  type        = bool
  default     = false
}

variable "authorization_timeout" {
  description = "How long the authorisation may wait for discovery (and for AWS to propagate the new role's trust)."
  type        = string
  default     = "10m"
}
