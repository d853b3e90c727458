"""Serving the learned policy: what a decision records, its fallbacks, the kill switch, the control group."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
import torch
from factories import FakeModels, make_event

from retention.ledger import SqliteLedger
from retention.limits import ContactHistory, LedgerState
from services.decider.handler import Decider, in_control_group
from services.decider.policy import (
    GuardedPolicy,
    LearnedPolicy,
    PolicyChoice,
    RiskThresholdPolicy,
    event_uniform,
    serving_policy,
)
from services.scorer.handler import Scorer
from training.policy import exported
from training.policy.observation import OBSERVATION_FEATURES
from training.policy.ppo import Agent

AT = datetime(2026, 11, 10, 12, tzinfo=UTC)
FAKE = FakeModels()


def customers_outside_control(n: int, share: float = 0.05) -> list[str]:
    return [c for c in (f"cust-{i}" for i in range(10 * n)) if not in_control_group(c, share)][:n]


@pytest.fixture
def policy_dir(tmp_path):
    """An exported (untrained) actor, as if trained on the fake models."""
    torch.manual_seed(0)
    agent = Agent(len(OBSERVATION_FEATURES), 5, 16)
    card = {
        "name": "ppo",
        "trained_on": {"risk_model": FAKE.risk_version, "accept_model": FAKE.accept_version},
    }
    exported.save(tmp_path / "policy", agent.export_weights(), card)
    return tmp_path


@pytest.fixture
def learned(policy_dir, settings):
    calls = []

    def accept(facts, histories, at):
        calls.append(histories)
        return FAKE.accept_probability(facts, histories, at)

    policy = LearnedPolicy(exported.ExportedPolicy.load(policy_dir / "policy"), settings, accept)
    policy.calls = calls
    return policy


def scored(**kwargs):
    return Scorer(FAKE).score(make_event(**kwargs))


def decider_with(policy, tmp_path, settings):
    ledger = SqliteLedger(tmp_path / "ledger.sqlite", settings.limits, settings.offers)
    return Decider(ledger, policy, settings), ledger


def test_a_learned_decision_records_policy_version_and_the_probability_of_its_action(
    learned, tmp_path, settings
):
    decider, _ = decider_with(
        GuardedPolicy(learned, RiskThresholdPolicy(settings.rule_policy), 1e9), tmp_path, settings
    )
    for i, customer in enumerate(customers_outside_control(30)):
        event = scored(event_id=f"e{i}", customer_id=customer, monthly_charges=20.0 + 3 * i)
        decision = decider.decide(event)
        assert decision.policy_name == "ppo" and decision.policy_version == learned.version
        assert decision.model_versions.policy == f"ppo@{learned.version}"
        assert 0 < decision.action_probability <= 1
        again = learned.choose(
            event, LedgerState((), 0.0, "2026-11")
        )  # the same event samples the same action
        assert (again.contact, again.offer_level) == (
            decision.contact,
            decision.offer_level,
        ) or decision.constrained_by


def test_the_learned_policy_never_picks_what_the_limits_forbid(learned, settings):
    event = scored(monthly_charges=110.0, contact_consent=False)
    for budget_spent in (0.0, settings.limits.period_budget):
        choice = learned.choose(event, LedgerState((), budget_spent, "2026-11"))
        assert not choice.contact and choice.action_probability == pytest.approx(1.0)
    broke = LedgerState((), settings.limits.period_budget, "2026-11")
    for i in range(20):
        choice = learned.choose(scored(event_id=f"b{i}", monthly_charges=110.0), broke)
        assert not choice.contact or choice.offer_level == 0  # only the free contact fits in no budget


def test_acceptance_is_rescored_with_the_ledgers_history(learned):
    event = scored(at=AT)
    learned.choose(event, LedgerState((), 0.0, "2026-11"))
    assert learned.calls == []  # first contact: the scorer's acceptance is the right one
    learned.choose(event, LedgerState((AT - timedelta(days=9),), 0.0, "2026-11"))
    assert learned.calls == [[ContactHistory(campaign=2, pdays=9, previous=0)]]


def test_a_missing_policy_serves_the_baseline_and_says_so(tmp_path, settings):
    policy = serving_policy(settings, tmp_path, environ={})
    decider, _ = decider_with(policy, tmp_path, settings)
    decision = decider.decide(scored(customer_id=customers_outside_control(1)[0], monthly_charges=110.0))
    assert decision.policy_name == "risk_threshold" and decision.contact
    assert any(
        "fallback to risk_threshold: learned policy unavailable" in r and "missing" in r
        for r in decision.reasons
    )


def test_force_baseline_is_a_kill_switch(policy_dir, settings):
    policy = serving_policy(settings, policy_dir, environ={"FORCE_BASELINE": "true"})
    choice = policy.choose(scored(monthly_charges=110.0), LedgerState((), 0.0, "2026-11"))
    assert choice.policy_name == "risk_threshold" and "kill switch" in choice.reasons[-1]


def test_a_policy_trained_on_other_models_falls_back(learned, settings):
    guarded = GuardedPolicy(learned, RiskThresholdPolicy(settings.rule_policy), 1e9)
    event = scored(monthly_charges=110.0)
    event.model_versions.risk_model = "another-risk-model"
    choice = guarded.choose(event, LedgerState((), 0.0, "2026-11"))
    assert choice.policy_name == "risk_threshold" and "trained on" in choice.reasons[-1]


class Exploding:
    name, version = "ppo", "boom"

    def choose(self, scored, state):
        raise RuntimeError("weights corrupted")


def test_a_failing_policy_falls_back(settings):
    guarded = GuardedPolicy(Exploding(), RiskThresholdPolicy(settings.rule_policy))
    choice = guarded.choose(scored(monthly_charges=110.0), LedgerState((), 0.0, "2026-11"))
    assert choice.policy_name == "risk_threshold" and choice.contact
    assert "ppo failed: RuntimeError: weights corrupted" in choice.reasons[-1]


class Fixed:
    name, version = "ppo", "v1"

    def choose(self, scored, state):
        return PolicyChoice(False, 0, ("learned",), 0.7)


def test_a_policy_over_its_latency_budget_falls_back(settings):
    ticks = iter([0.0, 0.0035, 1.0, 1.0005])  # 3.5 ms, then 0.5 ms
    guarded = GuardedPolicy(
        Fixed(), RiskThresholdPolicy(settings.rule_policy), 2.0, clock=lambda: next(ticks)
    )
    slow = guarded.choose(scored(monthly_charges=110.0), LedgerState((), 0.0, "2026-11"))
    assert slow.policy_name == "risk_threshold" and "3.50 ms, over its 2 ms budget" in slow.reasons[-1]
    fast = guarded.choose(scored(monthly_charges=110.0), LedgerState((), 0.0, "2026-11"))
    assert fast.policy_name == "ppo" and fast.action_probability == 0.7


def test_control_group_is_deterministic_by_customer_and_about_its_share():
    ids = [f"customer-{i}" for i in range(20000)]
    first = [in_control_group(c, 0.05) for c in ids]
    assert first == [in_control_group(c, 0.05) for c in ids]
    assert 0.04 < np.mean(first) < 0.06
    assert not any(in_control_group(c, 0.0) for c in ids[:1000])


def test_control_customers_are_never_contacted_and_marked(tmp_path, settings):
    decider, ledger = decider_with(RiskThresholdPolicy(settings.rule_policy), tmp_path, settings)
    control = next(
        c for c in (f"c{i}" for i in range(1000)) if in_control_group(c, settings.economics.control_share)
    )
    decision = decider.decide(scored(customer_id=control, monthly_charges=110.0))
    assert not decision.contact and decision.control_group and decision.offer_cost == 0
    assert decision.action_probability == 1.0 and "control group" in decision.reasons[0]
    assert ledger.totals().budget_spent == 0
    no_consent = decider.decide(scored(event_id="e2", customer_id=control, contact_consent=False))
    assert not no_consent.control_group and no_consent.constrained_by == ["consent"]  # not eligible
    no_control = replace(settings, economics=replace(settings.economics, control_share=0.0))
    (tmp_path / "other").mkdir()
    decider, _ = decider_with(RiskThresholdPolicy(settings.rule_policy), tmp_path / "other", no_control)
    decision = decider.decide(scored(customer_id=control, monthly_charges=110.0))
    assert decision.contact and not decision.control_group


def test_event_uniform_is_fixed_by_the_event_id():
    assert event_uniform("e-1") == event_uniform("e-1") != event_uniform("e-2")
    assert 0 <= event_uniform("e-3") < 1
