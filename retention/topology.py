"""The topics and subscriptions that join the four services, in pipeline order."""

from __future__ import annotations

from dataclasses import dataclass

CUSTOMER_EVENTS = "customer-events"
SCORED_EVENTS = "scored-events"
DECISIONS = "decisions"
MESSAGE_DRAFTS = "message-drafts"
RETENTION_ACTIONS = "retention-actions"

# How often Pub/Sub delivers a message before moving it to the dead-letter topic (5..100 allowed).
MAX_DELIVERY_ATTEMPTS = 5


@dataclass(frozen=True)
class Link:
    """One hop of the pipeline: `service` consumes `topic` through `subscription`."""

    service: str
    topic: str
    output_topic: str

    @property
    def subscription(self) -> str:
        return f"{self.service}-{self.topic}"

    @property
    def dead_letter_topic(self) -> str:
        return dead_letter_topic(self.topic)


def dead_letter_topic(topic: str) -> str:
    return f"{topic}-dead-letter"


def dead_letter_subscription(topic: str) -> str:
    """Keeps dead letters: Pub/Sub drops messages published to a topic that has no subscription."""
    return f"{dead_letter_topic(topic)}-keep"


LINKS: tuple[Link, ...] = (
    Link("scorer", CUSTOMER_EVENTS, SCORED_EVENTS),
    Link("decider", SCORED_EVENTS, DECISIONS),
    Link("messenger", DECISIONS, MESSAGE_DRAFTS),
    Link("shield", MESSAGE_DRAFTS, RETENTION_ACTIONS),
)

# Subscription that keeps the final actions for whoever reads them (`retention actions`).
ACTIONS_SUBSCRIPTION = f"{RETENTION_ACTIONS}-keep"

TOPICS: tuple[str, ...] = (CUSTOMER_EVENTS, SCORED_EVENTS, DECISIONS, MESSAGE_DRAFTS, RETENTION_ACTIONS)


def link_for(service: str) -> Link:
    for link in LINKS:
        if link.service == service:
            return link
    raise KeyError(f"unknown service {service!r}; known: {[link.service for link in LINKS]}")
