"""The ledger of the distributed stack, on Firestore (the emulator locally): one transaction per decision.

Documents, under collections named with an optional prefix:
  decisions/{event_id}   the decision (serialized proto in `payload`) and queryable fields
  customers/{customer}   the customer's contacts: [{at, event_id}] and `contact_count`
  budget/{period}        `spent` in the period, e.g. budget/2026-11
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from google.api_core import exceptions as gexc
from google.cloud import firestore

from retention import limits, log
from retention.ledger import ChooseDecision, LedgerTotals, check_decision
from retention.limits import LedgerState
from retention.settings import ContactRules, OfferCatalog
from retention.v1 import retention_pb2 as pb

logger = logging.getLogger("retention.firestore")

T = TypeVar("T")

# Transient failures: the whole transaction is tried again, a bounded number of times, then the error
# propagates (the bus then does not acknowledge the event, so it comes again later).
TRANSIENT = (gexc.ServiceUnavailable, gexc.DeadlineExceeded, gexc.Aborted)
ATTEMPTS = 5
FIRST_BACKOFF_S = 0.2
MAX_BACKOFF_S = 3.0

_SAFE_ID = re.compile(r"[A-Za-z0-9_.:@-]{1,128}")


def document_id(key: str) -> str:
    """A Firestore document id for an event or customer id.

    Ids that Firestore could misread (a '/', '.', '..', '__x__', too long) are hashed; '~' cannot
    occur in a kept id, so a hashed id never equals a kept one.
    """
    if _SAFE_ID.fullmatch(key) and key not in (".", "..") and not key.startswith("__"):
        return key
    return "~" + hashlib.sha256(key.encode()).hexdigest()


def _utc(when: datetime) -> datetime:
    """A plain UTC datetime (Firestore gives back its own datetime subclass, with nanoseconds)."""
    when = when.astimezone(UTC)
    return datetime(*when.timetuple()[:6], when.microsecond, tzinfo=UTC)


def _contacts_of(snapshot: firestore.DocumentSnapshot | None) -> list[dict]:
    if snapshot is None or not snapshot.exists:
        return []
    return list(snapshot.get("contacts") or [])


class FirestoreLedger:
    """`Ledger` on Firestore. Each decision is one transaction that reads the decision, the customer's
    contacts and the period budget, checks the hard limits and writes all three, so concurrent services
    can neither overspend the budget nor contact a customer twice inside the cooldown."""

    def __init__(self, project: str, rules: ContactRules, offers: OfferCatalog, prefix: str = ""):
        self.rules = rules
        self.offers = offers
        self.client = firestore.Client(project=project)
        self._decisions = self.client.collection(f"{prefix}decisions")
        self._customers = self.client.collection(f"{prefix}customers")
        self._budget = self.client.collection(f"{prefix}budget")
        # Every decision reads the period's budget document, so the decisions of one process cannot run
        # in parallel anyway; taking them in turn keeps them from aborting each other (on the emulator,
        # each conflict costs a 2 s lock timeout, and a few concurrent transactions exhaust their retries).
        self._one_at_a_time = threading.Lock()

    def decide_once(
        self, event_id: str, customer_id: str, at: datetime, consent: bool, choose: ChooseDecision
    ) -> tuple[pb.Decision, bool]:
        at = _utc(at)
        refs = (
            self._decisions.document(document_id(event_id)),
            self._customers.document(document_id(customer_id)),
            self._budget.document(limits.budget_period(at)),
        )

        @firestore.transactional
        def decide(transaction: firestore.Transaction) -> tuple[pb.Decision, bool]:
            return self._decide(transaction, refs, event_id, customer_id, at, consent, choose)

        with self._one_at_a_time:
            return _retrying(lambda: decide(self.client.transaction()), f"decision for event {event_id}")

    def _decide(
        self,
        transaction: firestore.Transaction,
        refs: tuple[firestore.DocumentReference, ...],
        event_id: str,
        customer_id: str,
        at: datetime,
        consent: bool,
        choose: ChooseDecision,
    ) -> tuple[pb.Decision, bool]:
        decision_ref, customer_ref, budget_ref = refs
        # All reads come before any write in a Firestore transaction; one round trip for the three.
        snapshots = {s.reference.path: s for s in transaction.get_all(list(refs))}
        recorded = snapshots.get(decision_ref.path)
        if recorded is not None and recorded.exists:
            return pb.Decision.FromString(recorded.get("payload")), False
        contacts = _contacts_of(snapshots.get(customer_ref.path))
        budget = snapshots.get(budget_ref.path)
        spent = float(budget.get("spent")) if budget is not None and budget.exists else 0.0
        state = LedgerState(tuple(_utc(c["at"]) for c in contacts), spent, budget_ref.id)
        decision = choose(state)
        check_decision(self, state, at, consent, decision)
        transaction.create(decision_ref, _decision_fields(event_id, customer_id, at, state.period, decision))
        if decision.contact:
            contacts.append({"at": at, "event_id": event_id})
            transaction.set(
                customer_ref,
                {"customer_id": customer_id, "contacts": contacts, "contact_count": len(contacts)},
            )
        if decision.offer_cost:
            transaction.set(budget_ref, {"period": state.period, "spent": spent + decision.offer_cost})
        return decision, True

    def recorded(self, event_id: str) -> pb.Decision | None:
        snapshot = self._decisions.document(document_id(event_id)).get()
        return pb.Decision.FromString(snapshot.get("payload")) if snapshot.exists else None

    def contacts(self, customer_id: str) -> list[datetime]:
        snapshot = self._customers.document(document_id(customer_id)).get()
        return [_utc(contact["at"]) for contact in _contacts_of(snapshot)]

    def budget_spent(self, period: str) -> float:
        snapshot = self._budget.document(period).get()
        return float(snapshot.get("spent")) if snapshot.exists else 0.0

    def totals(self) -> LedgerTotals:
        decisions, offers_cost = _aggregate(self._decisions.count(alias="n").sum("offer_cost", alias="total"))
        _, contacts = _aggregate(self._customers.count(alias="n").sum("contact_count", alias="total"))
        _, spent = _aggregate(self._budget.count(alias="n").sum("spent", alias="total"))
        return LedgerTotals(int(decisions), int(contacts), round(spent, 2), round(offers_cost, 2))

    def close(self) -> None:
        self.client.close()


def _decision_fields(
    event_id: str, customer_id: str, at: datetime, period: str, decision: pb.Decision
) -> dict:
    return {
        "event_id": event_id,
        "customer_id": customer_id,
        "period": period,
        "decided_at": at,
        "recorded_at": firestore.SERVER_TIMESTAMP,
        "contact": decision.contact,
        "offer_level": decision.offer_level,
        "offer_cost": decision.offer_cost,
        "policy": f"{decision.policy_name}@{decision.policy_version}",
        "constrained_by": list(decision.constrained_by),
        "payload": decision.SerializeToString(),
    }


def _aggregate(query) -> tuple[float, float]:
    """(count, sum) of an aggregation query built as count(alias="n").sum(field, alias="total")."""
    results = {result.alias: result.value for row in query.get() for result in row}
    return results.get("n") or 0, results.get("total") or 0.0


def _is_transient(error: BaseException) -> bool:
    # The client wraps Aborted in a ValueError once its own attempts at a contended transaction run out.
    return isinstance(error, TRANSIENT) or (
        isinstance(error, ValueError) and isinstance(error.__cause__, gexc.Aborted)
    )


def _retrying(attempt: Callable[[], T], what: str) -> T:
    for number in range(1, ATTEMPTS + 1):
        try:
            return attempt()
        except (*TRANSIENT, ValueError) as error:
            if not _is_transient(error) or number == ATTEMPTS:
                raise
            delay = min(MAX_BACKOFF_S, FIRST_BACKOFF_S * 2 ** (number - 1))
            log.event(
                logger,
                "ledger transaction failed; retrying",
                logging.WARNING,
                what=what,
                attempt=number,
                retry_in_s=delay,
                error=repr(error)[:300],
            )
            time.sleep(delay)
    raise AssertionError("unreachable")
