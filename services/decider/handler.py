"""The decider's pure handler: ScoredEvent in, Decision out, taken once per event through the ledger.

A share of customers, fixed by a hash of their id, is the control group: never contacted, and marked so,
so that the incremental retention of the program can be measured.
"""

from __future__ import annotations

import hashlib
import math
from datetime import datetime

from retention import limits
from retention.facts import InvalidField, event_time, timestamp
from retention.ledger import DecisionRequest, Ledger
from retention.limits import LedgerState
from retention.settings import Settings
from retention.v1 import retention_pb2 as pb
from services.decider.policy import Policy


def in_control_group(customer_id: str, share: float) -> bool:
    """Deterministic by customer id: the same customers stay in the control group on every event."""
    digest = hashlib.sha256(f"control/{customer_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 0x100000000 < share


def validate_scored(scored: pb.ScoredEvent, levels: int) -> None:
    """The scores of an event from the bus (the stage's parser has checked the event itself): a NaN risk
    must not become a contact."""
    if not (math.isfinite(scored.churn_risk) and 0.0 <= scored.churn_risk <= 1.0):
        raise InvalidField("churn_risk", f"{scored.churn_risk!r} is not a probability")
    if len(scored.accept_probability) != levels:
        raise InvalidField(
            "accept_probability",
            f"has {len(scored.accept_probability)} values, expected one per offer level ({levels})",
        )
    for level, probability in enumerate(scored.accept_probability):
        if not (math.isfinite(probability) and 0.0 <= probability <= 1.0):
            raise InvalidField(f"accept_probability[{level}]", f"{probability!r} is not a probability")


class Decider:
    def __init__(self, ledger: Ledger, policy: Policy, settings: Settings):
        self.ledger = ledger
        self.policy = policy
        self.settings = settings

    def decide(self, scored: pb.ScoredEvent) -> pb.Decision:
        r = self._request(scored)
        decision, _taken_now = self.ledger.decide_once(r.event_id, r.customer_id, r.at, r.consent, r.choose)
        return _same_customer(decision, scored.event)

    def on_scored_many(self, batch: list[pb.ScoredEvent]) -> list[pb.DecidedEvent]:
        """`on_scored` for a pulled batch, its decisions taken in one ledger call (on Firestore, one
        transaction). Raises as soon as one event fails; the stage then decides each alone, and those
        this call already decided are found recorded."""
        for scored in batch:
            validate_scored(scored, self.settings.offers.levels)
        results = self.ledger.decide_many([self._request(scored) for scored in batch])
        decided = []
        for scored, result in zip(batch, results, strict=True):
            if isinstance(result, Exception):
                raise result
            decided.append(
                pb.DecidedEvent(event=scored.event, decision=_same_customer(result[0], scored.event))
            )
        return decided

    def _request(self, scored: pb.ScoredEvent) -> DecisionRequest:
        event = scored.event
        return DecisionRequest(
            event.event_id,
            event.customer_id,
            event_time(event),
            event.facts.contact_consent,
            lambda state: self._choose(scored, state),
        )

    def warm_up(self, scored: pb.ScoredEvent) -> pb.Decision:
        """The decision `scored` would get from an empty ledger, taking nothing: run once at start-up, so
        that the first real decision does not pay for the policy's first call."""
        at = event_time(scored.event)
        return self._choose(scored, LedgerState((), 0.0, limits.budget_period(at)))

    def on_scored(self, scored: pb.ScoredEvent) -> pb.DecidedEvent:
        validate_scored(scored, self.settings.offers.levels)
        return pb.DecidedEvent(event=scored.event, decision=self.decide(scored))

    def _choose(self, scored: pb.ScoredEvent, state: LedgerState) -> pb.Decision:
        """Runs inside the ledger transaction: the policy's wish, bounded by the hard limits."""
        event, facts = scored.event, scored.event.facts
        at = event_time(event)
        offers = self.settings.offers
        share = self.settings.economics.control_share
        if facts.contact_consent and in_control_group(event.customer_id, share):
            return self._control(scored, state, share)
        wish = self.policy.choose(scored, state)
        allowed = limits.constrain(
            self.settings.limits,
            offers,
            state,
            at,
            facts.contact_consent,
            facts.monthly_charges,
            wish.contact,
            wish.offer_level,
        )
        reasons = list(wish.reasons)
        if allowed.constrained_by:
            reasons.append("limited by " + ", ".join(allowed.constrained_by))
        name, version = wish.policy_name or self.policy.name, wish.policy_version or self.policy.version
        decision = pb.Decision(
            event_id=event.event_id,
            customer_id=event.customer_id,
            contact=allowed.contact,
            offer_level=allowed.offer_level,
            offer_percent=offers.percent(allowed.offer_level) if allowed.contact else 0.0,
            offer_months=offers.months if allowed.contact and allowed.offer_level else 0,
            offer_cost=offers.cost(allowed.offer_level, facts.monthly_charges) if allowed.contact else 0.0,
            followup_days=wish.followup_days if allowed.contact else 0,
            policy_name=name,
            policy_version=version,
            reasons=reasons,
            constrained_by=list(allowed.constrained_by),
            action_probability=wish.action_probability,
        )
        return _with_scores(decision, scored, state, at)

    def _control(self, scored: pb.ScoredEvent, state: LedgerState, share: float) -> pb.Decision:
        """A control-group customer: no contact, whatever the policy would do (probability 1)."""
        event = scored.event
        decision = pb.Decision(
            event_id=event.event_id,
            customer_id=event.customer_id,
            contact=False,
            policy_name=self.policy.name,
            policy_version=self.policy.version,
            reasons=[f"control group ({share:.0%} of customers by id): never contacted"],
            action_probability=1.0,
            control_group=True,
        )
        return _with_scores(decision, scored, state, event_time(event))


def _same_customer(decision: pb.Decision, event: pb.CustomerEvent) -> pb.Decision:
    if decision.customer_id != event.customer_id:
        # A replay of an event id is the same customer's; the decision recorded is another customer's.
        raise InvalidField("event_id", "was already decided for another customer")
    return decision


def _with_scores(
    decision: pb.Decision, scored: pb.ScoredEvent, state: LedgerState, at: datetime
) -> pb.Decision:
    """What every decision carries besides the choice: the scores, the period, the versions, the time."""
    decision.churn_risk = scored.churn_risk
    decision.accept_probability.extend(scored.accept_probability)
    decision.risk_reasons.extend(scored.risk_reasons)
    decision.budget_period = state.period
    decision.model_versions.CopyFrom(scored.model_versions)
    decision.model_versions.policy = f"{decision.policy_name}@{decision.policy_version}"
    decision.decided_at.CopyFrom(timestamp(at))
    return decision
