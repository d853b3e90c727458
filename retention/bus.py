"""The message bus between services: an interface, an in-process implementation, and the stage runner.

In the distributed stack the bus is Google Pub/Sub (`retention.pubsub_bus`); embedded, it is
`InProcessBus`. Services only see `Stage`: parse the payload, handle it, publish the result.
A message that can never be processed (undecodable, invalid) is moved to the dead-letter topic
with its reason and acknowledged; any other failure is not acknowledged, so the message is
delivered again. On its last allowed delivery (MAX_DELIVERY_ATTEMPTS) a failing message is
dead-lettered by the stage itself, with the error as its reason; should the service die on that
delivery too, the broker's dead-letter policy moves it (without a reason). A stage with a batch handler
takes each pulled batch in one call on a bus that can hand it over (PubSubBus); whatever the batch cannot
take goes through the same one-message path.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from google.protobuf.message import Message

from retention import log, topology
from retention.facts import InvalidField
from retention.faults import CHAOS_ATTRIBUTE, InjectedFault

logger = logging.getLogger("retention.bus")


@dataclass(frozen=True)
class Delivery:
    data: bytes
    attributes: Mapping[str, str] = field(default_factory=dict)
    delivery_attempt: int = 1
    message_id: str = ""


# Processes one delivery. Returns normally: acknowledge. Raises: deliver again later.
Callback = Callable[[Delivery], None]
# Processes the deliveries of one pull together. Per delivery: True acknowledge, False deliver again later,
# None process it alone through the Callback (bad input, a failed batch: it then fares as it would alone).
BatchCallback = Callable[[list[Delivery]], list[bool | None]]


class Bus(Protocol):
    def publish(self, topic: str, data: bytes, attributes: Mapping[str, str]) -> None:
        """Publish and wait until the broker has accepted the message."""
        ...

    def consume(self, subscription: str, callback: Callback) -> None:
        """Start delivering the subscription's messages to `callback`."""
        ...


class BatchBus(Bus, Protocol):
    """A bus that can hand a stage a pulled batch at once (PubSubBus)."""

    def publish_many(self, topic: str, messages: list[tuple[bytes, Mapping[str, str]]]) -> list[bool]:
        """Publish all at once and wait for each; per message, whether the broker accepted it."""
        ...

    def consume_batches(self, subscription: str, batch: BatchCallback, single: Callback) -> None:
        """Deliver each pulled batch to `batch`, and what it leaves (None) one by one to `single`."""
        ...


def event_id_of(message: Message) -> str:
    """The event_id of any pipeline message (they all carry it, directly or in `event`)."""
    if hasattr(message, "event_id") and message.event_id:
        return message.event_id
    event = getattr(message, "event", None)
    return event.event_id if event is not None else ""


@dataclass(frozen=True)
class Stage:
    """One service's work on the pipeline: input subscription -> handler -> output topic."""

    link: topology.Link
    parse: Callable[[bytes], Message]  # raises InvalidField on bad input
    handle: Callable[[Message], Message]  # raises InvalidField on bad input, anything else to retry
    # Handles a pulled batch in one call (the scorer scores it in one model call); results in order.
    handle_many: Callable[[list[Message]], list[Message]] | None = None

    max_delivery_attempts: int = topology.MAX_DELIVERY_ATTEMPTS
    chaos: bool = False  # RETENTION_CHAOS=1: fail on messages marked for this service (retention.faults)

    def on_delivery(self, bus: Bus, delivery: Delivery) -> None:
        try:
            if self.chaos and delivery.attributes.get(CHAOS_ATTRIBUTE) == self.link.service:
                raise InjectedFault(f"{CHAOS_ATTRIBUTE}={self.link.service}")
            result = self.handle(self.parse(delivery.data))
        except InvalidField as error:
            self.dead_letter(bus, delivery, str(error), error.field)
            return
        except Exception as error:
            if delivery.delivery_attempt < self.max_delivery_attempts:
                raise  # not acknowledged: delivered again
            reason = f"failed {delivery.delivery_attempt} deliveries, the last with {error!r}"
            self.dead_letter(bus, delivery, reason)
            return
        event_id = event_id_of(result)
        bus.publish(self.link.output_topic, result.SerializeToString(), {"event_id": event_id})

    def dead_letter(self, bus: Bus, delivery: Delivery, reason: str, field_name: str = "") -> None:
        attributes = {
            **delivery.attributes,
            "reason": reason[:1000],
            "field": field_name,
            "service": self.link.service,
            "subscription": self.link.subscription,
        }
        bus.publish(self.link.dead_letter_topic, delivery.data, attributes)
        # The reason can quote the value refused (a customer's fact): it stays with the message in the
        # dead-letter topic, and the log names the field alone.
        log.event(
            logger,
            "dead-lettered a message",
            logging.WARNING,
            service=self.link.service,
            field=field_name,
            event=log.pseudonym(delivery.attributes.get("event_id", "")),
        )

    def on_batch(self, bus: BatchBus, deliveries: list[Delivery]) -> list[bool | None]:
        """A pulled batch: parsed, handled in one `handle_many` call, the results published together.

        What cannot go that way is left (None) to `on_delivery`, one by one: a message marked by the chaos
        switch, one that does not parse, and the whole batch when `handle_many` raises (one bad event must
        not hold back the others, and each is retried or dead-lettered on its own).
        """
        outcomes: list[bool | None] = [None] * len(deliveries)
        parsed: list[tuple[int, Message]] = []
        for i, delivery in enumerate(deliveries):
            if self.chaos and delivery.attributes.get(CHAOS_ATTRIBUTE) == self.link.service:
                continue
            try:
                parsed.append((i, self.parse(delivery.data)))
            except InvalidField:
                continue
        if not parsed:
            return outcomes
        try:
            results = self.handle_many([message for _, message in parsed])
        except Exception as error:  # noqa: BLE001 - each message then goes alone, as it would without batching
            log.event(logger, "batch failed; one by one", logging.WARNING, service=self.link.service,
                      messages=len(parsed), error=type(error).__name__)  # fmt: skip
            return outcomes
        if len(results) != len(parsed):
            return outcomes
        published = bus.publish_many(
            self.link.output_topic,
            [(result.SerializeToString(), {"event_id": event_id_of(result)}) for result in results],
        )
        for (i, _), accepted in zip(parsed, published, strict=True):
            outcomes[i] = accepted
        return outcomes

    def attach(self, bus: Bus) -> None:
        single = lambda delivery: self.on_delivery(bus, delivery)  # noqa: E731
        if self.handle_many is not None and hasattr(bus, "consume_batches"):
            bus.consume_batches(self.link.subscription, lambda batch: self.on_batch(bus, batch), single)
        else:
            bus.consume(self.link.subscription, single)


class InProcessBus:
    """A single-threaded bus with Pub/Sub's semantics: fan-out to subscriptions, redelivery on
    failure, dead-lettering after MAX_DELIVERY_ATTEMPTS, and retention for unconsumed subscriptions."""

    def __init__(self, max_delivery_attempts: int = topology.MAX_DELIVERY_ATTEMPTS):
        self.max_delivery_attempts = max_delivery_attempts
        self._subscriptions: dict[str, list[str]] = {}  # topic -> subscriptions
        self._topic_of: dict[str, str] = {}
        self._callbacks: dict[str, Callback] = {}
        self._queues: dict[str, deque[Delivery]] = {}
        self._next_id = 0

    def create_subscription(self, topic: str, subscription: str) -> None:
        self._subscriptions.setdefault(topic, []).append(subscription)
        self._topic_of[subscription] = topic
        self._queues[subscription] = deque()

    def create_topology(self) -> None:
        """The pipeline's subscriptions, their dead-letter keepers and the actions keeper."""
        for link in topology.LINKS:
            self.create_subscription(link.topic, link.subscription)
            self.create_subscription(link.dead_letter_topic, topology.dead_letter_subscription(link.topic))
        self.create_subscription(topology.RETENTION_ACTIONS, topology.ACTIONS_SUBSCRIPTION)

    def publish(self, topic: str, data: bytes, attributes: Mapping[str, str]) -> None:
        self._next_id += 1
        for subscription in self._subscriptions.get(topic, []):
            self._queues[subscription].append(Delivery(bytes(data), dict(attributes), 1, str(self._next_id)))

    def consume(self, subscription: str, callback: Callback) -> None:
        if subscription not in self._queues:
            raise KeyError(f"no subscription {subscription!r}")
        self._callbacks[subscription] = callback

    def run_until_idle(self) -> int:
        """Deliver until every consumed subscription is empty; returns the deliveries made."""
        delivered = 0
        while True:
            busy = [s for s in self._callbacks if self._queues[s]]
            if not busy:
                return delivered
            for subscription in busy:
                delivery = self._queues[subscription].popleft()
                delivered += 1
                try:
                    self._callbacks[subscription](delivery)
                except Exception as error:  # noqa: BLE001 - mirrors a nack: redeliver, then dead-letter
                    self._redeliver(subscription, delivery, error)

    def _redeliver(self, subscription: str, delivery: Delivery, error: Exception) -> None:
        if delivery.delivery_attempt >= self.max_delivery_attempts:
            topic = self._topic_of[subscription]
            reason = f"failed {delivery.delivery_attempt} deliveries: {error!r}"
            self.publish(
                topology.dead_letter_topic(topic), delivery.data, {**delivery.attributes, "reason": reason}
            )
            return
        attempt = Delivery(
            delivery.data, delivery.attributes, delivery.delivery_attempt + 1, delivery.message_id
        )
        self._queues[subscription].append(attempt)

    def drain(self, subscription: str) -> list[Delivery]:
        """Take every message kept on an unconsumed subscription."""
        queue = self._queues[subscription]
        taken = list(queue)
        queue.clear()
        return taken
