"""Runtime configuration of a service process, read once from the environment at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from retention.settings import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class RuntimeConfig:
    """Where a service finds its broker, its database and its models.

    Every field has a local default matching the process stack (`retention stack up`); on Cloud Run
    the same variables point at the real services.
    """

    project: str = "retention-local"  # RETENTION_PROJECT (or GOOGLE_CLOUD_PROJECT)
    bus: str = "pubsub"  # RETENTION_BUS: pubsub | memory
    ledger: str = "firestore"  # RETENTION_LEDGER: firestore | sqlite
    pubsub_emulator_host: str = "127.0.0.1:8085"  # PUBSUB_EMULATOR_HOST ("" on Google Cloud)
    firestore_emulator_host: str = "127.0.0.1:8086"  # FIRESTORE_EMULATOR_HOST ("" on Google Cloud)
    grpc_address: str = "127.0.0.1:50051"  # DECIDER_GRPC_ADDRESS, where the decider serves gRPC
    artifacts_dir: Path = REPO_ROOT / "artifacts"  # RETENTION_ARTIFACTS
    sqlite_path: Path = REPO_ROOT / ".stack" / "ledger.sqlite"  # RETENTION_SQLITE_PATH
    log_level: str = "INFO"  # RETENTION_LOG_LEVEL
    max_messages: int = 32  # RETENTION_MAX_MESSAGES: Pub/Sub flow control, messages in flight per service

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> RuntimeConfig:
        env = dict(os.environ if environ is None else environ)
        defaults = cls()
        config = cls(
            project=env.get("RETENTION_PROJECT") or env.get("GOOGLE_CLOUD_PROJECT") or defaults.project,
            bus=env.get("RETENTION_BUS", defaults.bus),
            ledger=env.get("RETENTION_LEDGER", defaults.ledger),
            pubsub_emulator_host=env.get("PUBSUB_EMULATOR_HOST", defaults.pubsub_emulator_host),
            firestore_emulator_host=env.get("FIRESTORE_EMULATOR_HOST", defaults.firestore_emulator_host),
            grpc_address=env.get("DECIDER_GRPC_ADDRESS", defaults.grpc_address),
            artifacts_dir=Path(env.get("RETENTION_ARTIFACTS", defaults.artifacts_dir)),
            sqlite_path=Path(env.get("RETENTION_SQLITE_PATH", defaults.sqlite_path)),
            log_level=env.get("RETENTION_LOG_LEVEL", defaults.log_level),
            max_messages=_int(env, "RETENTION_MAX_MESSAGES", defaults.max_messages),
        )
        if config.bus not in ("pubsub", "memory"):
            raise ConfigError(f"RETENTION_BUS={config.bus!r}: expected 'pubsub' or 'memory'")
        if config.ledger not in ("firestore", "sqlite"):
            raise ConfigError(f"RETENTION_LEDGER={config.ledger!r}: expected 'firestore' or 'sqlite'")
        return config

    def emulator_environment(self) -> dict[str, str]:
        """The variables the official Google clients read to talk to the emulators."""
        env = {"GOOGLE_CLOUD_PROJECT": self.project}
        if self.pubsub_emulator_host:
            env["PUBSUB_EMULATOR_HOST"] = self.pubsub_emulator_host
        if self.firestore_emulator_host:
            env["FIRESTORE_EMULATOR_HOST"] = self.firestore_emulator_host
        return env


def _int(env: dict[str, str], name: str, default: int) -> int:
    try:
        return int(env.get(name, default))
    except ValueError:
        raise ConfigError(f"{name}={env[name]!r} is not an integer") from None
