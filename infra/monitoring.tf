# Alert policies: the decider's 5xx share and latency, dead letters waiting, the shield's block rate.

resource "google_monitoring_notification_channel" "email" {
  for_each     = toset(var.alert_emails)
  project      = var.project_id
  display_name = "retention alerts: ${each.value}"
  type         = "email"
  labels = {
    email_address = each.value
  }
}

locals {
  notification_channels = [for channel in google_monitoring_notification_channel.email : channel.id]
  decider_requests      = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"${local.run_names["decider"]}\""
}

# Cloud Run answers 5xx when no instance can take a request or the container fails; gRPC errors
# travel in trailers of an HTTP 200 and are not counted here.
resource "google_monitoring_alert_policy" "decider_5xx" {
  project               = var.project_id
  display_name          = "retention: decider 5xx share"
  combiner              = "OR"
  notification_channels = local.notification_channels
  user_labels           = local.labels

  conditions {
    display_name = "5xx share of decider requests"
    condition_threshold {
      filter             = "${local.decider_requests} AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      denominator_filter = "${local.decider_requests} AND metric.type = \"run.googleapis.com/request_count\""
      comparison         = "COMPARISON_GT"
      threshold_value    = var.alert_5xx_ratio
      duration           = "300s"
      aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
      }
      denominator_aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "More than ${var.alert_5xx_ratio * 100}% of the decider's requests failed with 5xx for 5 minutes. Check its instances and logs: `gcloud run services logs read ${local.run_names["decider"]} --region ${var.region}`."
  }
}

# Decision latency, on both paths: the gRPC API's p99, and how long scored events wait to be decided.
resource "google_monitoring_alert_policy" "decision_latency" {
  project               = var.project_id
  display_name          = "retention: decision latency"
  combiner              = "OR"
  notification_channels = local.notification_channels
  user_labels           = local.labels

  conditions {
    display_name = "decider request latency p99"
    condition_threshold {
      filter          = "${local.decider_requests} AND metric.type = \"run.googleapis.com/request_latencies\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.alert_decision_latency_ms
      duration        = "300s"
      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = "REDUCE_PERCENTILE_99"
      }
    }
  }

  conditions {
    display_name = "oldest undecided scored event"
    condition_threshold {
      filter          = "resource.type = \"pubsub_subscription\" AND resource.labels.subscription_id = \"${local.subscriptions["decider"]}\" AND metric.type = \"pubsub.googleapis.com/subscription/oldest_unacked_message_age\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.alert_decision_backlog_age_s
      duration        = "300s"
      aggregations {
        alignment_period   = "60s"
        per_series_aligner = "ALIGN_MAX"
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "Decisions are slow: the decider's p99 is above ${var.alert_decision_latency_ms} ms, or scored events have waited more than ${var.alert_decision_backlog_age_s} s in `${local.subscriptions["decider"]}`."
  }
}

# A dead letter is a message no retry could process: one condition per keeper subscription.
resource "google_monitoring_alert_policy" "dead_letter_backlog" {
  project               = var.project_id
  display_name          = "retention: dead letters waiting"
  combiner              = "OR"
  notification_channels = local.notification_channels
  user_labels           = local.labels

  dynamic "conditions" {
    for_each = local.dead_letter_subscriptions
    content {
      display_name = "messages in ${conditions.value}"
      condition_threshold {
        filter          = "resource.type = \"pubsub_subscription\" AND resource.labels.subscription_id = \"${conditions.value}\" AND metric.type = \"pubsub.googleapis.com/subscription/num_undelivered_messages\""
        comparison      = "COMPARISON_GT"
        threshold_value = var.alert_dead_letter_backlog
        duration        = "60s"
        aggregations {
          alignment_period   = "60s"
          per_series_aligner = "ALIGN_MAX"
        }
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "Messages are waiting in a dead-letter keeper subscription. Their `reason`, `field` and `service` attributes say why: `gcloud pubsub subscriptions pull <subscription> --limit 10`."
  }
}

# The shield logs one `checked` line per draft with its outcome (APPROVED, REPAIRED, REPLACED,
# WITHHELD, NOT_CONTACTED); a draft replaced by the safe template or withheld counts as blocked.
resource "google_logging_metric" "shield_verdicts" {
  project = var.project_id
  name    = "${var.name_prefix}shield-verdicts"
  filter  = "resource.type = \"cloud_run_worker_pool\" AND resource.labels.worker_pool_name = \"${local.run_names["shield"]}\" AND jsonPayload.message = \"checked\""

  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
    labels {
      key         = "outcome"
      value_type  = "STRING"
      description = "ShieldVerdict.Outcome of the draft"
    }
  }

  label_extractors = {
    outcome = "EXTRACT(jsonPayload.outcome)"
  }
}

locals {
  shield_verdicts = "resource.type = \"cloud_run_worker_pool\" AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.shield_verdicts.name}\""
}

resource "google_monitoring_alert_policy" "shield_block_rate" {
  project               = var.project_id
  display_name          = "retention: shield block rate"
  combiner              = "OR"
  notification_channels = local.notification_channels
  user_labels           = local.labels

  conditions {
    display_name = "share of drafts replaced or withheld"
    condition_threshold {
      filter             = "${local.shield_verdicts} AND metric.labels.outcome = one_of(\"REPLACED\", \"WITHHELD\")"
      denominator_filter = "${local.shield_verdicts} AND metric.labels.outcome != \"NOT_CONTACTED\""
      comparison         = "COMPARISON_GT"
      threshold_value    = var.alert_shield_block_ratio
      duration           = "0s"
      aggregations {
        alignment_period     = "900s"
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = "REDUCE_SUM"
      }
      denominator_aggregations {
        alignment_period     = "900s"
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "The shield replaced or withheld more than ${var.alert_shield_block_ratio * 100}% of the drafts it checked in 15 minutes: the messenger may be writing badly (a new adapter?). Reasons are in the shield's `checked` log lines."
  }
}
