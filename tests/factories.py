"""Test doubles and builders shared by the tests: a fake scoring model and customer events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from retention.facts import timestamp
from retention.v1 import retention_pb2 as pb


@dataclass(frozen=True)
class Reason:
    feature: str
    contribution: float


class FakeModels:
    """Churn risk grows with the monthly bill and falls with tenure: enough to exercise the handlers."""

    risk_version = "fake-risk"
    accept_version = "fake-accept"

    def __init__(self, levels: int = 4):
        self.levels = levels

    def churn_risk(self, facts: Sequence[pb.CustomerFacts]) -> np.ndarray:
        return np.array(
            [min(0.99, f.monthly_charges / 120.0) * (0.5 if f.tenure > 24 else 1.0) for f in facts]
        )

    def risk_reasons(self, facts: Sequence[pb.CustomerFacts], top: int = 3) -> list[list[Reason]]:
        return [[Reason("monthly_charges", 0.5), Reason("tenure", 0.2)][:top] for _ in facts]

    def risk_with_reasons(self, facts: Sequence[pb.CustomerFacts], top: int = 3):
        return self.churn_risk(facts), self.risk_reasons(facts, top)

    def accept_probability(self, facts, histories, at) -> np.ndarray:
        return np.tile(np.linspace(0.1, 0.4, self.levels), (len(facts), 1))


def make_facts(**overrides) -> pb.CustomerFacts:
    facts = pb.CustomerFacts(
        gender="Female",
        senior_citizen=False,
        partner="Yes",
        dependents="No",
        tenure=5,
        phone_service="Yes",
        multiple_lines="No",
        internet_service="Fiber optic",
        online_security="No",
        online_backup="No",
        device_protection="No",
        tech_support="No",
        streaming_tv="Yes",
        streaming_movies="Yes",
        contract="Month-to-month",
        paperless_billing="Yes",
        payment_method="Electronic check",
        monthly_charges=100.0,
        total_charges=500.0,
        first_name="Maya",
        time_zone="Europe/Paris",
        contact_consent=True,
    )
    for name, value in overrides.items():
        setattr(facts, name, value)
    return facts


def make_event(
    event_id: str = "evt-1",
    customer_id: str = "0001-ABCD",
    at: datetime = datetime(2026, 11, 10, 12, 0, tzinfo=UTC),
    **facts,
) -> pb.CustomerEvent:
    event = pb.CustomerEvent(event_id=event_id, customer_id=customer_id, facts=make_facts(**facts))
    event.occurred_at.CopyFrom(timestamp(at))
    return event


# The shield's sentence tests: one sentence inside an otherwise good message to Maya (make_event's customer:
# 5 months with us, $100.00 a month) offering 20% off for 3 months, then an opt-out line.
SHIELD_DECISION = pb.Decision(
    contact=True, offer_level=2, offer_percent=20.0, offer_months=3, offer_cost=60.0
)
SHIELD_EVENT = make_event()
SHIELD_GOOD = "Hi Maya, thank you for your 5 months with us. We can take 20% off your bill for 3 months."


def shield_codes(
    sentence: str, opt_out: str = "Reply STOP to opt out.", event: pb.CustomerEvent = SHIELD_EVENT
) -> list[str]:
    """The shield's reason codes for SHIELD_GOOD, `sentence` and `opt_out` (either may be empty)."""
    from services.shield.handler import problems  # only the shield's tests pay for loading it

    text = " ".join(part for part in (SHIELD_GOOD, sentence, opt_out) if part)
    return problems(text, SHIELD_DECISION, None, event)
