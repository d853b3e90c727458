"""The fault campaign, short: every kind of fault once, on the emulators, with two decider replicas.

`retention reliability` runs the full campaign (2,000 events, three replicas) and writes the report.
"""

from __future__ import annotations

import pytest

from retention import stack
from retention.reliability import KILL, OUTAGE, POISON, CampaignConfig, run_campaign

pytestmark = pytest.mark.integration


def test_under_kills_an_outage_duplicates_and_poison_nothing_is_lost_or_spent_twice(tmp_path):
    missing = stack.emulators_installed()
    if missing:
        pytest.skip(f"emulators not available: {missing}")
    config = CampaignConfig(events=160, deciders=2, outage_s=4.0, seed=3, timeout_s=400)
    report = run_campaign(config, tmp_path, progress=False)

    assert report.events_sent == 160
    assert report.events_lost == 0 and report.events_processed == 160
    assert report.double_spends == 0
    assert report.overspend == 0.0
    assert report.limit_breaches == 0, report.details["breaches_by_kind"]
    details = report.details
    assert details["unexpected_actions"] == [] and details["valid_events_dead_lettered"] == []
    # The budget (0.2 per event) binds: the replicas spent it to within a few offers, never beyond.
    assert details["ledger_budget_spent"] == details["offers_granted_in_actions"]
    first_period, *_ = sorted(details["budget_spent_by_period"])
    for period, spent in details["budget_spent_by_period"].items():
        assert spent <= details["budget_allocated_by_period"][period] <= config.budget, period
    assert details["budget_spent_by_period"][first_period] > 0.5 * config.budget
    # Each kind of fault happened: every service killed, Firestore cut off, poison published.
    kinds = {name.split(" ")[0] if name.startswith(KILL) else name for name in report.faults_injected}
    assert kinds == {"kill", OUTAGE, POISON}
    killed = {name.removeprefix(f"{KILL} ") for name in report.faults_injected if name.startswith(KILL)}
    assert killed == {"scorer", "decider", "decider-2", "messenger", "shield"}
    # Poison: all of it in the dead-letter topic with its reason, the always-failing ones after retries.
    assert details["poison_dead_lettered"] == details["poison_sent"] == 6
    reasons = details["poison_reasons"]
    assert reasons["poison-invalid-1"]["reason"].startswith("facts.tenure:")
    assert reasons["poison-failing-0"]["reason"].startswith("failed 5 deliveries")
