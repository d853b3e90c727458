"""infra/ against the code it deploys: topology, subscriptions, identities and grants, Cloud Run, env."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import hcl2
from infra.terraform_model import INFRA_DIR, Instance, Module, Ref

from retention import config as config_module
from retention import log, pubsub_bus, settings, topology
from retention.config import GRPC_AUTH_MODES, GRPC_TOKEN_ENV, RuntimeConfig
from services.decider.grpc_api import SERVICE_NAME
from services.messenger import config as messenger_config
from services.messenger.config import WriterSettings

SERVICES = [link.service for link in topology.LINKS]


def run_resources(module: Module) -> dict[str, Instance]:
    """The Cloud Run resource of each service: the decider's service and the three worker pools."""
    resources = {"decider": module.instances("google_cloud_run_v2_service", "decider")[None]}
    resources.update(module.instances("google_cloud_run_v2_worker_pool", "consumer"))
    resources["messenger"] = module.instances("google_cloud_run_v2_worker_pool", "messenger")[None]
    return resources


def container(resource: Instance) -> Instance:
    return resource.block("template").block("containers")


def environment(resource: Instance) -> dict[str, Instance]:
    return {env.values["name"]: env for env in container(resource).blocks["env"]}


# --- parsing --------------------------------------------------------------------------------------


def test_every_tf_file_parses(module):
    files = sorted(INFRA_DIR.glob("*.tf"))
    assert len(files) >= 5
    for path in files:
        with path.open() as handle:
            assert hcl2.load(handle), path.name
    assert {path.name for path in files} == {Path(name).name for name in map(str, module.files)}


def test_variables_referenced_are_declared(module):
    declared = {block.labels[0] for block in module.blocks_of("variable")}
    referenced = {name for _, name in module.references("var")}
    assert referenced - declared == set()
    assert declared - referenced == set(), "declared but never used"


def test_locals_referenced_are_defined(module):
    referenced = {name for _, name in module.references("local")}
    assert referenced - module.local_names == set()
    assert module.local_names - referenced == set(), "defined but never used"


def test_providers_and_terraform_are_pinned(module):
    (terraform,) = module.blocks_of("terraform")
    assert module.evaluate(terraform.attributes["required_version"]).startswith(">= 1.11")
    (providers,) = terraform.blocks_of("required_providers")
    pins = {name: module.evaluate(tree) for name, tree in providers.attributes.items()}
    assert set(pins) == {"google", "google-beta", "random"}
    for name, pin in pins.items():
        assert pin["source"] == f"hashicorp/{name}"
        assert re.fullmatch(r"~> \d+\.\d+", pin["version"]), (name, pin["version"])


def test_outputs_exist(module):
    outputs = {block.labels[0]: block for block in module.blocks_of("output")}
    for name in (
        "decider_url",
        "decider_grpc_target",
        "worker_pools",
        "topics",
        "dead_letter_topics",
        "subscriptions",
        "actions_subscription",
        "artifacts_bucket",
        "image_repository",
        "service_accounts",
        "grpc_token_secret",
        "log_key_secret",
    ):
        assert name in outputs, name
        assert "description" in outputs[name].attributes, name


# --- Pub/Sub against retention/topology.py and retention/pubsub_bus.py ------------------------------


def test_links_are_the_topology(module):
    assert module.local("links") == [
        {"service": link.service, "topic": link.topic, "output_topic": link.output_topic}
        for link in topology.LINKS
    ]
    assert module.local("max_delivery_attempts") == topology.MAX_DELIVERY_ATTEMPTS
    assert module.local("actions_topic") == topology.RETENTION_ACTIONS
    assert module.local("actions_subscription") == topology.ACTIONS_SUBSCRIPTION


def test_topics_are_the_topology(module):
    topics = module.instances("google_pubsub_topic", "pipeline")
    assert sorted(instance.values["name"] for instance in topics.values()) == sorted(topology.TOPICS)
    dead_letters = module.instances("google_pubsub_topic", "dead_letter")
    assert {topic: instance.values["name"] for topic, instance in dead_letters.items()} == {
        link.topic: link.dead_letter_topic for link in topology.LINKS
    }
    for instance in [*topics.values(), *dead_letters.values()]:
        assert instance.values["message_retention_duration"] == "604800s"


def _subscription_settings(module: Module, instance: Instance) -> dict:
    values = instance.values
    settings_ = {
        "topic": module.resolve(values["topic"]),
        "ack_deadline_seconds": values["ack_deadline_seconds"],
    }
    if "dead_letter_policy" in instance.blocks:
        policy = instance.block("dead_letter_policy").values
        settings_["dead_letter_topic"] = module.resolve(policy["dead_letter_topic"])
        settings_["max_delivery_attempts"] = policy["max_delivery_attempts"]
    if "retry_policy" in instance.blocks:
        retry = instance.block("retry_policy").values
        settings_["backoff"] = (retry["minimum_backoff"], retry["maximum_backoff"])
    return settings_


def _request_settings(request: dict) -> dict:
    """The same fields from a subscription request of pubsub_bus.subscription_requests."""
    settings_ = {
        "topic": request["topic"].rsplit("/", 1)[-1],
        "ack_deadline_seconds": request["ack_deadline_seconds"],
    }
    if "dead_letter_policy" in request:
        policy = request["dead_letter_policy"]
        settings_["dead_letter_topic"] = policy.dead_letter_topic.rsplit("/", 1)[-1]
        settings_["max_delivery_attempts"] = policy.max_delivery_attempts
    if "retry_policy" in request:
        retry = request["retry_policy"]
        settings_["backoff"] = (f"{retry.minimum_backoff.seconds}s", f"{retry.maximum_backoff.seconds}s")
    return settings_


def test_subscriptions_are_those_the_stack_creates(module):
    """Names, topics, dead-letter policies, retry policies and ack deadlines, subscription by subscription."""
    terraform = {}
    for name in ("pipeline", "dead_letter_keep", "actions_keep"):
        for instance in module.instances("google_pubsub_subscription", name).values():
            terraform[instance.values["name"]] = _subscription_settings(module, instance)
    local = {
        request["name"].rsplit("/", 1)[-1]: _request_settings(request)
        for request in pubsub_bus.subscription_requests("p")
    }
    assert terraform == local


def test_every_pipeline_subscription_dead_letters(module):
    for service, instance in module.instances("google_pubsub_subscription", "pipeline").items():
        link = topology.link_for(service)
        assert instance.values["name"] == link.subscription
        policy = instance.block("dead_letter_policy").values
        assert module.resolve(policy["dead_letter_topic"]) == link.dead_letter_topic
        assert policy["max_delivery_attempts"] == topology.MAX_DELIVERY_ATTEMPTS


def test_subscriptions_keep_messages_and_never_expire(module):
    for name in ("pipeline", "dead_letter_keep", "actions_keep"):
        for instance in module.instances("google_pubsub_subscription", name).values():
            assert instance.values["message_retention_duration"] == "604800s"
            assert instance.block("expiration_policy").values == {"ttl": ""}, instance.address


# --- identities and grants ------------------------------------------------------------------------


def test_each_service_has_its_own_service_account(module):
    accounts = module.instances("google_service_account", "service")
    assert sorted(accounts) == sorted(SERVICES)
    ids = [account.values["account_id"] for account in accounts.values()]
    assert len(set(ids)) == len(ids)
    assert all(6 <= len(account_id) <= 30 for account_id in ids)
    for service, resource in run_resources(module).items():
        identity = resource.block("template").values["service_account"]
        assert identity == Ref(f'google_service_account.service["{service}"].email'), service


def _member(value: object) -> str:
    if isinstance(value, Ref):
        match = re.fullmatch(r'google_service_account\.service\["(\w+)"\]\.member', value.address)
        assert match, value
        return f"sa:{match.group(1)}"
    if re.fullmatch(
        r"serviceAccount:service-\$\{data\.google_project\.this\.number\}@gcp-sa-pubsub\..*", value
    ):
        return "pubsub-service-agent"
    return str(value)


def _target(module: Module, instance: Instance) -> str:
    values = instance.values
    if "topic" in values:
        return f"topic:{module.resolve(values['topic'])}"
    if "subscription" in values:
        return f"subscription:{module.resolve(values['subscription'])}"
    if "bucket" in values:
        return f"bucket:{values['bucket'].address}"
    if "secret_id" in values:
        return f"secret:{values['secret_id'].address}"
    if instance.address.startswith("google_cloud_run_v2_service_iam_member"):
        return f"run:{module.resolve(values['name'])}"
    if instance.address.startswith("google_project_iam_member"):
        condition = instance.block("condition").values["expression"]
        return f"project:{condition}"
    raise AssertionError(f"unknown target of {instance.address}")


def grants(module: Module) -> set[tuple[str, str, str]]:
    """(member, role, target) of every IAM grant in the configuration."""
    result = set()
    for block in module.blocks_of("resource"):
        resource_type, name = block.labels
        if not resource_type.endswith("_iam_member"):
            continue
        for instance in module.instances(resource_type, name).values():
            result.add(
                (_member(instance.values["member"]), instance.values["role"], _target(module, instance))
            )
    return result


def expected_grants(invokers: list[str] = ()) -> set[tuple[str, str, str]]:
    bucket = "bucket:google_storage_bucket.artifacts.name"
    secret = "secret:google_secret_manager_secret.grpc_token.secret_id"
    log_key = "secret:google_secret_manager_secret.log_key.secret_id"
    ledger = 'project:resource.name == "${google_firestore_database.ledger.id}"'
    expected = set()
    for link in topology.LINKS:
        sa = f"sa:{link.service}"
        expected |= {
            (sa, "roles/pubsub.subscriber", f"subscription:{link.subscription}"),
            (sa, "roles/pubsub.publisher", f"topic:{link.output_topic}"),
            (sa, "roles/pubsub.publisher", f"topic:{link.dead_letter_topic}"),
            # Dead-lettering by Pub/Sub itself: its service agent forwards and acknowledges.
            ("pubsub-service-agent", "roles/pubsub.publisher", f"topic:{link.dead_letter_topic}"),
            ("pubsub-service-agent", "roles/pubsub.subscriber", f"subscription:{link.subscription}"),
            (sa, "roles/secretmanager.secretAccessor", log_key),
        }
    expected |= {
        (f"sa:{service}", "roles/storage.objectViewer", bucket)
        for service in ("scorer", "decider", "messenger")
    }
    expected |= {
        ("sa:decider", "roles/datastore.user", ledger),
        ("sa:decider", "roles/secretmanager.secretAccessor", secret),
    }
    expected |= {(invoker, "roles/run.invoker", "run:retention-decider") for invoker in invokers}
    return expected


def test_grants_are_exactly_least_privilege(module):
    assert grants(module) == expected_grants()


def test_decider_invokers_are_granted_run_invoker(variables):
    invokers = ["serviceAccount:caller@retention-test.iam.gserviceaccount.com", "group:ops@example.com"]
    module = Module(INFRA_DIR, {**variables, "decider_invokers": invokers})
    assert grants(module) == expected_grants(invokers)


def test_no_authoritative_iam_and_no_broad_roles(module):
    for block in module.blocks_of("resource"):
        resource_type = block.labels[0]
        assert not resource_type.endswith(("_iam_binding", "_iam_policy")), resource_type
    for _, role, _ in grants(module):
        assert role not in ("roles/owner", "roles/editor", "roles/viewer")
        assert not role.endswith(".admin"), role


def test_firestore_grant_is_narrowed_to_the_ledger(module):
    ledger = module.instances("google_firestore_database", "ledger")[None].values
    assert ledger["name"] == "(default)"  # what firestore.Client(project=...) opens
    assert ledger["type"] == "FIRESTORE_NATIVE"
    assert ledger["concurrency_mode"] == "PESSIMISTIC"


# --- Cloud Run ------------------------------------------------------------------------------------


def test_decider_serves_grpc_over_h2c_and_keeps_an_instance(module):
    decider = run_resources(module)["decider"]
    template = decider.block("template")
    port = container(decider).block("ports").values
    assert port == {"name": "h2c", "container_port": module.local("decider_port")}
    address = environment(decider)["DECIDER_GRPC_ADDRESS"].values["value"]
    assert address == f"0.0.0.0:{port['container_port']}"  # all interfaces, Cloud Run's port
    assert template.block("scaling").values["min_instance_count"] >= 1
    assert container(decider).block("resources").values["cpu_idle"] is False
    for probe in ("startup_probe", "liveness_probe"):
        grpc = container(decider).block(probe).block("grpc").values
        assert grpc == {"port": port["container_port"], "service": SERVICE_NAME}


def test_decider_min_instances_cannot_be_zero(module, variables):
    validation = module.block("variable", "decider_min_instances").blocks_of("validation")
    assert validation
    condition = validation[0].attributes["condition"]
    assert Module(INFRA_DIR, {**variables, "decider_min_instances": 0}).evaluate(condition) is False


def test_consumers_are_always_on_worker_pools(module):
    resources = run_resources(module)
    for service in ("scorer", "messenger", "shield"):
        scaling = resources[service].block("scaling").values
        assert scaling["scaling_mode"] == "MANUAL"
        assert scaling["manual_instance_count"] >= 1


def test_messenger_runs_on_a_gpu(module):
    block = module.block("resource", "google_cloud_run_v2_worker_pool", "messenger")
    assert module.evaluate(block.attributes["provider"]) == Ref("google-beta")
    template = run_resources(module)["messenger"].block("template")
    assert template.block("node_selector").values == {"accelerator": "nvidia-l4"}
    limits = container(run_resources(module)["messenger"]).block("resources").values["limits"]
    assert limits["nvidia.com/gpu"] == "1"
    assert int(limits["cpu"]) >= 4 and limits["memory"] == "16Gi"


def test_images_are_one_per_service_in_the_registry(module):
    for service, resource in run_resources(module).items():
        image = "messenger-gpu" if service == "messenger" else service  # on its GPU, the CUDA variant
        assert container(resource).values["image"] == (
            f"us-central1-docker.pkg.dev/retention-test/retention/{image}:abc1234"
        )


def test_the_messenger_serves_its_language_model_from_the_models_version(module):
    env = {
        name: e.values["value"]
        for name, e in environment(run_resources(module)["messenger"]).items()
        if "value" in e.values
    }
    writer = WriterSettings.from_env(env)
    assert writer.writer == "llm"
    assert writer.model_dir == RuntimeConfig.from_env(
        env
    ).artifacts_dir / WriterSettings.model_dir.relative_to("artifacts")


# --- runtime configuration against retention/config.py ---------------------------------------------


def known_variables() -> set[str]:
    """Every environment variable a service reads: RuntimeConfig's, the settings', the logs' key and the
    messenger's writer settings."""
    names = set()
    sources = (config_module.__file__, settings.__file__, log.__file__, messenger_config.__file__)
    for source in map(Path, sources):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if re.fullmatch(r"(RETENTION|PUBSUB|FIRESTORE|DECIDER|GOOGLE)_[A-Z_]+", node.value):
                    names.add(node.value)
    return names


def test_environment_is_what_runtime_config_reads(module):
    known = known_variables()
    assert "DECIDER_GRPC_ADDRESS" in known and "RETENTION_ARTIFACTS" in known
    mount = module.local("artifacts_mount")
    for service, resource in run_resources(module).items():
        env = environment(resource)
        assert set(env) <= known, (service, set(env) - known)
        plain = {name: e.values["value"] for name, e in env.items() if "value" in e.values}
        config = RuntimeConfig.from_env(plain)
        assert config.project == "retention-test"
        assert (config.bus, config.ledger) == ("pubsub", "firestore")
        assert config.max_messages == module.local("max_messages")[service]
        # The decider checks the bearer token itself by default, behind Cloud Run IAM.
        assert config.grpc_auth == "token"
        assert ("RETENTION_GRPC_AUTH" in plain) == (service == "decider")
        # RuntimeConfig's defaults point at the emulators: on Cloud Run both must be set, empty.
        assert config.pubsub_emulator_host == "" and config.firestore_emulator_host == ""
        assert plain["PUBSUB_EMULATOR_HOST"] == "" and plain["FIRESTORE_EMULATOR_HOST"] == ""
        mounts = {m.values["mount_path"] for m in container(resource).blocks.get("volume_mounts", [])}
        if service == "shield":
            assert "RETENTION_ARTIFACTS" not in plain and not mounts
        else:
            assert config.artifacts_dir == Path(mount) / "models" / "2026-01-01"
            assert mounts == {mount}


def secret_of(env: Instance) -> Ref:
    assert "value" not in env.values  # never a plain value in the configuration or the state
    return env.block("value_source").block("secret_key_ref").values["secret"]


def test_only_the_decider_gets_the_grpc_token(module):
    for service, resource in run_resources(module).items():
        env = environment(resource)
        if service != "decider":
            assert GRPC_TOKEN_ENV not in env
            continue
        assert secret_of(env[GRPC_TOKEN_ENV]) == Ref("google_secret_manager_secret.grpc_token.secret_id")


def test_every_service_gets_the_log_key_from_secret_manager(module):
    for service, resource in run_resources(module).items():
        env = environment(resource)[log.LOG_KEY_ENV]
        assert secret_of(env) == Ref("google_secret_manager_secret.log_key.secret_id"), service


def test_decider_grpc_auth_is_a_mode_the_decider_knows(module, variables):
    validation = module.block("variable", "decider_grpc_auth").blocks_of("validation")[0]
    condition = validation.attributes["condition"]
    for mode in GRPC_AUTH_MODES:
        configured = Module(INFRA_DIR, {**variables, "decider_grpc_auth": mode})
        assert configured.evaluate(condition) is True
        decider_env = environment(run_resources(configured)["decider"])
        assert decider_env["RETENTION_GRPC_AUTH"].values["value"] == mode
    assert Module(INFRA_DIR, {**variables, "decider_grpc_auth": "none"}).evaluate(condition) is False


def test_artifacts_volumes_are_read_only_from_the_bucket(module):
    for service, resource in run_resources(module).items():
        for volume in resource.block("template").blocks.get("volumes", []):
            gcs = volume.block("gcs").values
            assert gcs == {"bucket": Ref("google_storage_bucket.artifacts.name"), "read_only": True}, service


# --- alerts ---------------------------------------------------------------------------------------


def test_alert_policies_cover_errors_latency_dead_letters_and_the_shield(module):
    policies = {
        name: module.instances("google_monitoring_alert_policy", name)[None]
        for name in ("decider_5xx", "decision_latency", "dead_letter_backlog", "shield_block_rate")
    }
    filters = {
        name: [c.block("condition_threshold").values["filter"] for c in policy.blocks["conditions"]]
        for name, policy in policies.items()
    }
    assert 'response_code_class = "5xx"' in filters["decider_5xx"][0]
    assert any("request_latencies" in f for f in filters["decision_latency"])
    assert any(
        f'subscription_id = "{topology.link_for("decider").subscription}"' in f
        for f in filters["decision_latency"]
    )
    watched = {re.search(r'subscription_id = "([^"]+)"', f).group(1) for f in filters["dead_letter_backlog"]}
    assert watched == {topology.dead_letter_subscription(link.topic) for link in topology.LINKS}
    assert (
        "logging.googleapis.com/user/${google_logging_metric.shield_verdicts.name}"
        in filters["shield_block_rate"][0]
    )
    metric = module.instances("google_logging_metric", "shield_verdicts")[None].values
    assert 'worker_pool_name = "retention-shield"' in metric["filter"]
