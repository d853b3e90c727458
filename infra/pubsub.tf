# Topics, subscriptions, dead letters and who may publish and pull, all derived from local.links.

resource "google_pubsub_topic" "pipeline" {
  # checkov:skip=CKV_GCP_83: Google-managed encryption at rest; a CMEK key (rotation, service-agent grants, destroy protection) is not warranted for this dev environment.
  for_each                   = toset(local.topics)
  name                       = each.key
  message_retention_duration = local.message_retention
  labels                     = local.labels
  depends_on                 = [google_project_service.apis]
}

resource "google_pubsub_topic" "dead_letter" {
  # checkov:skip=CKV_GCP_83: Google-managed encryption at rest, as for the pipeline topics.
  for_each                   = local.dead_letter_topics
  name                       = each.value
  message_retention_duration = local.message_retention
  labels                     = local.labels
  depends_on                 = [google_project_service.apis]
}

# What each service pulls: after max_delivery_attempts failed deliveries Pub/Sub moves the message
# to the input topic's dead-letter topic; redelivery backs off between the two bounds.
resource "google_pubsub_subscription" "pipeline" {
  for_each                   = local.links_by_service
  name                       = local.subscriptions[each.key]
  topic                      = google_pubsub_topic.pipeline[each.value.topic].id
  ack_deadline_seconds       = local.ack_deadline_seconds
  message_retention_duration = local.message_retention
  labels                     = local.labels

  dead_letter_policy {
    dead_letter_topic     = google_pubsub_topic.dead_letter[each.value.topic].id
    max_delivery_attempts = local.max_delivery_attempts
  }

  retry_policy {
    minimum_backoff = local.minimum_backoff
    maximum_backoff = local.maximum_backoff
  }

  # Never expire for inactivity: a stopped consumer must find its backlog on return.
  expiration_policy {
    ttl = ""
  }
}

# Pub/Sub drops what is published to a topic without subscriptions: these keep the dead letters.
resource "google_pubsub_subscription" "dead_letter_keep" {
  for_each                   = local.dead_letter_subscriptions
  name                       = each.value
  topic                      = google_pubsub_topic.dead_letter[each.key].id
  ack_deadline_seconds       = local.ack_deadline_seconds
  message_retention_duration = local.message_retention
  labels                     = local.labels

  expiration_policy {
    ttl = ""
  }
}

# The final actions, for whoever reads them (`retention actions`).
resource "google_pubsub_subscription" "actions_keep" {
  name                       = local.actions_subscription
  topic                      = google_pubsub_topic.pipeline[local.actions_topic].id
  ack_deadline_seconds       = local.ack_deadline_seconds
  message_retention_duration = local.message_retention
  labels                     = local.labels

  expiration_policy {
    ttl = ""
  }
}

# --- the services' grants: pull the input, publish the output and the input's dead letters ----------

resource "google_pubsub_subscription_iam_member" "consumer" {
  for_each     = local.links_by_service
  subscription = google_pubsub_subscription.pipeline[each.key].name
  role         = "roles/pubsub.subscriber"
  member       = google_service_account.service[each.key].member
}

resource "google_pubsub_topic_iam_member" "producer" {
  for_each = local.links_by_service
  topic    = google_pubsub_topic.pipeline[each.value.output_topic].name
  role     = "roles/pubsub.publisher"
  member   = google_service_account.service[each.key].member
}

# A service publishes a message it can never process (undecodable, a missing field) straight to the
# dead-letter topic of its input, with the reason (retention/bus.py Stage.dead_letter).
resource "google_pubsub_topic_iam_member" "dead_letterer" {
  for_each = local.links_by_service
  topic    = google_pubsub_topic.dead_letter[each.value.topic].name
  role     = "roles/pubsub.publisher"
  member   = google_service_account.service[each.key].member
}

# --- the Pub/Sub service agent: it forwards to the dead-letter topics and acks the source ---------

locals {
  pubsub_service_agent = "serviceAccount:service-${data.google_project.this.number}@gcp-sa-pubsub.iam.gserviceaccount.com"
}

resource "google_pubsub_topic_iam_member" "service_agent_dead_letter" {
  for_each   = local.dead_letter_topics
  topic      = google_pubsub_topic.dead_letter[each.key].name
  role       = "roles/pubsub.publisher"
  member     = local.pubsub_service_agent
  depends_on = [google_project_service.apis]
}

resource "google_pubsub_subscription_iam_member" "service_agent_source" {
  for_each     = local.links_by_service
  subscription = google_pubsub_subscription.pipeline[each.key].name
  role         = "roles/pubsub.subscriber"
  member       = local.pubsub_service_agent
  depends_on   = [google_project_service.apis]
}
