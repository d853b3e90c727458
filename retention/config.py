"""Runtime configuration of a service process, read once from the environment at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from retention.settings import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent

GRPC_TOKEN_ENV = "RETENTION_GRPC_TOKEN"
# The bearer token of the local stack (`retention stack up`, docker-compose.yml) and of the CLI when
# RETENTION_GRPC_TOKEN is not set, so that they work together without setup. It is public: never
# use it where the decider can be reached from outside the machine.
LOCAL_GRPC_TOKEN = "local-dev-token"
# token: the decider checks the bearer token itself. cloud-run-iam: the decider checks nothing, for a
# deployment where Cloud Run IAM checks every caller's Google ID token before a request gets through.
GRPC_AUTH_MODES = ("token", "cloud-run-iam")


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
    grpc_auth: str = "token"  # RETENTION_GRPC_AUTH: how the decider's gRPC API checks callers
    grpc_token: str = field(default="", repr=False)  # RETENTION_GRPC_TOKEN; repr=False: never printed
    # RETENTION_CHAOS=1: stages fail on messages marked for them (retention.faults); the reliability
    # campaign's stack only, never production.
    chaos: bool = False

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
            grpc_auth=env.get("RETENTION_GRPC_AUTH", defaults.grpc_auth),
            grpc_token=env.get(GRPC_TOKEN_ENV, defaults.grpc_token).strip(),
            chaos=env.get("RETENTION_CHAOS", "") == "1",
        )
        if config.bus not in ("pubsub", "memory"):
            raise ConfigError(f"RETENTION_BUS={config.bus!r}: expected 'pubsub' or 'memory'")
        if config.ledger not in ("firestore", "sqlite"):
            raise ConfigError(f"RETENTION_LEDGER={config.ledger!r}: expected 'firestore' or 'sqlite'")
        if config.grpc_auth not in GRPC_AUTH_MODES:
            raise ConfigError(f"RETENTION_GRPC_AUTH={config.grpc_auth!r}: expected one of {GRPC_AUTH_MODES}")
        return config

    def required_grpc_token(self) -> str | None:
        """The bearer token the decider's gRPC API demands, or None under Cloud Run IAM.

        Only the decider asks, at start-up: the other services never see the token, so a missing one
        stops the decider alone.
        """
        if self.grpc_auth == "cloud-run-iam":
            return None
        if not self.grpc_token:
            raise ConfigError(
                f"{GRPC_TOKEN_ENV} is not set: the decider's gRPC API needs the bearer token its callers "
                "send (`retention stack up` and docker-compose.yml set a local one), or "
                "RETENTION_GRPC_AUTH=cloud-run-iam where Cloud Run IAM checks the callers"
            )
        return self.grpc_token

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
