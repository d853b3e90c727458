"""retention.stack without emulators: its errors, and process handling with stand-in services."""

from __future__ import annotations

import signal
import socket
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from retention import stack


def script(path: Path, body: str) -> str:
    """An executable that stands in for the services' Python (it is called as `script -m services.x`)."""
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


@pytest.fixture
def config(tmp_path) -> stack.StackConfig:
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir()
    (artifacts / "risk.model.json").write_text("{}")
    isolated = stack.StackConfig.isolated(tmp_path / "state")
    return replace(isolated, runtime=replace(isolated.runtime, artifacts_dir=artifacts))


def test_a_missing_emulator_names_its_package_and_the_compose_file(monkeypatch):
    monkeypatch.setattr(stack, "sdk_roots", lambda: iter(()))
    monkeypatch.setattr(stack, "_dpkg_files", lambda package: [])
    monkeypatch.setattr(stack, "_java", lambda: "/usr/bin/java")
    with pytest.raises(stack.EmulatorMissing) as missing:
        stack.pubsub_command("127.0.0.1:8085")
    assert stack.PUBSUB_PACKAGE in str(missing.value) and "docker-compose.yml" in str(missing.value)
    with pytest.raises(stack.EmulatorMissing, match=stack.FIRESTORE_PACKAGE):
        stack.firestore_command("127.0.0.1:8086")


def test_a_port_in_use_is_refused_with_a_hint():
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        address = f"127.0.0.1:{listening.getsockname()[1]}"
        with pytest.raises(stack.StackError, match="already in use"):
            stack.require_free(address, "pubsub-emulator")


def test_missing_models_say_make_artifacts(config, tmp_path):
    empty = replace(config, runtime=replace(config.runtime, artifacts_dir=tmp_path / "none"))
    with pytest.raises(stack.StackError, match="make artifacts"):
        stack.Stack(empty).start_services()


def test_a_service_that_dies_during_start_shows_its_last_log_lines(config, tmp_path):
    dying = replace(
        config, python=script(tmp_path / "py", 'echo "ArtifactsMissing: risk.model.json"; exit 3\n')
    )
    with pytest.raises(stack.StackError) as error:
        stack.Stack(dying).start_service("scorer")
    assert "exited with status 3" in str(error.value) and "ArtifactsMissing" in str(error.value)
    assert stack.Stack(dying).status() == {}


def test_services_start_on_their_ready_line_and_stop_by_process_group(config, tmp_path):
    ready = '{"message": "ready"}'
    fake = replace(config, python=script(tmp_path / "py", f"echo '{ready}'\nsleep 60 & wait\n"))
    running = stack.Stack(fake)
    running.start_services(("scorer", "shield"))
    status = running.status()
    assert {name: record["running"] for name, record in status.items()} == {"scorer": True, "shield": True}
    assert fake.log_file("scorer").read_text().count(ready) == 1

    # Another `retention` process finds them through pids.json.
    elsewhere = stack.Stack(fake)
    assert all(record["running"] for record in elsewhere.status().values())
    elsewhere.kill("scorer", signal.SIGKILL)
    assert set(elsewhere.status()) == {"shield"}
    running.start_service("scorer")  # a restart appends to the log and waits for the new ready line
    assert fake.log_file("scorer").read_text().count(ready) == 2
    assert sorted(elsewhere.down()) == ["scorer", "shield"]
    assert stack.Stack(fake).status() == {}


def test_up_refuses_to_start_over_a_running_stack(config, tmp_path):
    fake = replace(config, python=script(tmp_path / "py", 'echo \'{"message": "ready"}\'\nsleep 60 & wait\n'))
    running = stack.Stack(fake)
    running.start_service("messenger")
    try:
        with pytest.raises(stack.StackError, match="stack down"):
            stack.Stack(fake).up()
        assert running.status()["messenger"]["running"]
    finally:
        running.down()
