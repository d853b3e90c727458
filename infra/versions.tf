# Terraform and provider versions. Write-only secret data (secret_data_wo) needs Terraform 1.11.
terraform {
  required_version = ">= 1.11.0, < 2.0.0"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 7.16"
    }
    # Cloud Run GPUs on worker pools are a BETA launch stage: the messenger's pool uses this provider.
    google-beta = {
      source  = "hashicorp/google-beta"
      version = "~> 7.16"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.7"
    }
  }

  # State in a GCS bucket made before the first `terraform init` (see README.md):
  #   terraform init -backend-config=bucket=STATE_BUCKET -backend-config=prefix=retention/dev
  backend "gcs" {}
}

provider "google" {
  project = var.project_id
  region  = var.region
}

provider "google-beta" {
  project = var.project_id
  region  = var.region
}
