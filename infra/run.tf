# The four services on Cloud Run. The decider is a service (it serves gRPC); the three consumers
# that only pull are worker pools: always on, no port, no request-driven scaling.

# --- decider: gRPC over HTTP/2 cleartext, and the scored-events consumer --------------------------

resource "google_cloud_run_v2_service" "decider" {
  name                = local.run_names["decider"]
  location            = var.region
  project             = var.project_id
  description         = "retention.v1.DecisionService (gRPC) and the scored-events consumer."
  ingress             = "INGRESS_TRAFFIC_ALL"
  deletion_protection = var.deletion_protection
  labels              = local.labels

  template {
    service_account                  = google_service_account.service["decider"].email
    execution_environment            = "EXECUTION_ENVIRONMENT_GEN2" # for the GCS volume
    max_instance_request_concurrency = 8 # DecisionServer's worker threads: more would queue inside
    timeout                          = "60s"

    # Always at least one instance: the Pub/Sub pull loop runs without requests.
    scaling {
      min_instance_count = var.decider_min_instances
      max_instance_count = var.decider_max_instances
    }

    containers {
      name  = "decider"
      image = local.images["decider"]

      # The port's name `h2c` makes Cloud Run speak HTTP/2 cleartext to the container (gRPC).
      ports {
        name           = "h2c"
        container_port = local.decider_port
      }

      resources {
        limits = {
          cpu    = "2"
          memory = "2Gi"
        }
        cpu_idle          = false # CPU always allocated: the consumer works between requests
        startup_cpu_boost = true
      }

      dynamic "env" {
        for_each = local.container_env["decider"]
        content {
          name  = env.key
          value = env.value
        }
      }

      env {
        name = local.grpc_token_env
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.grpc_token.secret_id
            version = "latest"
          }
        }
      }

      env {
        name = local.log_key_env
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.log_key.secret_id
            version = "latest"
          }
        }
      }

      volume_mounts {
        name       = "artifacts"
        mount_path = local.artifacts_mount
      }

      # The health service says SERVING once the models are loaded (services/decider/grpc_api.py).
      startup_probe {
        grpc {
          port    = local.decider_port
          service = local.grpc_service_name
        }
        period_seconds    = 5
        timeout_seconds   = 3
        failure_threshold = 24
      }

      liveness_probe {
        grpc {
          port    = local.decider_port
          service = local.grpc_service_name
        }
        period_seconds    = 15
        timeout_seconds   = 3
        failure_threshold = 4
      }
    }

    volumes {
      name = "artifacts"
      gcs {
        bucket    = google_storage_bucket.artifacts.name
        read_only = true
      }
    }
  }

  depends_on = [
    google_secret_manager_secret_version.grpc_token,
    google_secret_manager_secret_iam_member.decider_grpc_token,
    google_secret_manager_secret_version.log_key,
    google_secret_manager_secret_iam_member.log_key,
    google_storage_bucket_iam_member.artifacts_reader,
    google_project_iam_member.decider_ledger,
    google_pubsub_subscription_iam_member.consumer,
    google_pubsub_topic_iam_member.producer,
    google_pubsub_topic_iam_member.dead_letterer,
  ]
}

# Callers authenticate to Cloud Run with an ID token in `X-Serverless-Authorization` and to the
# decider with the bearer token in `Authorization` (var.decider_grpc_auth = "token", the default;
# Cloud Run passes `Authorization` through when the ID token comes in the other header). Nobody is
# allowed by default.
resource "google_cloud_run_v2_service_iam_member" "decider_invoker" {
  for_each = toset(var.decider_invokers)
  project  = var.project_id
  location = var.region
  name     = google_cloud_run_v2_service.decider.name
  role     = "roles/run.invoker"
  member   = each.value
}

# --- scorer and shield: CPU worker pools ----------------------------------------------------------

resource "google_cloud_run_v2_worker_pool" "consumer" {
  for_each            = local.cpu_workers
  name                = local.run_names[each.key]
  location            = var.region
  project             = var.project_id
  description         = "retention ${each.key}: pulls ${local.subscriptions[each.key]}."
  deletion_protection = var.deletion_protection
  labels              = local.labels

  scaling {
    scaling_mode          = "MANUAL"
    manual_instance_count = var.worker_instances[each.key]
  }

  template {
    service_account = google_service_account.service[each.key].email

    containers {
      name  = each.key
      image = local.images[each.key]

      resources {
        limits = {
          cpu    = each.value.cpu
          memory = each.value.memory
        }
      }

      dynamic "env" {
        for_each = local.container_env[each.key]
        content {
          name  = env.key
          value = env.value
        }
      }

      env {
        name = local.log_key_env
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.log_key.secret_id
            version = "latest"
          }
        }
      }

      dynamic "volume_mounts" {
        for_each = local.reads_artifacts[each.key] ? ["artifacts"] : []
        content {
          name       = volume_mounts.value
          mount_path = local.artifacts_mount
        }
      }
    }

    dynamic "volumes" {
      for_each = local.reads_artifacts[each.key] ? ["artifacts"] : []
      content {
        name = volumes.value
        gcs {
          bucket    = google_storage_bucket.artifacts.name
          read_only = true
        }
      }
    }
  }

  depends_on = [
    google_secret_manager_secret_version.log_key,
    google_secret_manager_secret_iam_member.log_key,
    google_storage_bucket_iam_member.artifacts_reader,
    google_pubsub_subscription_iam_member.consumer,
    google_pubsub_topic_iam_member.producer,
    google_pubsub_topic_iam_member.dead_letterer,
  ]
}

# --- messenger: a worker pool on a GPU (language-model writer) ------------------------------------

resource "google_cloud_run_v2_worker_pool" "messenger" {
  provider            = google-beta
  name                = local.run_names["messenger"]
  location            = var.region
  project             = var.project_id
  description         = "retention messenger: pulls ${local.subscriptions["messenger"]}, writes on a GPU."
  launch_stage        = "BETA"
  deletion_protection = var.deletion_protection
  labels              = local.labels

  scaling {
    scaling_mode          = "MANUAL"
    manual_instance_count = var.worker_instances["messenger"]
  }

  template {
    service_account = google_service_account.service["messenger"].email

    # One GPU per instance; without zonal redundancy the GPU quota is the smaller one.
    node_selector {
      accelerator = var.messenger_gpu
    }
    gpu_zonal_redundancy_disabled = true

    containers {
      name  = "messenger"
      image = local.messenger_gpu_image # services/Dockerfile's messenger-gpu: CUDA, 8-bit weights

      # Cloud Run's GPU minimum: 4 CPU and 16 GiB with one nvidia-l4.
      resources {
        limits = {
          cpu              = "4"
          memory           = "16Gi"
          "nvidia.com/gpu" = "1"
        }
      }

      dynamic "env" {
        for_each = local.container_env["messenger"]
        content {
          name  = env.key
          value = env.value
        }
      }

      env {
        name = local.log_key_env
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.log_key.secret_id
            version = "latest"
          }
        }
      }

      volume_mounts {
        name       = "artifacts"
        mount_path = local.artifacts_mount
      }
    }

    volumes {
      name = "artifacts"
      gcs {
        bucket    = google_storage_bucket.artifacts.name
        read_only = true
      }
    }
  }

  # launch_stage reads back as the stage the features in use need.
  lifecycle {
    ignore_changes = [launch_stage]
  }

  depends_on = [
    google_secret_manager_secret_version.log_key,
    google_secret_manager_secret_iam_member.log_key,
    google_storage_bucket_iam_member.artifacts_reader,
    google_pubsub_subscription_iam_member.consumer,
    google_pubsub_topic_iam_member.producer,
    google_pubsub_topic_iam_member.dead_letterer,
  ]
}
