"""The four services on the emulators: 200 Telco customers in, 200 retention actions out, each spent once."""

from __future__ import annotations

import pytest
from integration.emulator_support import actions_of, distinct_event_ids

from retention import cli, data, topology
from retention import settings as settings_module

pytestmark = pytest.mark.integration

EVENTS = 200


def publish_telco(batch_id: str, limit: int = EVENTS) -> None:
    """`retention publish`: the official publisher client, event ids stable per (batch, customer)."""
    csv = data.data_dir() / data.TELCO_FILE
    assert cli.main(["publish", "--csv", str(csv), "--limit", str(limit), "--batch-id", batch_id]) == 0


def test_events_become_actions_once_and_a_replay_changes_nothing(start, subscribe, ledger):
    start()
    actions = subscribe(topology.RETENTION_ACTIONS)  # a fresh subscription, made before publishing

    publish_telco("first")
    first = actions_of(actions.take(distinct_event_ids(EVENTS), timeout_s=180))
    assert len({a.event_id for a in first}) == EVENTS
    assert len(first) == EVENTS  # no duplicates, and nothing more after the settle

    spent = sum(a.decision.offer_cost for a in first)
    totals = ledger.totals()
    assert totals.decisions == EVENTS
    assert totals.contacts == sum(a.decision.contact for a in first)
    assert totals.budget_spent == pytest.approx(spent, abs=0.01)
    assert totals.offers_cost == pytest.approx(spent, abs=0.01)
    (period,) = {a.decision.budget_period for a in first}
    assert ledger.budget_spent(period) == pytest.approx(spent, abs=0.01)
    assert spent <= settings_module.load().limits.period_budget + 0.01

    publish_telco("first")  # the same 200 events again: recognised by their event ids
    again = actions_of(actions.take(distinct_event_ids(EVENTS), timeout_s=180))
    assert ledger.totals() == totals
    assert {a.event_id: a.decision for a in again} == {a.event_id: a.decision for a in first}
