from retention import topology
from retention.bus import Delivery, InProcessBus, Stage
from retention.facts import InvalidField


def test_fan_out_and_kept_subscriptions():
    bus = InProcessBus()
    bus.create_subscription("t", "a")
    bus.create_subscription("t", "b")
    seen = []
    bus.consume("a", lambda d: seen.append(d.data))
    bus.publish("t", b"x", {"event_id": "1"})
    assert bus.run_until_idle() == 1
    assert seen == [b"x"]
    assert [d.data for d in bus.drain("b")] == [b"x"]


def test_failures_are_redelivered_then_dead_lettered():
    bus = InProcessBus(max_delivery_attempts=3)
    bus.create_topology()
    attempts = []

    def flaky(delivery: Delivery) -> None:
        attempts.append(delivery.delivery_attempt)
        raise ConnectionError("database away")

    bus.consume(topology.link_for("scorer").subscription, flaky)
    bus.publish(topology.CUSTOMER_EVENTS, b"e", {"event_id": "1"})
    bus.run_until_idle()
    assert attempts == [1, 2, 3]
    (dead,) = bus.drain(topology.dead_letter_subscription(topology.CUSTOMER_EVENTS))
    assert "database away" in dead.attributes["reason"]


def test_invalid_input_goes_to_dead_letter_with_reason_and_field():
    bus = InProcessBus()
    bus.create_topology()

    def parse(data: bytes):
        raise InvalidField("facts.tenure", "-1 is outside 0..1200 months")

    Stage(topology.link_for("scorer"), parse, lambda m: m).attach(bus)
    bus.publish(topology.CUSTOMER_EVENTS, b"bad", {"event_id": "9"})
    bus.run_until_idle()
    (dead,) = bus.drain(topology.dead_letter_subscription(topology.CUSTOMER_EVENTS))
    assert dead.attributes["field"] == "facts.tenure"
    assert "tenure" in dead.attributes["reason"] and dead.attributes["service"] == "scorer"
    assert dead.data == b"bad"


def test_a_stage_dead_letters_a_failing_message_itself_on_its_last_delivery_with_the_error():
    bus = InProcessBus(max_delivery_attempts=3)
    bus.create_topology()
    attempts = []
    passed = []

    def handle(message: bytes) -> bytes:
        attempts.append(message)
        raise TimeoutError("the ledger did not answer")

    poison = Stage(topology.link_for("scorer"), lambda data: data, handle, max_delivery_attempts=3)
    bus.consume(topology.link_for("scorer").subscription, lambda d: poison.on_delivery(bus, d))
    bus.consume(topology.dead_letter_subscription(topology.CUSTOMER_EVENTS), lambda d: passed.append(d))
    bus.publish(topology.CUSTOMER_EVENTS, b"poison", {"event_id": "p"})
    bus.run_until_idle()
    assert len(attempts) == 3
    (dead,) = passed
    assert dead.data == b"poison" and dead.attributes["event_id"] == "p"
    assert dead.attributes["reason"].startswith("failed 3 deliveries, the last with TimeoutError")
    assert dead.attributes["service"] == "scorer"
