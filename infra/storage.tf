# Model artifacts (GCS) and service images (Artifact Registry).

resource "google_storage_bucket" "artifacts" {
  # checkov:skip=CKV_GCP_62: reads and writes are recorded by Data Access audit logs (google_project_iam_audit_config.storage below), which replace legacy usage-log buckets.
  name                        = local.artifacts_bucket
  project                     = var.project_id
  location                    = var.region
  storage_class               = "STANDARD"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  force_destroy               = false
  labels                      = local.labels

  # models/<version>/ is written once per training run; versions guard against an overwrite.
  versioning {
    enabled = true
  }

  lifecycle_rule {
    condition {
      num_newer_versions = 3
      with_state         = "ARCHIVED"
    }
    action {
      type = "Delete"
    }
  }

  depends_on = [google_project_service.apis]
}

# Who read or wrote which model object.
resource "google_project_iam_audit_config" "storage" {
  project = var.project_id
  service = "storage.googleapis.com"

  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

# Services that load models read the bucket (mounted read-only); nothing else is granted on it.
resource "google_storage_bucket_iam_member" "artifacts_reader" {
  for_each = toset([for service in local.services : service if local.reads_artifacts[service]])
  bucket   = google_storage_bucket.artifacts.name
  role     = "roles/storage.objectViewer"
  member   = google_service_account.service[each.key].member
}

resource "google_artifact_registry_repository" "images" {
  # checkov:skip=CKV_GCP_84: Google-managed encryption at rest; the images hold no secrets and no customer data.
  project       = var.project_id
  location      = var.region
  repository_id = var.repository_id
  format        = "DOCKER"
  description   = "Images of the retention services (scorer, decider, messenger, shield)."
  labels        = local.labels

  # A tag is a commit: never moved, so a deployed tag always means the same image.
  docker_config {
    immutable_tags = true
  }

  cleanup_policy_dry_run = false
  cleanup_policies {
    id     = "keep-recent"
    action = "KEEP"
    most_recent_versions {
      keep_count = 20
    }
  }
  cleanup_policies {
    id     = "delete-old"
    action = "DELETE"
    condition {
      tag_state  = "ANY"
      older_than = "2592000s"
    }
  }

  depends_on = [google_project_service.apis]
}
