"""Property tests of the pipeline stages on hostile deliveries: each delivery is either handled, into valid
input for the stage after, or dead-lettered with a reason that names a field. While the ledger works no
delivery raises (which would mean: deliver again), and the ledger stays consistent whatever comes in."""

from __future__ import annotations

import math
import sqlite3

import pytest
from factories import FakeModels, make_event
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import corrupted_decision, corrupted_events, nasty_text, probabilities, wire_bytes

from retention import settings as settings_module
from retention import topology
from retention.bus import Delivery, InProcessBus, Stage
from retention.facts import MAX_ID_LENGTH
from retention.ledger import SqliteLedger
from retention.pipeline import Components, validate_message
from retention.v1 import retention_pb2 as pb
from services.shield.handler import ShieldSettings

SETTINGS = settings_module.load(environ={})
OUTPUT_TYPES = {
    "scorer": pb.ScoredEvent,
    "decider": pb.DecidedEvent,
    "messenger": pb.MessageDraft,
    "shield": pb.RetentionAction,
}


@pytest.fixture
def components(tmp_path):
    ledger = SqliteLedger(tmp_path / "ledger.sqlite", SETTINGS.limits, SETTINGS.offers)
    yield Components(FakeModels(), ledger, SETTINGS)
    ledger.close()


def stage_of(components: Components, service: str) -> Stage:
    (stage,) = [s for s in components.stages() if s.link.service == service]
    return stage


def output_subscription(topic: str) -> str:
    if topic == topology.RETENTION_ACTIONS:
        return topology.ACTIONS_SUBSCRIPTION
    (link,) = [link for link in topology.LINKS if link.topic == topic]
    return link.subscription


def deliver(stage: Stage, data: bytes):
    """The message the stage published for one delivery of `data`: (output or None, dead letter or None)."""
    bus = InProcessBus()
    bus.create_topology()
    stage.on_delivery(bus, Delivery(data, {"event_id": "from-the-test"}))  # raising fails the test
    published = bus.drain(output_subscription(stage.link.output_topic))
    dead = bus.drain(topology.dead_letter_subscription(stage.link.topic))
    assert len(published) + len(dead) == 1, (published, dead)
    return (published or [None])[0], (dead or [None])[0]


def check_delivery(stage: Stage, data: bytes):
    """The stage's output message when it handled `data`; None when it dead-lettered it, as it should."""
    published, dead = deliver(stage, data)
    if dead is not None:
        field, reason = dead.attributes["field"], dead.attributes["reason"]
        assert field and reason.startswith(f"{field}: ") and reason.isprintable(), dead.attributes
        assert dead.data == data and dead.attributes["service"] == stage.link.service
        return None
    output = OUTPUT_TYPES[stage.link.service].FromString(published.data)
    if isinstance(output, pb.RetentionAction):
        assert not output.HasField("message") or len(output.message) <= ShieldSettings().max_length
    else:
        validate_message(output)  # what the next stage will check
    return output


# --- inputs of each stage: real messages with junk in them, or junk bytes --------------------------


def valid_event(customer: str = "0001-ABCD", n: int = 0) -> pb.CustomerEvent:
    # An event id belongs to one customer, as the real ids (uuid5 of the batch and customer) do.
    return make_event(event_id=f"{customer}/{n}", customer_id=customer, monthly_charges=110.0)


def events() -> st.SearchStrategy[pb.CustomerEvent]:
    valid = st.builds(valid_event, st.sampled_from(["c1", "c2", "c3"]), st.integers(0, 20))
    return st.one_of(valid, corrupted_events().map(lambda case: case[0]))


@st.composite
def scored_events(draw) -> pb.ScoredEvent:
    scored = pb.ScoredEvent(event=draw(events()), churn_risk=draw(probabilities(0.9)))
    levels = draw(st.integers(0, 6))
    scored.accept_probability.extend(draw(probabilities(0.3)) for _ in range(levels))
    return scored


def decided(components: Components, event: pb.CustomerEvent) -> pb.DecidedEvent:
    return components.decider.on_scored(components.scorer.score(event))


def decision_for(event: pb.CustomerEvent, good: pb.Decision) -> pb.Decision:
    decision = pb.Decision()
    decision.CopyFrom(good)
    decision.event_id, decision.customer_id = event.event_id, event.customer_id
    return decision


@st.composite
def decided_events(draw, components: Components) -> pb.DecidedEvent:
    good = decided(components, valid_event()).decision
    event = draw(events())
    return pb.DecidedEvent(event=event, decision=draw(corrupted_decision(decision_for(event, good))))


@st.composite
def drafts(draw, components: Components) -> pb.MessageDraft:
    good = components.messenger.draft(decided(components, valid_event()))
    event = draw(events())
    decision = draw(corrupted_decision(decision_for(event, good.decision)))
    text = draw(st.one_of(st.just(good.text), nasty_text))
    return pb.MessageDraft(event=event, decision=decision, text=text, writer=good.writer)


def inputs(components: Components, service: str) -> st.SearchStrategy[bytes]:
    messages = {
        "scorer": events(),
        "decider": scored_events(),
        "messenger": decided_events(components),
        "shield": drafts(components),
    }[service]
    valid = components.messenger.draft(decided(components, valid_event()))  # holds every kind of field
    return st.one_of(messages.map(lambda m: m.SerializeToString()), wire_bytes(valid.SerializeToString()))


@pytest.mark.parametrize("service", ["scorer", "decider", "messenger", "shield"])
def test_every_delivery_is_handled_or_dead_lettered_naming_a_field(components, service):
    stage = stage_of(components, service)

    @settings(max_examples=80)
    @given(inputs(components, service))
    def check(data):
        check_delivery(stage, data)

    check()


def test_the_ledger_stays_consistent_under_junk(components):
    stage = stage_of(components, "decider")
    taken: dict[str, pb.Decision] = {}

    @settings(max_examples=100)
    @given(st.lists(scored_events(), min_size=1, max_size=5))
    def check(batch):
        for scored in batch:
            output = check_delivery(stage, scored.SerializeToString())
            if output is not None:
                assert taken.setdefault(output.event.event_id, output.decision) == output.decision

    check()
    totals = components.ledger.totals()
    assert totals.decisions == len(taken)
    assert totals.contacts == sum(d.contact for d in taken.values())
    assert math.isclose(totals.budget_spent, sum(d.offer_cost for d in taken.values()), abs_tol=0.01)
    assert totals.budget_spent == pytest.approx(totals.offers_cost, abs=0.01)
    for period in {d.budget_period for d in taken.values()}:
        assert components.ledger.budget_spent(period) <= SETTINGS.limits.period_budget + 1e-6


def test_a_message_that_cannot_be_handled_for_now_is_delivered_again(components):
    """The other side: a failing ledger is no reason to dead-letter, while bad input still is."""
    stage = stage_of(components, "decider")
    components.ledger.close()
    good = components.scorer.score(valid_event()).SerializeToString()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        deliver(stage, good)
    _, dead = deliver(stage, b"\xff" * 8)
    assert dead.attributes["field"] == "payload"
    long_id = valid_event()
    long_id.customer_id = "c" * (MAX_ID_LENGTH + 1)
    _, dead = deliver(stage, pb.ScoredEvent(event=long_id, churn_risk=0.5).SerializeToString())
    assert dead.attributes["field"] == "customer_id"
