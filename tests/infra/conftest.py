"""Fixtures of the Terraform tests: the module evaluated with test variables, and checkov."""

from __future__ import annotations

import fcntl
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from infra.terraform_model import INFRA_DIR, Module

REPO_ROOT = INFRA_DIR.parent
CHECKOV_REQUIREMENTS = INFRA_DIR / "checkov-requirements.txt"
CHECKOV_VENV = REPO_ROOT / ".venv-checkov"

# Values of the variables that have no default, as `terraform apply -var ...` would give them.
TEST_VARIABLES = {"project_id": "retention-test", "image_tag": "abc1234", "model_version": "2026-01-01"}


@pytest.fixture(scope="session")
def module() -> Module:
    return Module(INFRA_DIR, TEST_VARIABLES)


@pytest.fixture
def variables() -> dict:
    return dict(TEST_VARIABLES)


@pytest.fixture(scope="session")
def checkov() -> Path:
    """checkov in its own venv, made on first use from infra/checkov-requirements.txt (a few minutes)."""
    executable = CHECKOV_VENV / "bin" / "checkov"
    stamp = CHECKOV_VENV / ".installed"
    wanted = CHECKOV_REQUIREMENTS.read_text()
    with open(Path(tempfile.gettempdir()) / "retention-venv-checkov.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one pytest process installs, the others wait for it
        if not (executable.exists() and stamp.exists() and stamp.read_text() == wanted):
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(CHECKOV_VENV)], check=True)
            subprocess.run(
                [str(CHECKOV_VENV / "bin" / "pip"), "install", "-q", "--disable-pip-version-check"]
                + ["-r", str(CHECKOV_REQUIREMENTS)],
                check=True,
            )
            stamp.write_text(wanted)
    return executable
