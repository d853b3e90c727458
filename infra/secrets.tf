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

# The key of the customer pseudonyms in the logs (retention/log.py `pseudonym`): every service reads
# it. Generated and written like the token; whoever may read it can tell whose log lines are whose.

resource "google_secret_manager_secret" "log_key" {
  project   = var.project_id
  secret_id = "${var.name_prefix}log-key"
  labels    = local.labels

  replication {
    auto {}
  }

  depends_on = [google_project_service.apis]
}

ephemeral "random_password" "log_key" {
  length  = 48
  special = false
}

resource "google_secret_manager_secret_version" "log_key" {
  secret                 = google_secret_manager_secret.log_key.id
  secret_data_wo         = ephemeral.random_password.log_key.result
  secret_data_wo_version = var.log_key_version
}

resource "google_secret_manager_secret_iam_member" "log_key" {
  for_each  = toset(local.services)
  project   = var.project_id
  secret_id = google_secret_manager_secret.log_key.secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = google_service_account.service[each.key].member
}
