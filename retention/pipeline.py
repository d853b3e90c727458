"""The four stages of the pipeline, and the embedded pipeline that runs them in one process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from google.protobuf.message import Message

from retention import settings as settings_module
from retention import topology
from retention.bus import InProcessBus, Stage
from retention.facts import InvalidField, parse_event, validate_decision, validate_event
from retention.ledger import Ledger, SqliteLedger
from retention.settings import Settings
from retention.v1 import retention_pb2 as pb
from services.decider.handler import Decider
from services.decider.policy import Policy, serving_policy
from services.messenger.handler import Messenger
from services.scorer.handler import Scorer
from services.shield.handler import Shield

if TYPE_CHECKING:
    from services.scorer.model import ScoringModels


def parser(message_type: type[Message]) -> Callable[[bytes], Message]:
    """Decodes a pipeline message and validates the customer event it carries and what was added to it."""

    def parse(data: bytes) -> Message:
        message = message_type()
        try:
            message.ParseFromString(data)
        except Exception as error:  # DecodeError and friends: the bytes are not this message
            raise InvalidField(
                "payload", f"not a serialized {message_type.DESCRIPTOR.full_name} ({error})"
            ) from None
        validate_message(message)
        return message

    return parse


def validate_message(message: Message) -> None:
    # The decider checks the scores of a ScoredEvent itself (services/decider/handler.py).
    validate_event(message.event)
    if isinstance(message, pb.DecidedEvent | pb.MessageDraft):
        if not message.HasField("decision"):
            raise InvalidField("decision", "is missing")
        validate_decision(message.decision, message.event)


def scorer_stage(scorer: Scorer) -> Stage:
    return Stage(topology.link_for("scorer"), parse_event, scorer.score)


def decider_stage(decider: Decider) -> Stage:
    return Stage(topology.link_for("decider"), parser(pb.ScoredEvent), decider.on_scored)


def messenger_stage(messenger: Messenger) -> Stage:
    return Stage(topology.link_for("messenger"), parser(pb.DecidedEvent), messenger.draft)


def shield_stage(shield: Shield) -> Stage:
    return Stage(topology.link_for("shield"), parser(pb.MessageDraft), shield.check)


def default_policy(settings: Settings) -> Policy:
    """The learned policy of `<RETENTION_ARTIFACTS>/policy/`, guarded by the rule baseline:
    FORCE_BASELINE=true, a missing or failing policy or a latency overrun serve the baseline, as recorded
    in the decision."""
    return serving_policy(settings)


class Components:
    """The four handlers wired to one ledger: what the embedded pipeline and the gRPC API share."""

    def __init__(self, models: ScoringModels, ledger: Ledger, settings: Settings):
        self.settings = settings
        self.scorer = Scorer(models)
        self.decider = Decider(ledger, default_policy(self.settings), self.settings)
        self.messenger = Messenger()
        self.shield = Shield()
        self.ledger = ledger

    @classmethod
    def from_artifacts(cls, artifacts_dir: Path, ledger: Ledger, settings: Settings) -> Components:
        from services.scorer import model

        return cls(model.load(artifacts_dir, settings.offers), ledger, settings)

    def stages(self) -> list[Stage]:
        return [
            scorer_stage(self.scorer),
            decider_stage(self.decider),
            messenger_stage(self.messenger),
            shield_stage(self.shield),
        ]

    def retain(self, event: pb.CustomerEvent) -> pb.RetentionAction:
        """The whole pipeline for one event, called directly (no bus)."""
        decided = self.decider.on_scored(self.scorer.score(event))
        return self.shield.check(self.messenger.draft(decided))


class EmbeddedPipeline:
    """One process, an in-process bus and a SQLite ledger, the same stages as the stack."""

    def __init__(self, models: ScoringModels, ledger_path: Path | str, settings: Settings | None = None):
        self.settings = settings or settings_module.load()
        self.ledger = SqliteLedger(ledger_path, self.settings.limits, self.settings.offers)
        self.components = Components(models, self.ledger, self.settings)
        self.bus = InProcessBus()
        self.bus.create_topology()
        for stage in self.components.stages():
            stage.attach(self.bus)

    def publish(self, event: pb.CustomerEvent) -> None:
        self.bus.publish(topology.CUSTOMER_EVENTS, event.SerializeToString(), {"event_id": event.event_id})

    def run(self) -> tuple[list[pb.RetentionAction], dict[str, list]]:
        """Deliver everything published; returns the actions and the dead letters by topic."""
        self.bus.run_until_idle()
        actions = [
            pb.RetentionAction.FromString(d.data) for d in self.bus.drain(topology.ACTIONS_SUBSCRIPTION)
        ]
        dead = {t: self.bus.drain(topology.dead_letter_subscription(t)) for t in topology.TOPICS[:-1]}
        return actions, dead

    def close(self) -> None:
        self.ledger.close()
