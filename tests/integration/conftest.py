"""Fixtures of the emulator tests: the emulators once per session, the services once per test.

Each test has a project of its own, so its topics, subscriptions and ledger are fresh, and a
subscription of a previous test never sees its messages.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from google.cloud import pubsub_v1
from integration.emulator_support import Reader

from retention import settings as settings_module
from retention import stack
from retention.firestore_ledger import FirestoreLedger


@pytest.fixture(scope="session")
def emulators(tmp_path_factory) -> Iterator[stack.StackConfig]:
    missing = stack.emulators_installed()
    if missing:
        pytest.skip(f"emulators not available: {missing}")
    config = stack.StackConfig.isolated(tmp_path_factory.mktemp("emulators"))
    started = stack.Stack(config)
    started.start_emulators()
    yield config
    started.stop_emulators()


@pytest.fixture
def config(emulators, tmp_path, monkeypatch) -> stack.StackConfig:
    """This test's stack: the session's emulators, a new project, a free gRPC port, its own logs.

    The test process's own clients find the same emulators and project through the environment.
    """
    (grpc_port,) = stack.free_ports(1)
    runtime = replace(
        emulators.runtime, project=stack.unique_project(), grpc_address=f"127.0.0.1:{grpc_port}"
    )
    for name, value in {
        **runtime.emulator_environment(),
        "RETENTION_PROJECT": runtime.project,
        "DECIDER_GRPC_ADDRESS": runtime.grpc_address,
    }.items():
        monkeypatch.setenv(name, value)
    return replace(emulators, runtime=runtime, state_dir=tmp_path / "stack")


@pytest.fixture
def start(config) -> Iterator[Callable[..., stack.Stack]]:
    """Creates the topology and starts the named services (default all four); stops them after the test."""
    running: list[stack.Stack] = []

    def start_services(*names: str) -> stack.Stack:
        services = stack.Stack(config)
        services.ensure_topology()
        running.append(services)
        services.start_services(names or stack.SERVICES)
        return services

    yield start_services
    for services in running:
        services.stop_services()
        for name in stack.SERVICES:  # shown only when the test failed
            print(f"--- {name} log (last lines)\n{stack.log_tail(config.log_file(name), 15)}")


@pytest.fixture
def ledger(config) -> Iterator[FirestoreLedger]:
    """The test's Firestore ledger, read from the test process."""
    settings = settings_module.load()
    opened = FirestoreLedger(config.runtime.project, settings.limits, settings.offers)
    yield opened
    opened.close()


@pytest.fixture
def subscribe(config) -> Iterator[Callable[[str, str | None], Reader]]:
    """subscribe(topic): a Reader of a new subscription on it; subscribe(None, name): of an existing one."""
    subscriber = pubsub_v1.SubscriberClient()
    project = config.runtime.project

    def make(topic: str | None, name: str | None = None) -> Reader:
        name = name or f"test-{topic}-{time.monotonic_ns()}"
        path = subscriber.subscription_path(project, name)
        if topic is not None:
            subscriber.create_subscription(
                request={
                    "name": path,
                    "topic": f"projects/{project}/topics/{topic}",
                    "ack_deadline_seconds": 10,
                }
            )
        return Reader(subscriber, path)

    yield make
    subscriber.close()
