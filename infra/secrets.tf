# The bearer token of the decider's gRPC API. Terraform generates it as an ephemeral value and
# writes it write-only, so it is in neither the plan nor the state; callers read it from Secret
# Manager (`gcloud secrets versions access latest --secret=<name>`).

resource "google_secret_manager_secret" "grpc_token" {
  project   = var.project_id
  secret_id = "${var.name_prefix}grpc-token"
  labels    = local.labels

  replication {
    auto {}
  }

  depends_on = [google_project_service.apis]
}

ephemeral "random_password" "grpc_token" {
  length  = 48
  special = false
}

resource "google_secret_manager_secret_version" "grpc_token" {
  secret                 = google_secret_manager_secret.grpc_token.id
  secret_data_wo         = ephemeral.random_password.grpc_token.result
  secret_data_wo_version = var.grpc_token_version
}

resource "google_secret_manager_secret_iam_member" "decider_grpc_token" {
  project   = var.project_id
  secret_id = google_secret_manager_secret.grpc_token.secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = google_service_account.service["decider"].member
}
