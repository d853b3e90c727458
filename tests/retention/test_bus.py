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


class BatchingBus(InProcessBus):
    """An in-process bus that also takes batches, as PubSubBus does; `refuse` names payloads the broker
    does not accept."""

    def __init__(self, refuse: bytes = b""):
        super().__init__()
        self.create_topology()
        self.refuse = refuse
        self.published: list[bytes] = []

    def publish_many(self, topic, messages):
        accepted = []
        for data, attributes in messages:
            accepted.append(data != self.refuse)
            if data != self.refuse:
                self.published.append(data)
                self.publish(topic, data, attributes)
        return accepted

    def consume_batches(self, subscription, batch, single):
        self.batch, self.single = batch, single


class Message(bytes):
    """A parsed payload: the stage publishes `SerializeToString()`."""

    event_id = ""

    def SerializeToString(self) -> bytes:  # noqa: N802 - the protobuf method's name
        return bytes(self)


def parse(data: bytes) -> Message:
    if data.startswith(b"bad"):
        raise InvalidField("payload", "not a message")
    return Message(data)


def test_a_batch_is_handled_in_one_call_and_published_together():
    bus, calls = BatchingBus(), []

    def upper_all(messages):
        calls.append(len(messages))
        return [Message(m.upper()) for m in messages]

    Stage(topology.link_for("scorer"), parse, Message.upper, handle_many=upper_all).attach(bus)
    outcomes = bus.batch([Delivery(b"a"), Delivery(b"bad"), Delivery(b"c")])
    assert calls == [2]  # the bad one is left out, for `on_delivery` to dead-letter alone
    assert outcomes == [True, None, True]
    assert bus.published == [b"A", b"C"]


def test_a_failing_batch_leaves_every_message_to_go_alone():
    bus = BatchingBus()

    def fails(messages):
        raise TimeoutError("the ledger did not answer")

    Stage(topology.link_for("decider"), parse, Message.upper, handle_many=fails).attach(bus)
    assert bus.batch([Delivery(b"a"), Delivery(b"b")]) == [None, None]
    assert bus.published == []


def test_a_result_the_broker_refuses_is_delivered_again():
    bus = BatchingBus(refuse=b"B")
    upper_all = lambda messages: [Message(m.upper()) for m in messages]  # noqa: E731
    Stage(topology.link_for("shield"), parse, Message.upper, handle_many=upper_all).attach(bus)
    assert bus.batch([Delivery(b"a"), Delivery(b"b")]) == [True, False]


def test_a_stage_without_a_batch_handler_takes_one_message_at_a_time():
    bus = BatchingBus()
    Stage(topology.link_for("decider"), parse, lambda m: Message(m.upper())).attach(bus)
    assert not hasattr(bus, "batch")
    bus.publish(topology.SCORED_EVENTS, b"x", {"event_id": "1"})
    bus.run_until_idle()
    assert [d.data for d in bus.drain(topology.link_for("messenger").subscription)] == [b"X"]
