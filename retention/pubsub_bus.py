"""Google Pub/Sub as the bus between services (official client): the emulator locally, Pub/Sub on Cloud.

Messages are consumed by synchronous pull with lease management (the python-pubsub sample
`synchronous_pull_with_lease_management`), not by the client's streaming pull. The emulator shipped
with the Cloud SDK (pubsub-emulator 0.8.20) fails to close a streaming pull whose client cancels it or
dies (`NoSuchMethodError ... InternalStatus.asRuntimeException` in its log): the dead stream stays
registered, and the messages it held, and a share of later ones, are sent into it and not delivered
again for minutes. A restarted service would then lose events for that long. A pull left waiting by a
killed process suffers the same way, but it takes at most one batch, which comes back once the
subscription's ack deadline (ACK_DEADLINE_S) has passed: on the emulator as on Cloud, what a dead
consumer held is delivered again within seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor

from google.api_core import exceptions as gexc
from google.cloud import pubsub_v1
from google.protobuf import duration_pb2
from google.pubsub_v1 import types as pubsub_types

from retention import log, topology
from retention.bus import BatchCallback, Callback, Delivery

logger = logging.getLogger("retention.pubsub")

PUBLISH_TIMEOUT_S = 30.0  # then the publish raises, the delivery being processed is nacked and retried
PULL_TIMEOUT_S = (
    3.0  # an empty pull returns after this (the server answers just before it); stop waits as long
)
LEASE_S = 10  # a consumer that dies gives its messages back within this time
MAX_LEASE_S = 3600  # a callback stuck for longer loses its lease, so the message goes to another consumer
# The subscriptions' own deadline: the shortest Pub/Sub allows. Consumers extend their leases while they
# work, so it only matters for messages whose consumer is gone, and those should come back soon.
ACK_DEADLINE_S = 10
MIN_BACKOFF_S, MAX_BACKOFF_S = 1, 60  # redelivery backoff after a nack (the retry policy)
# Acknowledgements wait this long to go out together: one request for the messages of a moment instead
# of one per message (each request costs the client about a millisecond of CPU).
ACK_GATHER_S = 0.01

# Worth retrying the pull loop on; anything else (NotFound, PermissionDenied, ...) stops the consumer,
# `check()` raises, and the process exits to be restarted.
TRANSIENT = (
    gexc.ServiceUnavailable,
    gexc.DeadlineExceeded,
    gexc.InternalServerError,
    gexc.Aborted,
    gexc.Unknown,
    gexc.ResourceExhausted,
)


class SubscriberDied(RuntimeError):
    """A subscription's consumer stopped on an error it cannot recover from."""


class PubSubBus:
    """The `Bus` of the distributed stack.

    `max_messages` bounds the messages a subscription holds at once (flow control): pulled and not
    yet acknowledged. `max_workers` bounds the callbacks running at once (default: `max_messages`);
    a low value keeps a service that writes contended documents (the decider) from contending.
    """

    def __init__(
        self, project: str, max_messages: int = 32, max_workers: int | None = None, lease_s: int = LEASE_S
    ):
        if max_messages < 1:
            raise ValueError(f"max_messages must be at least 1, got {max_messages}")
        self.project = project
        self.max_messages = max_messages
        self.max_workers = max_workers or max_messages
        self.lease_s = lease_s
        self.publisher = pubsub_v1.PublisherClient()
        self.subscriber = pubsub_v1.SubscriberClient()
        self._consumers: list[_Consumer] = []

    def publish(self, topic: str, data: bytes, attributes: Mapping[str, str]) -> None:
        future = self.publisher.publish(
            self.publisher.topic_path(self.project, topic), data, **dict(attributes)
        )
        future.result(timeout=PUBLISH_TIMEOUT_S)

    def publish_many(self, topic: str, messages: list[tuple[bytes, Mapping[str, str]]]) -> list[bool]:
        """Publish every message before waiting for any (the client sends them in few requests); per
        message, whether the broker accepted it within PUBLISH_TIMEOUT_S."""
        path = self.publisher.topic_path(self.project, topic)
        futures = [self.publisher.publish(path, data, **dict(attributes)) for data, attributes in messages]
        accepted = []
        for future in futures:
            try:
                future.result(timeout=PUBLISH_TIMEOUT_S)
                accepted.append(True)
            except Exception as error:  # noqa: BLE001 - that message is delivered again
                log.event(logger, "publish failed", logging.WARNING, topic=topic, error=type(error).__name__)
                accepted.append(False)
        return accepted

    def consume(self, subscription: str, callback: Callback) -> None:
        self._start(subscription, callback, None)

    def consume_batches(self, subscription: str, batch: BatchCallback, single: Callback) -> None:
        """As `consume`, but each pulled batch goes to `batch` in one call (at most half of
        `max_messages`, so that the next batch is pulled while this one is processed)."""
        self._start(subscription, single, batch)

    def _start(self, subscription: str, callback: Callback, batch: BatchCallback | None) -> None:
        path = self.subscriber.subscription_path(self.project, subscription)
        consumer = _Consumer(
            self.subscriber, path, callback, self.max_messages, self.max_workers, self.lease_s, batch
        )
        consumer.start()
        self._consumers.append(consumer)

    def check(self) -> None:
        """Raises SubscriberDied if a consumer has stopped (the process should exit and be restarted)."""
        for consumer in self._consumers:
            consumer.check()

    def close(self, timeout_s: float = 20.0) -> None:
        """Stop pulling, let running callbacks finish (and ack), give back the rest, close the clients."""
        for consumer in self._consumers:
            consumer.stop()
        deadline = time.monotonic() + timeout_s
        for consumer in self._consumers:
            consumer.join(max(0.0, deadline - time.monotonic()))
        self.subscriber.close()
        self.publisher.stop()


class _Consumer:
    """One subscription: a pull loop, a worker pool running the callback (on each message, or on each
    pulled batch when `batch` is given), a lease keeper and an acknowledger that gathers acks."""

    def __init__(
        self,
        subscriber: pubsub_v1.SubscriberClient,
        path: str,
        callback: Callback,
        max_messages: int,
        max_workers: int,
        lease_s: int,
        batch: BatchCallback | None = None,
    ):
        self.subscriber = subscriber
        self.path = path
        self.callback = callback
        self.batch = batch
        self.max_messages = max_messages
        self.pull_size = max(1, max_messages // 2) if batch is not None else max_messages
        self.lease_s = lease_s
        self._workers = ThreadPoolExecutor(
            max_workers, thread_name_prefix=f"pubsub-{path.rsplit('/', 1)[-1]}"
        )
        self._held: dict[str, float] = {}  # ack_id -> when it was pulled
        self._changed = threading.Condition()
        self._stopping = threading.Event()
        self._error: BaseException | None = None
        self._to_ack: list[str] = []  # processed, acknowledged by the next `_flush_acks`
        self._ack_lock = threading.Lock()
        self._ack_waiting = threading.Event()
        self._puller = threading.Thread(target=self._pull_loop, name=f"pull {path}", daemon=True)
        self._leaser = threading.Thread(target=self._lease_loop, name=f"lease {path}", daemon=True)
        self._acker = threading.Thread(target=self._ack_loop, name=f"ack {path}", daemon=True)

    def start(self) -> None:
        self._puller.start()
        self._leaser.start()
        self._acker.start()

    def check(self) -> None:
        if self._error is not None:
            raise SubscriberDied(f"consumer of {self.path} stopped: {self._error!r}") from self._error
        if not self._puller.is_alive() and not self._stopping.is_set():
            raise SubscriberDied(f"consumer of {self.path} stopped")

    def stop(self) -> None:
        self._stopping.set()
        with self._changed:
            self._changed.notify_all()

    def join(self, timeout_s: float) -> None:
        self._puller.join(timeout_s)
        # Running callbacks finish and ack; queued ones are cancelled and given back below.
        self._workers.shutdown(wait=True, cancel_futures=True)
        self._flush_acks()
        self._settle(list(self._held), ack=False)
        self._leaser.join(1.0)
        self._acker.join(1.0)

    # --- pulling --------------------------------------------------------------------------------

    def _pull_loop(self) -> None:
        failures = 0
        try:
            while not self._stopping.is_set():
                room = self._wait_for_room()
                if not room:
                    continue
                try:
                    received = self._pull(min(room, self.pull_size))
                    failures = 0
                except TRANSIENT as error:
                    failures += 1
                    self._back_off(failures, error)
                    continue
                if not received:
                    self._stopping.wait(0.05)  # some servers answer an empty pull at once: do not spin
                self._dispatch(received)
        except BaseException as error:  # noqa: BLE001 - kept for check(), which makes the process exit
            if self._stopping.is_set():
                return  # the client was closed under a pull that outlived close()'s wait
            self._error = error
            log.event(
                logger, "consumer stopped", logging.ERROR, subscription=self.path, error=repr(error)[:500]
            )

    def _wait_for_room(self) -> int:
        """Flow control: how many more messages may be held now (waits a little for room)."""
        with self._changed:
            if len(self._held) >= self.max_messages:
                self._changed.wait(0.5)
            return max(0, self.max_messages - len(self._held))

    def _pull(self, room: int) -> list[pubsub_types.ReceivedMessage]:
        try:
            response = self.subscriber.pull(
                subscription=self.path, max_messages=room, timeout=PULL_TIMEOUT_S, retry=None
            )
        except gexc.DeadlineExceeded:
            return []  # nothing arrived within PULL_TIMEOUT_S
        return list(response.received_messages)

    def _back_off(self, failures: int, error: Exception) -> None:
        delay = min(30.0, 0.2 * 2 ** min(failures, 8))
        log.event(
            logger,
            "pull failed; retrying",
            logging.WARNING,
            subscription=self.path,
            error=repr(error)[:300],
            retry_in_s=delay,
        )
        self._stopping.wait(delay)

    def _dispatch(self, received: list[pubsub_types.ReceivedMessage]) -> None:
        if not received:
            return
        ack_ids = [message.ack_id for message in received]
        if self._stopping.is_set():
            self._settle(ack_ids, ack=False)  # pulled while stopping: give them back at once
            return
        now = time.monotonic()
        with self._changed:
            self._held.update(dict.fromkeys(ack_ids, now))
        try:
            self._modify(ack_ids, self.lease_s)  # our short lease, instead of the subscription's deadline
        except gexc.GoogleAPICallError as error:  # they keep the subscription's deadline, which also works
            log.event(
                logger, "lease failed", logging.WARNING, subscription=self.path, error=repr(error)[:300]
            )
        if self.batch is not None:
            self._workers.submit(self._process_batch, received)
            return
        for message in received:
            self._workers.submit(self._process, message)

    # --- processing -----------------------------------------------------------------------------

    def _process_batch(self, received: list[pubsub_types.ReceivedMessage]) -> None:
        try:
            outcomes = self.batch([_delivery(message) for message in received])
            if len(outcomes) != len(received):
                raise ValueError(f"{len(outcomes)} outcomes for {len(received)} messages")
        except Exception as error:  # noqa: BLE001 - each message then goes alone
            log.event(
                logger, "batch failed", logging.WARNING, subscription=self.path, error=type(error).__name__
            )
            outcomes = [None] * len(received)
        for message, outcome in zip(received, outcomes, strict=True):
            if outcome is None:
                self._process(message)
            elif outcome:
                self._ack_soon(message.ack_id)
            else:
                self._settle([message.ack_id], ack=False)  # not published: delivered again

    def _process(self, received: pubsub_types.ReceivedMessage) -> None:
        message = received.message
        delivery = _delivery(received)
        try:
            self.callback(delivery)
        except Exception as error:  # noqa: BLE001 - not acknowledged: Pub/Sub delivers it again, then dead-letters it
            logger.warning(
                "processing failed; the message will be delivered again",
                exc_info=True,
                extra={
                    "fields": {
                        "subscription": self.path,
                        "message_id": message.message_id,
                        "event": log.pseudonym(delivery.attributes.get("event_id", "")),
                        "delivery_attempt": delivery.delivery_attempt,
                        "error": type(error).__name__,  # its text may quote the customer's data
                    }
                },
            )
            self._settle([received.ack_id], ack=False)
        else:
            self._ack_soon(received.ack_id)  # the callback's output publish is durable by now

    # --- acknowledging ----------------------------------------------------------------------------

    def _ack_soon(self, ack_id: str) -> None:
        """Acknowledged within ACK_GATHER_S, in one request with the others of that moment. The message
        stays held (flow control, lease) until then; should the process die first, it comes again, as
        for any unacknowledged message, and the stages are idempotent by event_id."""
        with self._ack_lock:
            self._to_ack.append(ack_id)
        self._ack_waiting.set()

    def _ack_loop(self) -> None:
        while not self._stopping.is_set():
            if self._ack_waiting.wait(0.5):
                self._stopping.wait(ACK_GATHER_S)  # gather what else finishes in the meantime
                self._flush_acks()

    def _flush_acks(self) -> None:
        with self._ack_lock:
            ack_ids, self._to_ack = self._to_ack, []
            self._ack_waiting.clear()
        self._settle(ack_ids, ack=True)

    def _settle(self, ack_ids: list[str], ack: bool) -> None:
        if not ack_ids:
            return
        try:
            if ack:
                self.subscriber.acknowledge(subscription=self.path, ack_ids=ack_ids)
            else:
                self._modify(ack_ids, 0)
        except gexc.GoogleAPICallError as error:
            # The lease then expires and the message comes again; the stages are idempotent by event_id.
            log.event(
                logger,
                "ack failed" if ack else "nack failed",
                logging.WARNING,
                subscription=self.path,
                messages=len(ack_ids),
                error=repr(error)[:300],
            )
        finally:
            with self._changed:
                for ack_id in ack_ids:
                    self._held.pop(ack_id, None)
                self._changed.notify_all()

    # --- leases ---------------------------------------------------------------------------------

    def _lease_loop(self) -> None:
        while not self._stopping.wait(self.lease_s / 3):
            now = time.monotonic()
            with self._changed:
                extend = [ack_id for ack_id, since in self._held.items() if now - since < MAX_LEASE_S]
            if extend:
                try:
                    self._modify(extend, self.lease_s)
                except gexc.GoogleAPICallError as error:
                    log.event(
                        logger,
                        "lease extension failed",
                        logging.WARNING,
                        subscription=self.path,
                        error=repr(error)[:300],
                    )

    def _modify(self, ack_ids: list[str], seconds: int) -> None:
        for start in range(0, len(ack_ids), 2500):  # the API's limit per request
            self.subscriber.modify_ack_deadline(
                subscription=self.path, ack_ids=ack_ids[start : start + 2500], ack_deadline_seconds=seconds
            )


def _delivery(received: pubsub_types.ReceivedMessage) -> Delivery:
    message = received.message
    return Delivery(
        data=bytes(message.data),
        attributes=dict(message.attributes),
        # 0 when the subscription has no dead-letter policy
        delivery_attempt=max(1, received.delivery_attempt),
        message_id=message.message_id,
    )


# --- topology -----------------------------------------------------------------------------------


def ensure_topology(project: str) -> list[str]:
    """Create every topic and subscription of the pipeline that does not exist yet; returns those created.

    Existing ones are left as they are (their settings are not updated).

    Dead-lettering: the emulator (0.8.20) honours `dead_letter_policy`. After MAX_DELIVERY_ATTEMPTS
    nacks it publishes the message to the dead-letter topic with CloudPubSubDeadLetterSource*
    attributes, and `delivery_attempt` counts up from 1. It honours the retry policy's backoff
    too, except that the second attempt comes at once. On Google Cloud the Pub/Sub service account
    also needs the publisher role on the dead-letter topics and the subscriber role on the subscriptions.
    """
    publisher = pubsub_v1.PublisherClient()
    subscriber = pubsub_v1.SubscriberClient()
    created: list[str] = []
    try:
        for topic in (*topology.TOPICS, *(link.dead_letter_topic for link in topology.LINKS)):
            if _create(publisher.create_topic, name=publisher.topic_path(project, topic)):
                created.append(f"topic {topic}")
        for request in subscription_requests(project):
            if _create(subscriber.create_subscription, request=request):
                created.append(f"subscription {request['name'].rsplit('/', 1)[-1]}")
    finally:
        subscriber.close()
        publisher.stop()
    return created


def subscription_requests(project: str) -> list[dict]:
    """The subscriptions of the pipeline, its dead-letter keepers and the actions keeper."""

    def topic_path(topic: str) -> str:
        return f"projects/{project}/topics/{topic}"

    def subscription(name: str, topic: str, **settings: object) -> dict:
        return {
            "name": f"projects/{project}/subscriptions/{name}",
            "topic": topic_path(topic),
            "ack_deadline_seconds": ACK_DEADLINE_S,
            **settings,
        }

    requests = []
    for link in topology.LINKS:
        requests.append(
            subscription(
                link.subscription,
                link.topic,
                dead_letter_policy=pubsub_types.DeadLetterPolicy(
                    dead_letter_topic=topic_path(link.dead_letter_topic),
                    max_delivery_attempts=topology.MAX_DELIVERY_ATTEMPTS,
                ),
                retry_policy=pubsub_types.RetryPolicy(
                    minimum_backoff=duration_pb2.Duration(seconds=MIN_BACKOFF_S),
                    maximum_backoff=duration_pb2.Duration(seconds=MAX_BACKOFF_S),
                ),
            )
        )
        requests.append(subscription(topology.dead_letter_subscription(link.topic), link.dead_letter_topic))
    requests.append(subscription(topology.ACTIONS_SUBSCRIPTION, topology.RETENTION_ACTIONS))
    return requests


def _create(create, **request: object) -> bool:
    try:
        create(**request)
    except gexc.AlreadyExists:
        return False
    return True
