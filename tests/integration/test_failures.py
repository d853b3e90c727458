"""Failures on the emulators: a killed decider, malformed messages, a consumer that always fails."""

from __future__ import annotations

import signal
import threading
import time

import pytest
from google.cloud import pubsub_v1
from integration.emulator_support import actions_of, distinct_event_ids

from retention import cli, data, topology
from retention.bus import Delivery
from retention.pubsub_bus import PubSubBus, SubscriberDied
from retention.v1 import retention_pb2 as pb

pytestmark = pytest.mark.integration


def publish_telco(batch_id: str, limit: int) -> None:
    csv = data.data_dir() / data.TELCO_FILE
    assert cli.main(["publish", "--csv", str(csv), "--limit", str(limit), "--batch-id", batch_id]) == 0


def publish_raw(project: str, payloads: dict[str, bytes]) -> None:
    """Publish each payload to customer-events with its key as the event_id attribute."""
    publisher = pubsub_v1.PublisherClient()
    topic = publisher.topic_path(project, topology.CUSTOMER_EVENTS)
    for future in [publisher.publish(topic, body, event_id=key) for key, body in payloads.items()]:
        future.result(timeout=30)
    publisher.stop()


def test_a_decider_killed_mid_stream_loses_nothing_and_counts_nothing_twice(start, subscribe, ledger):
    events = 150
    stack = start()
    actions = subscribe(topology.RETENTION_ACTIONS)
    publish_telco("kill", events)
    # Let the decider get going, then crash it while it holds messages and writes the ledger.
    before = actions.take(distinct_event_ids(20), timeout_s=60, settle_s=0)
    assert len(before) < events, "the stream was over before the kill: publish more events"
    stack.kill("decider", signal.SIGKILL)
    stack.start_service("decider")

    received = actions_of(before + actions.take(distinct_event_ids(events, before), timeout_s=180))
    decisions = {a.event_id: a.decision for a in received}
    assert len(decisions) == events
    for action in received:  # a redelivered event may be published twice, always with the same decision
        assert action.decision == decisions[action.event_id]
    totals = ledger.totals()
    assert totals.decisions == events
    spent = sum(d.offer_cost for d in decisions.values())
    assert totals.budget_spent == pytest.approx(spent, abs=0.01)
    assert totals.offers_cost == pytest.approx(spent, abs=0.01)


def malformed_events() -> dict[str, tuple[bytes, str]]:
    """event_id -> (payload, the field its dead letter must name)."""
    valid = _telco_event("malformed")
    no_customer = _copy(valid, event_id="no-customer", customer_id="")
    negative_tenure = _copy(valid, event_id="negative-tenure")
    negative_tenure.facts.tenure = -4
    unknown_contract = _copy(valid, event_id="unknown-contract")
    unknown_contract.facts.contract = "Forever"
    return {
        "garbage": (b"\xff\x00not a protobuf \x9c\x01\x02", "payload"),
        "no-customer": (no_customer.SerializeToString(), "customer_id"),
        "negative-tenure": (negative_tenure.SerializeToString(), "facts.tenure"),
        "unknown-contract": (unknown_contract.SerializeToString(), "facts.contract"),
    }


def _telco_event(batch_id: str) -> pb.CustomerEvent:
    from retention.commands import read_events

    (event,) = read_events(data.data_dir() / data.TELCO_FILE, 1, batch_id)
    return event


def _copy(event: pb.CustomerEvent, **fields: str) -> pb.CustomerEvent:
    copied = pb.CustomerEvent()
    copied.CopyFrom(event)
    for name, value in fields.items():
        setattr(copied, name, value)
    return copied


def test_malformed_events_are_dead_lettered_and_the_services_keep_running(start, subscribe, config):
    stack = start()
    project = config.runtime.project
    actions = subscribe(topology.RETENTION_ACTIONS)
    dead_letters = subscribe(None, topology.dead_letter_subscription(topology.CUSTOMER_EVENTS))
    malformed = malformed_events()
    publish_raw(project, {key: payload for key, (payload, _) in malformed.items()})

    dead = dead_letters.take(lambda got: len(got) >= len(malformed), timeout_s=60)
    by_event = {message.attributes["event_id"]: message for message in dead}
    assert set(by_event) == set(malformed)
    for key, (payload, field) in malformed.items():
        attributes = by_event[key].attributes
        assert attributes["field"] == field
        assert attributes["reason"].startswith(f"{field}:"), attributes["reason"]
        assert attributes["service"] == "scorer"
        assert by_event[key].data == payload  # kept as it came, for whoever looks into it

    valid = _telco_event("after-the-garbage")
    publish_raw(project, {valid.event_id: valid.SerializeToString()})
    (action,) = actions_of(actions.take(distinct_event_ids(1), timeout_s=60))
    assert action.event_id == valid.event_id
    assert all(record["running"] for record in stack.status().values())


def test_a_failing_consumer_is_redelivered_then_dead_lettered_by_the_broker(config):
    from retention import stack as stack_module

    stack_module.Stack(config).ensure_topology()
    bus = PubSubBus(config.runtime.project, max_messages=2)
    attempts: list[int] = []
    dead_lettered = threading.Event()

    def always_fails(delivery: Delivery) -> None:
        attempts.append(delivery.delivery_attempt)
        raise ConnectionError("the database is away")

    def keep_dead_letters(delivery: Delivery) -> None:
        dead_lettered.set()

    try:
        bus.consume(topology.link_for("scorer").subscription, always_fails)
        bus.consume(topology.dead_letter_subscription(topology.CUSTOMER_EVENTS), keep_dead_letters)
        bus.publish(topology.CUSTOMER_EVENTS, b"anything", {"event_id": "failing"})
        assert dead_lettered.wait(60), f"not dead-lettered after attempts {attempts}"
        assert attempts == list(range(1, topology.MAX_DELIVERY_ATTEMPTS + 1))
        bus.check()  # failing callbacks do not stop the consumer
        bus.consume("no-such-subscription", always_fails)
        deadline = time.monotonic() + 30
        with pytest.raises(SubscriberDied):
            while time.monotonic() < deadline:
                bus.check()
                time.sleep(0.2)
    finally:
        bus.close()
