"""docker-compose.yml against the Compose specification's schema and against the process stack: same
services, ports and variables (no Docker needed)."""

from __future__ import annotations

import copy
import importlib.util
import re
from pathlib import Path

import pytest
import yaml
from dockerfile_model import DOCKERFILE, Dockerfile

from retention import cli, stack
from retention.config import GRPC_TOKEN_ENV, LOCAL_GRPC_TOKEN, REPO_ROOT, RuntimeConfig

COMPOSE = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
DEFAULTS = RuntimeConfig()
EMULATORS = {"pubsub": DEFAULTS.pubsub_emulator_host, "firestore": DEFAULTS.firestore_emulator_host}


def port_of(address: str) -> int:
    return stack.split_address(address)[1]


def published(service: dict) -> dict[int, int]:
    """Container port -> host port, from entries like "127.0.0.1:8085:8085"."""
    mapping = {}
    for entry in service.get("ports", []):
        *host, container = str(entry).split(":")
        mapping[int(container)] = int(host[-1])
    return mapping


# The Compose specification's JSON schema, as check-jsonschema (requirements.txt) ships it.
SCHEMA_PACKAGE = "check-jsonschema"


def compose_schema_errors(document: dict) -> list[str]:
    """Where `document` breaks the Compose specification, one line per error (empty: valid)."""
    if importlib.util.find_spec("check_jsonschema") is None:
        pytest.fail(
            f"the Compose schema comes from the {SCHEMA_PACKAGE} package: pip install -r requirements.txt"
        )
    import jsonschema
    from check_jsonschema.builtin_schemas import get_builtin_schema

    schema = get_builtin_schema("vendor.compose-spec")
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(document)
    ]


def test_the_file_follows_the_compose_specification():
    assert compose_schema_errors(COMPOSE) == []


@pytest.mark.parametrize(
    "path, value",
    [
        (("services", "decider", "depends_on", "firestore", "condition"), "service_ready"),
        (("services", "scorer", "restart"), ["always"]),
        (("services", "pubsub", "ports"), "127.0.0.1:8085:8085"),  # a list, not a string
        (("services", "shield", "buidl"), {"context": "."}),  # a misspelt key
    ],
)
def test_the_schema_check_rejects_a_broken_file(path, value):
    broken = copy.deepcopy(COMPOSE)
    node = broken
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert compose_schema_errors(broken), f"{path} = {value!r} passed the schema"


def test_the_same_services_as_the_process_stack():
    assert set(SERVICES) == {*EMULATORS, "init", *stack.SERVICES}


def test_emulators_use_the_pinned_cloud_sdk_image_on_the_stack_ports():
    for name, address in EMULATORS.items():
        service = SERVICES[name]
        assert re.fullmatch(
            r"gcr\.io/google\.com/cloudsdktool/google-cloud-cli:\d+\.\d+\.\d+-emulators", service["image"]
        )
        assert f"--host-port=0.0.0.0:{port_of(address)}" in service["command"]
        assert published(service) == {port_of(address): port_of(address)}
        assert "healthcheck" in service


@pytest.mark.parametrize("name", stack.SERVICES)
def test_service_variables_match_the_process_stack(name):
    environment = {key: str(value) for key, value in SERVICES[name]["environment"].items()}
    assert set(environment) == set(stack.StackConfig().service_variables(name))
    assert environment["RETENTION_MAX_MESSAGES"] == str(stack.MAX_MESSAGES[name])
    config = RuntimeConfig.from_env(environment)  # raises on a value it does not accept
    assert (config.project, config.bus, config.ledger) == (DEFAULTS.project, "pubsub", "firestore")
    assert config.pubsub_emulator_host == f"pubsub:{port_of(DEFAULTS.pubsub_emulator_host)}"
    assert config.firestore_emulator_host == f"firestore:{port_of(DEFAULTS.firestore_emulator_host)}"
    assert port_of(config.grpc_address) == port_of(DEFAULTS.grpc_address)
    assert config.artifacts_dir == Path("/app/artifacts")
    assert "./artifacts:/app/artifacts:ro" in SERVICES[name]["volumes"]


def test_the_decider_serves_grpc_on_the_stack_port_and_reports_health():
    decider = SERVICES["decider"]
    port = port_of(DEFAULTS.grpc_address)
    assert decider["environment"]["DECIDER_GRPC_ADDRESS"] == f"0.0.0.0:{port}"
    assert published(decider) == {port: port}
    assert f"127.0.0.1:{port}" in "".join(decider["healthcheck"]["test"])
    assert "EXPOSE 50051" in DOCKERFILE.read_text()


def test_the_decider_alone_gets_the_grpc_token_the_cli_sends_by_default():
    for name in stack.SERVICES:
        assert (GRPC_TOKEN_ENV in SERVICES[name]["environment"]) == (name == "decider"), name
    # Compose's interpolation: the host's variable, else the local stack's token.
    token = SERVICES["decider"]["environment"][GRPC_TOKEN_ENV]
    assert token == f"${{{GRPC_TOKEN_ENV}:-{LOCAL_GRPC_TOKEN}}}"
    assert stack.StackConfig().service_variables("decider")[GRPC_TOKEN_ENV] == LOCAL_GRPC_TOKEN


def test_start_order_waits_for_the_topology_and_the_emulators():
    init = SERVICES["init"]
    assert init["command"][-3:] == ["-m", "retention.stack", "topology"]
    assert init["depends_on"]["pubsub"]["condition"] == "service_healthy"
    assert init["environment"]["RETENTION_PROJECT"] == DEFAULTS.project
    for name in stack.SERVICES:
        depends = SERVICES[name]["depends_on"]
        assert depends["init"]["condition"] == "service_completed_successfully"
        assert depends["firestore"]["condition"] == "service_healthy"


def test_the_init_command_exists():
    args = cli.build_parser().parse_args(["stack", "topology"])
    assert args.run is stack.run_topology


@pytest.mark.parametrize("name", [*stack.SERVICES, "init"])
def test_each_service_is_built_from_the_shared_dockerfile(name):
    """tests/test_images.py checks the images themselves; here, that compose asks for the right one."""
    build = SERVICES[name]["build"]
    service = "scorer" if name == "init" else name
    assert build == {
        "context": ".",
        "dockerfile": str(DOCKERFILE.relative_to(REPO_ROOT)),
        "target": "service",
        "args": {"SERVICE": service},
    }
    image = Dockerfile(DOCKERFILE, build["args"])
    assert image.env(build["target"])["RETENTION_SERVICE"] == service
    assert f"deps-{service}" in image.needs(build["target"])
