# The decider's ledger. retention/firestore_ledger.py opens the project's default database.

resource "google_firestore_database" "ledger" {
  project                           = var.project_id
  name                              = "(default)"
  location_id                       = var.firestore_location != "" ? var.firestore_location : var.region
  type                              = "FIRESTORE_NATIVE"
  concurrency_mode                  = "PESSIMISTIC" # one transaction per decision, with locks
  app_engine_integration_mode       = "DISABLED"
  point_in_time_recovery_enablement = "POINT_IN_TIME_RECOVERY_ENABLED"
  delete_protection_state           = var.deletion_protection ? "DELETE_PROTECTION_ENABLED" : "DELETE_PROTECTION_DISABLED"
  deletion_policy                   = "DELETE"
  depends_on                        = [google_project_service.apis]
}

# Firestore's IAM stops at the project; the condition narrows the grant to the ledger's database.
resource "google_project_iam_member" "decider_ledger" {
  project = var.project_id
  role    = "roles/datastore.user"
  member  = google_service_account.service["decider"].member

  condition {
    title      = "ledger-database-only"
    expression = "resource.name == \"${google_firestore_database.ledger.id}\""
  }
}
