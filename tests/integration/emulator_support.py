"""Helpers of the emulator tests: reading a subscription, decoding what it holds."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from google.api_core import exceptions as gexc
from google.cloud import pubsub_v1

from retention.v1 import retention_pb2 as pb


@dataclass
class Reader:
    """Pulls a subscription of the test's project; everything it receives is acknowledged."""

    subscriber: pubsub_v1.SubscriberClient
    path: str

    def take(
        self,
        until: Callable[[list[pubsub_v1.types.ReceivedMessage]], bool],
        timeout_s: float,
        settle_s: float = 3.0,
    ) -> list[pubsub_v1.types.PubsubMessage]:
        """Messages until `until(received)` holds, then whatever more arrives within `settle_s`."""
        received: list = []
        deadline = time.monotonic() + timeout_s
        while not until(received) and time.monotonic() < deadline:
            received += self._pull()
        settle = time.monotonic() + settle_s
        while time.monotonic() < settle:
            received += self._pull()
        return [message.message for message in received]

    def _pull(self) -> list:
        try:
            response = self.subscriber.pull(subscription=self.path, max_messages=100, timeout=2.0)
        except gexc.DeadlineExceeded:
            return []
        messages = list(response.received_messages)
        if messages:
            self.subscriber.acknowledge(subscription=self.path, ack_ids=[m.ack_id for m in messages])
        return messages


def actions_of(messages: list) -> list[pb.RetentionAction]:
    return [pb.RetentionAction.FromString(message.data) for message in messages]


def distinct_event_ids(
    count: int, already: list[pubsub_v1.types.PubsubMessage] = ()
) -> Callable[[list], bool]:
    """`until` for Reader.take: `count` distinct event ids received, counting those `already` taken."""
    before = {message.attributes.get("event_id") for message in already}
    return lambda received: len(before | {m.message.attributes.get("event_id") for m in received}) >= count
