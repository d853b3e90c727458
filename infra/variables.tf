# --- where --------------------------------------------------------------------------------------

variable "project_id" {
  description = "Google Cloud project that holds the whole environment."
  type        = string
}

variable "region" {
  description = "Region of Cloud Run, Artifact Registry and the artifacts bucket; it must offer Cloud Run GPUs (nvidia-l4)."
  type        = string
  default     = "us-central1"
}

variable "environment" {
  description = "Environment name, used in labels (dev, staging, prod)."
  type        = string
  default     = "dev"
}

variable "firestore_location" {
  description = "Firestore location of the ledger; empty means var.region."
  type        = string
  default     = ""
}

# --- names --------------------------------------------------------------------------------------
# Topic and subscription names are not variables: the services use the fixed names of
# retention/topology.py, and locals.tf repeats them (tests/infra checks that they agree).

variable "name_prefix" {
  description = "Prefix of Cloud Run services, worker pools, service accounts, the secret and the log metric."
  type        = string
  default     = "retention-"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,10}$", var.name_prefix))
    error_message = "name_prefix: lower-case letters, digits and hyphens, at most 11 characters (service account ids are 30 at most)."
  }
}

variable "repository_id" {
  description = "Artifact Registry (Docker) repository of the service images."
  type        = string
  default     = "retention"
}

variable "artifacts_bucket" {
  description = "GCS bucket of the model artifacts (models/<version>/ holds one `retention train` output); empty means <project_id>-retention-artifacts."
  type        = string
  default     = ""
}

# --- what runs ----------------------------------------------------------------------------------

variable "image_tag" {
  description = "Tag of the four service images in the repository (the pipeline passes the commit's short SHA)."
  type        = string
}

variable "model_version" {
  description = "Model artifacts to serve: the folder models/<model_version>/ of the artifacts bucket."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]+$", var.model_version))
    error_message = "model_version: letters, digits, '.', '_' and '-' only (it names a folder)."
  }
}

variable "log_level" {
  description = "RETENTION_LOG_LEVEL of every service."
  type        = string
  default     = "INFO"
}

variable "decider_min_instances" {
  description = "Instances of the decider kept warm: it serves gRPC and pulls scored-events, so at least one."
  type        = number
  default     = 1

  validation {
    condition     = var.decider_min_instances >= 1
    error_message = "decider_min_instances must be at least 1: the decider consumes Pub/Sub and must keep running."
  }
}

variable "decider_max_instances" {
  description = "Upper bound of the decider's autoscaling."
  type        = number
  default     = 4
}

variable "worker_instances" {
  description = "Instances of each pull consumer (Cloud Run worker pools, manual scaling)."
  type        = map(number)
  default = {
    scorer    = 1
    messenger = 1
    shield    = 1
  }
}

variable "messenger_gpu" {
  description = "GPU of the messenger's worker pool (Cloud Run accelerator name)."
  type        = string
  default     = "nvidia-l4"
}

variable "decider_invokers" {
  description = "Principals allowed to call the decider's gRPC API through Cloud Run IAM (e.g. serviceAccount:caller@project.iam.gserviceaccount.com)."
  type        = list(string)
  default     = []
}

variable "decider_grpc_auth" {
  description = "RETENTION_GRPC_AUTH of the decider. \"token\": Cloud Run IAM checks the caller's ID token (sent in X-Serverless-Authorization) and the decider the bearer token of Secret Manager (in Authorization). \"cloud-run-iam\": Cloud Run IAM alone (the ID token may then come in Authorization)."
  type        = string
  default     = "token"

  validation {
    condition     = contains(["token", "cloud-run-iam"], var.decider_grpc_auth)
    error_message = "decider_grpc_auth: \"token\" or \"cloud-run-iam\" (retention.config.GRPC_AUTH_MODES)."
  }
}

variable "grpc_token_version" {
  description = "Bump to rotate the gRPC bearer token: a new random secret version is written (the value never enters the state)."
  type        = number
  default     = 1
}

variable "log_key_version" {
  description = "Bump to rotate RETENTION_LOG_KEY, the key of the customer pseudonyms in the logs (lines before and after then no longer match)."
  type        = number
  default     = 1
}

variable "deletion_protection" {
  description = "Protect the Firestore database and the Cloud Run resources from `terraform destroy`."
  type        = bool
  default     = true
}

variable "labels" {
  description = "Extra labels on every resource that takes labels."
  type        = map(string)
  default     = {}
}

# --- alerts -------------------------------------------------------------------------------------

variable "alert_emails" {
  description = "E-mail addresses notified by the alert policies."
  type        = list(string)
  default     = []
}

variable "alert_5xx_ratio" {
  description = "Share of decider requests answered 5xx (over 5 minutes) above which the 5xx alert fires."
  type        = number
  default     = 0.01
}

variable "alert_decision_latency_ms" {
  description = "99th percentile of the decider's request latency (ms, over 5 minutes) above which the latency alert fires."
  type        = number
  default     = 500
}

variable "alert_decision_backlog_age_s" {
  description = "Age (s) of the oldest scored event not yet decided above which the latency alert fires."
  type        = number
  default     = 300
}

variable "alert_dead_letter_backlog" {
  description = "Messages waiting in a dead-letter keeper subscription above which the dead-letter alert fires."
  type        = number
  default     = 0
}

variable "alert_shield_block_ratio" {
  description = "Share of checked drafts the shield replaces or withholds (over 15 minutes) above which the block-rate alert fires."
  type        = number
  default     = 0.2
}
