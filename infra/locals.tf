# Names and settings that several files share. The pipeline's shape is one list, `links`, which
# repeats retention/topology.py; every topic, subscription and Pub/Sub grant is derived from it.
# tests/infra/test_terraform.py evaluates these locals and compares them with retention.topology,
# retention.pubsub_bus.subscription_requests and retention.config.RuntimeConfig.

locals {
  # --- topology (retention/topology.py) ----------------------------------------------------------

  # One hop each, in pipeline order: `service` consumes `topic` and publishes to `output_topic`.
  links = [
    { service = "scorer", topic = "customer-events", output_topic = "scored-events" },
    { service = "decider", topic = "scored-events", output_topic = "decisions" },
    { service = "messenger", topic = "decisions", output_topic = "message-drafts" },
    { service = "shield", topic = "message-drafts", output_topic = "retention-actions" },
  ]
  max_delivery_attempts = 5 # topology.MAX_DELIVERY_ATTEMPTS
  actions_topic         = "retention-actions"

  # Subscription settings of retention/pubsub_bus.py: ACK_DEADLINE_S, MIN_BACKOFF_S, MAX_BACKOFF_S.
  # The deadline is Pub/Sub's shortest: consumers extend their leases while they work, so it only
  # decides how soon a dead consumer's messages come back.
  ack_deadline_seconds = 10
  minimum_backoff      = "1s"
  maximum_backoff      = "60s"
  # Unacknowledged messages (and topics, for seek/replay) are kept this long: the Pub/Sub maximum.
  message_retention = "604800s"

  services                  = [for link in local.links : link.service]
  links_by_service          = { for link in local.links : link.service => link }
  topics                    = concat([for link in local.links : link.topic], [local.actions_topic])
  subscriptions             = { for link in local.links : link.service => "${link.service}-${link.topic}" }
  dead_letter_topics        = { for link in local.links : link.topic => "${link.topic}-dead-letter" }
  dead_letter_subscriptions = { for topic, dead_letter in local.dead_letter_topics : topic => "${dead_letter}-keep" }
  actions_subscription      = "${local.actions_topic}-keep"

  # --- names ---------------------------------------------------------------------------------------

  run_names        = { for service in local.services : service => "${var.name_prefix}${service}" }
  artifacts_bucket = var.artifacts_bucket != "" ? var.artifacts_bucket : "${var.project_id}-retention-artifacts"
  registry         = "${var.region}-docker.pkg.dev/${var.project_id}/${var.repository_id}"
  # One image per service, named after it (services/Dockerfile, --build-arg SERVICE=<name>), and the
  # messenger's GPU variant (target messenger-gpu): the one Cloud Run runs, on its L4.
  images              = { for service in local.services : service => "${local.registry}/${service}:${var.image_tag}" }
  messenger_gpu_image = "${local.registry}/messenger-gpu:${var.image_tag}"

  labels = merge(var.labels, { app = "retention", environment = var.environment, "managed-by" = "terraform" })

  # --- runtime configuration (retention/config.py RuntimeConfig.from_env) --------------------------

  # Cloud Run sends requests to the container port over HTTP/2 cleartext (and sets PORT to it); the
  # decider listens there because DECIDER_GRPC_ADDRESS says so. 50051: the image's EXPOSE, as in compose.
  decider_port    = 50051
  artifacts_mount = "/mnt/artifacts"
  # The decider's health service reports this name SERVING once its models are loaded.
  grpc_service_name = "retention.v1.DecisionService"

  runtime_env = {
    RETENTION_PROJECT = var.project_id
    RETENTION_BUS     = "pubsub"
    RETENTION_LEDGER  = "firestore"
    # Empty on purpose: RuntimeConfig defaults them to the local emulators' addresses.
    PUBSUB_EMULATOR_HOST    = ""
    FIRESTORE_EMULATOR_HOST = ""
    RETENTION_LOG_LEVEL     = var.log_level
  }
  artifacts_env = { RETENTION_ARTIFACTS = "${local.artifacts_mount}/models/${var.model_version}" }
  # Pub/Sub flow control per service, as in docker-compose.yml: the decider decides what it holds in
  # batches of up to half of it, one ledger transaction each.
  max_messages = { scorer = 256, decider = 128, messenger = 32, shield = 256 }

  # Which services read the model artifacts (and get the bucket mounted, read-only).
  reads_artifacts = { scorer = true, decider = true, messenger = true, shield = false }

  # The decider's gRPC API: where it listens, and how it checks callers (var.decider_grpc_auth).
  decider_env = {
    DECIDER_GRPC_ADDRESS = "0.0.0.0:${local.decider_port}"
    RETENTION_GRPC_AUTH  = var.decider_grpc_auth
  }

  # The messenger's language model (services/messenger/config.py), in the models' version folder; the
  # GPU image sets RETENTION_MESSAGE_INT8 itself.
  messenger_env = {
    RETENTION_MESSAGE_WRITER = "llm"
    RETENTION_MESSAGE_MODEL  = "${local.artifacts_env.RETENTION_ARTIFACTS}/llm/ppo/merged"
  }

  service_env = {
    scorer    = merge(local.runtime_env, local.artifacts_env)
    decider   = merge(local.runtime_env, local.artifacts_env, local.decider_env)
    messenger = merge(local.runtime_env, local.artifacts_env, local.messenger_env)
    shield    = local.runtime_env
  }
  # What each service's container gets: its environment and its flow control.
  container_env = {
    for service, env in local.service_env :
    service => merge(env, { RETENTION_MAX_MESSAGES = tostring(local.max_messages[service]) })
  }
  # Read from Secret Manager: the gRPC bearer token by the decider alone (retention/config.py), the
  # key of the customer pseudonyms in the logs by every service (retention/log.py).
  grpc_token_env = "RETENTION_GRPC_TOKEN"
  log_key_env    = "RETENTION_LOG_KEY"

  # Consumers that only pull run as worker pools; the messenger's, on a GPU, is its own resource.
  cpu_workers = {
    scorer = { cpu = "2", memory = "2Gi" }
    shield = { cpu = "1", memory = "1Gi" }
  }
}
