output "decider_url" {
  description = "HTTPS URL of the decider (gRPC: host on port 443, TLS)."
  value       = google_cloud_run_v2_service.decider.uri
}

output "decider_grpc_target" {
  description = "gRPC target of the decider, for DECIDER_GRPC_ADDRESS-style clients (TLS)."
  value       = "${trimprefix(google_cloud_run_v2_service.decider.uri, "https://")}:443"
}

output "worker_pools" {
  description = "Cloud Run worker pool of each pull-only service."
  value = merge(
    { for service, pool in google_cloud_run_v2_worker_pool.consumer : service => pool.name },
    { messenger = google_cloud_run_v2_worker_pool.messenger.name },
  )
}

output "topics" {
  description = "Pipeline topics, in order."
  value       = [for topic in local.topics : google_pubsub_topic.pipeline[topic].name]
}

output "dead_letter_topics" {
  description = "Dead-letter topic of each pipeline topic."
  value       = { for topic, dead_letter in google_pubsub_topic.dead_letter : topic => dead_letter.name }
}

output "subscriptions" {
  description = "Subscription each service pulls."
  value       = { for service, subscription in google_pubsub_subscription.pipeline : service => subscription.name }
}

output "actions_subscription" {
  description = "Subscription that keeps the final retention actions."
  value       = google_pubsub_subscription.actions_keep.name
}

output "artifacts_bucket" {
  description = "Bucket of the model artifacts; upload a training run to gs://<bucket>/models/<version>/."
  value       = google_storage_bucket.artifacts.name
}

output "image_repository" {
  description = "Artifact Registry path the images are pushed to (<repository>/<service>:<tag>)."
  value       = local.registry
}

output "service_accounts" {
  description = "Runtime service account of each service."
  value       = { for service, account in google_service_account.service : service => account.email }
}

output "grpc_token_secret" {
  description = "Secret Manager secret holding the decider's gRPC bearer token."
  value       = google_secret_manager_secret.grpc_token.secret_id
}

output "log_key_secret" {
  description = "Secret Manager secret of RETENTION_LOG_KEY: with it, `retention.log.pseudonym(<customer id>)` finds a customer's log lines."
  value       = google_secret_manager_secret.log_key.secret_id
}
