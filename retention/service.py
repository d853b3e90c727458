"""What every service process shares: configuration, logging, the bus, signals, readiness."""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import replace

from retention import log
from retention import settings as settings_module
from retention.bus import Bus, Stage
from retention.config import RuntimeConfig
from retention.ledger import Ledger, SqliteLedger
from retention.settings import ConfigError, Settings

READY_MESSAGE = "ready"  # the log line `retention stack up` waits for


def make_bus(config: RuntimeConfig) -> Bus:
    if config.bus != "pubsub":
        raise ValueError(
            "a service process needs RETENTION_BUS=pubsub; the in-process bus is for `retention demo`"
        )
    from retention.pubsub_bus import PubSubBus

    return PubSubBus(config.project, max_messages=config.max_messages)


def make_ledger(config: RuntimeConfig, settings: Settings) -> Ledger:
    if config.ledger == "sqlite":
        config.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteLedger(config.sqlite_path, settings.limits, settings.offers)
    from retention.firestore_ledger import FirestoreLedger

    return FirestoreLedger(config.project, settings.limits, settings.offers)


def run(
    service: str,
    build: Callable[[RuntimeConfig, Settings], Stage],
    on_stop: Callable[[], None] | None = None,
) -> None:
    """Start a pipeline service: build its stage, consume until SIGTERM or SIGINT, then stop cleanly."""
    try:
        config = RuntimeConfig.from_env()
        logger = log.setup(service, config.log_level)
        os.environ.update(config.emulator_environment())  # the Google clients read these
        stage = replace(build(config, settings_module.load()), chaos=config.chaos)
    except ConfigError as error:
        # A setting is missing or wrong: one line that names it, rather than a traceback.
        raise SystemExit(f"{service}: configuration error: {error}") from None
    bus = make_bus(config)
    stopping = threading.Event()

    def stop(signum: int, _frame: object) -> None:
        log.event(logger, "stopping", signal=signal.Signals(signum).name)
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    stage.attach(bus)
    log.event(
        logger, READY_MESSAGE, service=service, subscription=stage.link.subscription, project=config.project
    )
    try:
        while not stopping.wait(0.5):
            bus.check()  # raises if the subscriber died, so the process exits and gets restarted
    finally:
        bus.close()
        if on_stop:
            on_stop()
        log.event(logger, "stopped", logging.INFO, service=service)
