import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from factories import FakeModels, make_event

from retention.facts import InvalidField
from retention.ledger import SqliteLedger
from retention.settings import ContactRules, Settings
from retention.v1 import retention_pb2 as pb
from services.decider.handler import Decider, validate_scored
from services.decider.policy import RiskThresholdPolicy
from services.scorer.handler import Scorer

AT = datetime(2026, 11, 10, 12, tzinfo=UTC)


@pytest.fixture
def make_decider(tmp_path, settings):
    def build(**limits) -> tuple[Decider, SqliteLedger]:
        tuned = Settings(settings.offers, replace(settings.limits, **limits), settings.rule_policy)
        ledger = SqliteLedger(tmp_path / f"ledger-{len(limits)}.sqlite", tuned.limits, tuned.offers)
        return Decider(ledger, RiskThresholdPolicy(tuned.rule_policy), tuned), ledger

    return build


def scored(**kwargs):
    return Scorer(FakeModels()).score(make_event(**kwargs))


def test_high_risk_customer_gets_an_offer_by_risk_band(make_decider):
    decider, ledger = make_decider()
    decision = decider.decide(scored(monthly_charges=110.0))  # fake risk 0.92 -> top band
    assert decision.contact and decision.offer_level == 3
    assert decision.offer_percent == 30 and decision.offer_cost == pytest.approx(110.0 * 0.3 * 3)
    assert decision.policy_name == "risk_threshold" and decision.action_probability == 1.0
    assert ledger.totals().budget_spent == pytest.approx(decision.offer_cost)


def test_low_risk_customer_is_not_contacted_and_spends_nothing(make_decider):
    decider, ledger = make_decider()
    decision = decider.decide(scored(monthly_charges=30.0))
    assert not decision.contact and decision.offer_cost == 0
    assert ledger.totals() == ledger.totals().__class__(1, 0, 0.0, 0.0)


def test_redelivered_event_returns_the_same_decision_and_spends_once(make_decider):
    decider, ledger = make_decider()
    first = decider.decide(scored(event_id="e1", monthly_charges=110.0))
    again = decider.decide(scored(event_id="e1", monthly_charges=110.0))
    assert first == again
    assert ledger.totals().decisions == 1 and ledger.totals().budget_spent == pytest.approx(first.offer_cost)


def test_cooldown_and_fatigue_are_recorded_as_constraints(make_decider):
    decider, _ = make_decider(cooldown_days=7, fatigue_cap=2)
    decider.decide(scored(event_id="a", at=AT, monthly_charges=110.0))
    soon = decider.decide(scored(event_id="b", at=AT + timedelta(days=2), monthly_charges=110.0))
    assert not soon.contact and soon.constrained_by == ["cooldown"]
    decider.decide(scored(event_id="c", at=AT + timedelta(days=8), monthly_charges=110.0))
    third = decider.decide(scored(event_id="d", at=AT + timedelta(days=16), monthly_charges=110.0))
    assert not third.contact and "fatigue" in third.constrained_by


def test_budget_is_never_overspent(make_decider):
    decider, ledger = make_decider(period_budget=200.0)
    decisions = [
        decider.decide(scored(event_id=f"e{i}", customer_id=f"c{i}", monthly_charges=110.0))
        for i in range(10)
    ]
    assert ledger.totals().budget_spent <= 200.0
    assert sum(d.offer_cost for d in decisions) == pytest.approx(ledger.totals().budget_spent)
    assert any("budget" in d.constrained_by for d in decisions)


def test_no_consent_no_contact(make_decider):
    decider, _ = make_decider()
    decision = decider.decide(scored(monthly_charges=110.0, contact_consent=False))
    assert not decision.contact and decision.constrained_by == ["consent"]


def test_rule_policy_version_names_its_thresholds(settings):
    assert "t0.5" in RiskThresholdPolicy(settings.rule_policy).version


def test_contact_rules_defaults_match_the_issue():
    assert ContactRules().cooldown_days == 7 and ContactRules().fatigue_cap == 3


def test_a_scored_event_that_is_not_a_probability_is_refused_with_the_field():
    scored = pb.ScoredEvent(event=make_event(), churn_risk=0.5, accept_probability=[0.1, 0.2, 0.3, 0.4])
    validate_scored(scored, 4)
    for field, change in (
        ("churn_risk", lambda s: setattr(s, "churn_risk", math.nan)),
        ("churn_risk", lambda s: setattr(s, "churn_risk", 1.5)),
        ("accept_probability", lambda s: s.accept_probability.pop()),
        ("accept_probability[1]", lambda s: s.accept_probability.__setitem__(1, -0.1)),
    ):
        bad = pb.ScoredEvent()
        bad.CopyFrom(scored)
        change(bad)
        with pytest.raises(InvalidField) as raised:
            validate_scored(bad, 4)
        assert raised.value.field == field


def test_a_batch_is_decided_as_its_events_one_by_one(make_decider):
    batch = [
        scored(event_id="a", customer_id="c1", at=AT, monthly_charges=110.0),
        scored(event_id="b", customer_id="c1", at=AT + timedelta(days=2), monthly_charges=110.0),  # cooldown
        scored(event_id="c", customer_id="c2", at=AT, monthly_charges=30.0),
    ]
    decider, ledger = make_decider(cooldown_days=7)
    together = decider.on_scored_many(batch)
    alone_decider, _ = make_decider(cooldown_days=7, fatigue_cap=3)  # another ledger file, same limits
    assert [d.decision for d in together] == [alone_decider.on_scored(s).decision for s in batch]
    assert [d.event.event_id for d in together] == ["a", "b", "c"]
    assert not together[1].decision.contact  # the first contact of c1, in the same batch, counts
    assert ledger.totals().decisions == 3


def test_one_bad_event_fails_the_batch_before_any_decision(make_decider):
    decider, ledger = make_decider()
    bad = scored(event_id="bad")
    bad.churn_risk = math.nan
    with pytest.raises(InvalidField, match="churn_risk"):
        decider.on_scored_many([scored(event_id="good"), bad])
    assert ledger.totals().decisions == 0
