# The project's APIs, and one service account per service.

data "google_project" "this" {
  project_id = var.project_id
}

resource "google_project_service" "apis" {
  for_each = toset([
    "artifactregistry.googleapis.com",
    "cloudbuild.googleapis.com",
    "firestore.googleapis.com",
    "iam.googleapis.com",
    "logging.googleapis.com",
    "monitoring.googleapis.com",
    "pubsub.googleapis.com",
    "run.googleapis.com",
    "secretmanager.googleapis.com",
    "storage.googleapis.com",
  ])
  project = var.project_id
  service = each.key
  # Other workloads of the project may use the same APIs.
  disable_on_destroy = false
}

# Each service runs as its own identity; what each may do is granted on the resources themselves
# (pubsub.tf, firestore.tf, secrets.tf, storage.tf), never project-wide except the Firestore role.
resource "google_service_account" "service" {
  for_each     = toset(local.services)
  project      = var.project_id
  account_id   = local.run_names[each.key]
  display_name = "retention ${each.key}"
  description  = "Runtime identity of the ${each.key} service (Cloud Run)."
  depends_on   = [google_project_service.apis]
}
