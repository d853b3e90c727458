"""cloudbuild.yaml: the steps' order, one image per service as Terraform names it, a full deploy."""

from __future__ import annotations

import re

import pytest
import yaml
from infra.terraform_model import INFRA_DIR, Module

from retention import topology

PIPELINE = INFRA_DIR.parent / "cloudbuild.yaml"
SERVICES = [link.service for link in topology.LINKS]


@pytest.fixture(scope="module")
def pipeline() -> dict:
    return yaml.safe_load(PIPELINE.read_text())


@pytest.fixture(scope="module")
def steps(pipeline) -> dict[str, dict]:
    return {step["id"]: step for step in pipeline["steps"]}


def script(step: dict) -> str:
    return " ".join(step.get("args", []))


def upstream(steps: dict[str, dict], step_id: str) -> set[str]:
    """Every step that must finish before `step_id` (waitFor, transitively)."""
    seen: set[str] = set()
    pending = list(steps[step_id].get("waitFor", []))
    while pending:
        current = pending.pop()
        if current not in seen:
            seen.add(current)
            pending.extend(steps[current].get("waitFor", []))
    return seen


def test_every_step_waits_explicitly(pipeline, steps):
    # Without waitFor a step waits for all the previous ones: explicit is easier to check.
    assert list(steps)[0] == "models"
    for step_id in list(steps)[1:]:
        assert steps[step_id].get("waitFor"), step_id
        assert set(steps[step_id]["waitFor"]) <= set(steps), step_id


def test_lint_and_tests_come_before_images_and_images_before_deploy(steps):
    for service in SERVICES:
        assert {"lint", "test", "models"} <= upstream(steps, f"image-{service}")
    assert {f"image-{service}" for service in SERVICES} <= upstream(steps, "deploy")
    assert script(steps["lint"]) == "make lint"
    assert "make test-unit" in script(steps["test"])


def deploy_variables(steps: dict[str, dict]) -> dict[str, str]:
    """The `-var="name=value"` arguments of the deploy step, substitutions left as they are."""
    return dict(re.findall(r'-var="([a-z_]+)=([^"]*)"', script(steps["deploy"])))


def test_one_image_per_service_named_as_terraform_names_it(steps):
    # Terraform, given what the deploy step gives it, names the very images the build pushed.
    images = Module(INFRA_DIR, deploy_variables(steps)).local("images")
    for service in SERVICES:
        text = script(steps[f"image-{service}"])
        assert f'-f services/{service}/Dockerfile -t "{images[service]}" .' in text
        assert f'docker push "{images[service]}"' in text


def test_models_are_pulled_by_version_from_the_layout_terraform_serves(module, steps):
    text = script(steps["models"])
    assert 'gs://${_ARTIFACTS_BUCKET}/models/${_MODEL_VERSION}/*" artifacts/' in text
    # The services read the same folder: RETENTION_ARTIFACTS = <mount>/models/<model_version>.
    assert module.local("artifacts_env")["RETENTION_ARTIFACTS"].endswith("/models/2026-01-01")


def test_deploy_sets_every_required_variable(module, pipeline, steps):
    text = script(steps["deploy"])
    given = set(deploy_variables(steps))
    required = {
        block.labels[0] for block in module.blocks_of("variable") if "default" not in block.attributes
    }
    assert required <= given
    assert given <= {block.labels[0] for block in module.blocks_of("variable")}
    assert "-chdir=infra apply" in text and "-backend-config=" in text


def test_substitutions_used_are_declared(pipeline):
    declared = set(pipeline["substitutions"])
    used = set(re.findall(r"\$\{(_[A-Z_]+)\}", PIPELINE.read_text()))
    assert used == declared


# --- the images' sources (services/<name>/Dockerfile, docker-compose.yml: another issue's files) -----


def test_dockerfiles_are_where_the_pipeline_builds_them():
    dockerfiles = {service: INFRA_DIR.parent / "services" / service / "Dockerfile" for service in SERVICES}
    if not any(path.exists() for path in dockerfiles.values()):
        pytest.skip("no services/<name>/Dockerfile yet")
    assert [service for service, path in dockerfiles.items() if not path.exists()] == []


@pytest.fixture(scope="module")
def compose() -> dict:
    compose_file = INFRA_DIR.parent / "docker-compose.yml"
    if not compose_file.exists():
        pytest.skip("no docker-compose.yml yet")
    return yaml.safe_load(compose_file.read_text())["services"]


def test_compose_builds_the_same_images(compose):
    for service in SERVICES:
        assert compose[service]["build"] == {"context": ".", "dockerfile": f"services/{service}/Dockerfile"}


def test_cloud_run_runs_the_services_as_compose_does(module, compose):
    """Same flow control per service, and the decider on the port its image exposes."""
    for service in SERVICES:
        terraform = module.local("container_env")[service]
        assert (
            terraform["RETENTION_MAX_MESSAGES"] == compose[service]["environment"]["RETENTION_MAX_MESSAGES"]
        )
    port = module.local("decider_port")
    assert compose["decider"]["environment"]["DECIDER_GRPC_ADDRESS"] == f"0.0.0.0:{port}"
    dockerfile = (INFRA_DIR.parent / "services" / "decider" / "Dockerfile").read_text()
    assert re.search(rf"^EXPOSE {port}$", dockerfile, re.MULTILINE)
