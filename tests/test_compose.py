"""docker-compose.yml against the process stack: same services, ports and variables (no Docker needed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from retention import cli, stack
from retention.config import REPO_ROOT, RuntimeConfig

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


def dockerfile(name: str) -> str:
    return (REPO_ROOT / "services" / name / "Dockerfile").read_text()


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
    assert "EXPOSE 50051" in dockerfile("decider")


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


@pytest.mark.parametrize("name", stack.SERVICES)
def test_each_service_has_its_own_multi_stage_non_root_image(name):
    build = SERVICES[name]["build"]
    assert build == {"context": ".", "dockerfile": f"services/{name}/Dockerfile"}
    text = dockerfile(name)
    bases = re.findall(r"^FROM\s+(\S+)", text, flags=re.MULTILINE)
    assert len(bases) >= 2, "multi-stage: a build stage and a run stage"
    for base in bases:
        assert re.fullmatch(r"python:\d+\.\d+\.\d+-slim-\w+", base), f"{base} is not pinned"
    users = re.findall(r"^USER\s+(\S+)", text, flags=re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    assert "pip install" in text and "requirements.txt" in text
    assert "grpc_tools.protoc" in text and "proto/retention/v1/retention.proto" in text
    assert f'CMD ["python", "-m", "services.{name}"]' in text
