"""The four stages of the pipeline, and the embedded pipeline that runs them in one process."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from google.protobuf.message import Message

from retention import settings as settings_module
from retention import topology
from retention.bus import InProcessBus, Stage
from retention.facts import InvalidField, parse_event, timestamp, validate_decision, validate_event
from retention.ledger import Ledger, SqliteLedger
from retention.settings import Settings
from retention.v1 import retention_pb2 as pb
from services.decider.handler import Decider
from services.decider.policy import Policy, serving_policy
from services.messenger.handler import Messenger, TemplateWriter
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
    # A pulled batch is scored in one call of each model.
    return Stage(topology.link_for("scorer"), parse_event, scorer.score, handle_many=scorer.score_many)


def decider_stage(decider: Decider) -> Stage:
    # A pulled batch is decided in one ledger call: one transaction on Firestore.
    return Stage(
        topology.link_for("decider"),
        parser(pb.ScoredEvent),
        decider.on_scored,
        handle_many=decider.on_scored_many,
    )


def messenger_stage(messenger: Messenger) -> Stage:
    # Templates take microseconds, so a pulled batch goes together (its results published at once); a
    # language model takes seconds per message, and each message leaves as soon as it is written.
    fast = isinstance(messenger.writer, TemplateWriter)
    return Stage(
        topology.link_for("messenger"),
        parser(pb.DecidedEvent),
        messenger.draft,
        handle_many=each(messenger.draft) if fast else None,
    )


def shield_stage(shield: Shield) -> Stage:
    return Stage(
        topology.link_for("shield"), parser(pb.MessageDraft), shield.check, handle_many=each(shield.check)
    )


def each(handle: Callable[[Message], Message]) -> Callable[[list[Message]], list[Message]]:
    """A batch handler that handles its messages in turn: the batch still saves the per-message publish
    and acknowledgement round trips."""
    return lambda messages: [handle(message) for message in messages]


def default_policy(settings: Settings) -> Policy:
    """The learned policy of `<RETENTION_ARTIFACTS>/policy/`, guarded by the rule baseline:
    FORCE_BASELINE=true, a missing or failing policy or a latency overrun serve the baseline, as recorded
    in the decision."""
    return serving_policy(settings)


# The customer of `Components.warm_up`: a made-up month-to-month fibre customer, as many real ones are.
WARM_UP_FACTS = pb.CustomerFacts(
    gender="Female", partner="No", dependents="No", tenure=3, phone_service="Yes", multiple_lines="No",
    internet_service="Fiber optic", online_security="No", online_backup="No", device_protection="No",
    tech_support="No", streaming_tv="Yes", streaming_movies="Yes", contract="Month-to-month",
    paperless_billing="Yes", payment_method="Electronic check", monthly_charges=85.0, total_charges=255.0,
    first_name="Alex", time_zone="UTC", contact_consent=True,
)  # fmt: skip


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

    def warm_up(self) -> None:
        """A made-up customer through the scorer, the policy, the messenger and the shield's checks, never
        the ledger and never logged: the first real call then finds every lazy import done and every
        cache filled (on the development machine the first Decide took ~10 ms more than the next ones)."""
        event = pb.CustomerEvent(event_id="warm-up", customer_id="warm-up", facts=WARM_UP_FACTS)
        event.occurred_at.CopyFrom(timestamp(datetime.now(UTC)))
        validate_event(event)  # reads the time-zone database once (~25 ms), as every later check needs
        scored = self.scorer.score(event)
        self.decider.warm_up(scored)
        offers = self.settings.offers
        contact = pb.Decision(
            event_id=event.event_id,
            customer_id=event.customer_id,
            contact=True,
            offer_level=1,
            offer_percent=offers.percent(1),
            offer_months=offers.months,
        )
        self.shield.verdict(self.messenger.draft(pb.DecidedEvent(event=event, decision=contact)))

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
