"""The embedded pipeline end to end, with a fake scoring model."""

from datetime import UTC, datetime, timedelta

import pytest
from factories import FakeModels, make_event

from retention import topology
from retention.pipeline import EmbeddedPipeline
from retention.v1 import retention_pb2 as pb


@pytest.fixture
def pipeline(tmp_path, settings):
    built = EmbeddedPipeline(FakeModels(), tmp_path / "ledger.sqlite", settings)
    yield built
    built.close()


def events(n):
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    return [
        make_event(
            event_id=f"e{i}",
            customer_id=f"c{i % 40}",
            at=start + timedelta(hours=6 * i),
            monthly_charges=20.0 + (i * 7) % 100,
        )
        for i in range(n)
    ]


def test_every_event_yields_exactly_one_action(pipeline):
    sent = events(120)
    for event in sent:
        pipeline.publish(event)
    actions, dead = pipeline.run()
    assert sorted(a.event_id for a in actions) == sorted(e.event_id for e in sent)
    assert not any(dead.values())
    totals = pipeline.ledger.totals()
    assert totals.decisions == 120
    assert totals.budget_spent == pytest.approx(sum(a.decision.offer_cost for a in actions))
    assert totals.budget_spent <= pipeline.settings.limits.period_budget
    for action in actions:
        if action.decision.contact:
            assert action.HasField("message") or action.verdict.outcome == pb.ShieldVerdict.WITHHELD


def test_replay_changes_nothing_in_the_ledger(pipeline):
    sent = events(60)
    for event in sent:
        pipeline.publish(event)
    first, _ = pipeline.run()
    before = pipeline.ledger.totals()
    for event in sent:
        pipeline.publish(event)
    again, _ = pipeline.run()
    assert pipeline.ledger.totals() == before
    assert {a.event_id: a.decision for a in first} == {a.event_id: a.decision for a in again}


def test_malformed_events_are_dead_lettered_and_the_rest_flows(pipeline):
    pipeline.bus.publish(topology.CUSTOMER_EVENTS, b"\x00\xffnot a proto", {})
    pipeline.publish(make_event(event_id="bad-tenure", tenure=-3))
    pipeline.publish(make_event(event_id="bad-contract", contract="Weekly"))
    pipeline.publish(make_event(event_id="no-customer", customer_id=""))
    pipeline.publish(make_event(event_id="fine"))
    actions, dead = pipeline.run()
    assert [a.event_id for a in actions] == ["fine"]
    fields = sorted(d.attributes["field"] for d in dead[topology.CUSTOMER_EVENTS])
    assert fields == ["customer_id", "facts.contract", "facts.tenure", "payload"]


def test_warm_up_touches_neither_the_ledger_nor_the_logs(pipeline, caplog):
    with caplog.at_level("DEBUG"):
        pipeline.components.warm_up()
    assert pipeline.ledger.totals() == pipeline.ledger.totals().__class__(0, 0, 0.0, 0.0)
    assert not caplog.records


def test_warm_up_reads_the_time_zone_database_the_first_request_would(pipeline):
    from retention.facts import iana_time_zones

    iana_time_zones.cache_clear()
    pipeline.components.warm_up()
    assert iana_time_zones.cache_info().currsize == 1  # the first Decide then waits no ~25 ms for it
