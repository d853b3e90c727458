"""cloudbuild.yaml: the steps' order, one image per service (and the messenger's GPU variant) as
Terraform names it, built from the stages services/Dockerfile has, a full deploy."""

from __future__ import annotations

import re

import jsonschema
import pytest
import yaml
from check_jsonschema.builtin_schemas import get_builtin_schema
from dockerfile_model import DOCKERFILE, Dockerfile
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


def test_the_pipeline_follows_the_cloud_build_schema(pipeline):
    # SchemaStore's schema of cloudbuild.yaml, as check-jsonschema ships it (requirements.txt).
    schema = get_builtin_schema("vendor.cloudbuild")
    errors = jsonschema.validators.validator_for(schema)(schema).iter_errors(pipeline)
    assert [f"{list(error.absolute_path)}: {error.message}" for error in errors] == []


def test_every_step_waits_explicitly(pipeline, steps):
    # Without waitFor a step waits for all the previous ones: explicit is easier to check.
    assert list(steps)[0] == "models"
    for step_id in list(steps)[1:]:
        assert steps[step_id].get("waitFor"), step_id
        assert set(steps[step_id]["waitFor"]) <= set(steps), step_id


def test_lint_and_tests_come_before_images_and_images_before_deploy(steps):
    for image in [*SERVICES, "messenger-gpu"]:
        assert {"lint", "test", "models"} <= upstream(steps, f"image-{image}")
        assert f"image-{image}" in upstream(steps, "deploy")
    assert script(steps["lint"]) == "make lint"
    assert "make test-unit" in script(steps["test"])


def deploy_variables(steps: dict[str, dict]) -> dict[str, str]:
    """The `-var="name=value"` arguments of the deploy step, substitutions left as they are."""
    return dict(re.findall(r'-var="([a-z_]+)=([^"]*)"', script(steps["deploy"])))


def build_command(step: dict) -> dict:
    """The `docker build` of an image step: its Dockerfile, target, build arguments and tag."""
    (command,) = re.findall(r"docker build (.*?) \.\s", script(step) + " ")
    return {
        "file": re.search(r"-f (\S+)", command).group(1),
        "target": re.search(r"--target (\S+)", command).group(1),
        "args": dict(re.findall(r"--build-arg (\w+)=(\S+)", command)),
        "tag": re.search(r'-t "([^"]+)"', command).group(1),
    }


def test_images_are_built_and_pushed_as_terraform_names_them(module, steps):
    # Terraform, given what the deploy step gives it, names the very images the build pushed.
    configured = Module(INFRA_DIR, deploy_variables(steps))
    expected = {service: configured.local("images")[service] for service in SERVICES}
    expected["messenger-gpu"] = configured.local("messenger_gpu_image")
    assert {step_id.removeprefix("image-") for step_id in steps if step_id.startswith("image-")} == set(
        expected
    )
    for image, tag in expected.items():
        build = build_command(steps[f"image-{image}"])
        assert build["file"] == str(DOCKERFILE.relative_to(INFRA_DIR.parent))
        assert build["tag"] == tag
        assert f'docker push "{tag}"' in script(steps[f"image-{image}"])
        # The target exists, and builds the service the image is named after.
        dockerfile = Dockerfile(DOCKERFILE, build["args"])
        assert dockerfile.env(build["target"])["RETENTION_SERVICE"] == image.removesuffix("-gpu")
        assert (build["target"] == "messenger-gpu") == image.endswith("-gpu")


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


# --- the images' sources (services/Dockerfile, docker-compose.yml) ---------------------------------


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((INFRA_DIR.parent / "docker-compose.yml").read_text())["services"]


def test_compose_builds_the_images_the_pipeline_builds(compose, steps):
    for service in SERVICES:
        build = build_command(steps[f"image-{service}"])
        assert compose[service]["build"] == {
            "context": ".",
            "dockerfile": build["file"],
            "target": build["target"],
            "args": build["args"],
        }


def test_cloud_run_runs_the_services_as_compose_does(module, compose):
    """Same flow control per service, and the decider on the port its image exposes."""
    for service in SERVICES:
        terraform = module.local("container_env")[service]
        assert (
            terraform["RETENTION_MAX_MESSAGES"] == compose[service]["environment"]["RETENTION_MAX_MESSAGES"]
        )
    port = module.local("decider_port")
    assert compose["decider"]["environment"]["DECIDER_GRPC_ADDRESS"] == f"0.0.0.0:{port}"
    decider = Dockerfile(DOCKERFILE, {"SERVICE": "decider"})
    assert f"{port}" in [args for stage in decider.chain("service") for args in stage.arguments("EXPOSE")]
