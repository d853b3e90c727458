"""The ledger of the distributed stack, on Firestore (the emulator locally): one transaction per decision,
or per pulled batch of decisions taken in turn (`decide_many`).

Documents, under collections named with an optional prefix:
  decisions/{event_id}          the decision (serialized proto in `payload`) and queryable fields
  customers/{customer}          the customer's contacts: [{at, event_id}], `contact_count`, `opted_out`
  budget/{period}               `allocated`: the part of the period's budget that leases hold
  budget_leases/{period}~{replica}  one decider replica's lease: `granted`, `spent`, `expires_at`

Budget leases keep the period's budget off the hot path. Firestore sustains about one write per second on
a document, and a decision that writes the period's budget document would make it the one document every
replica writes. Instead each replica draws a lease (a slice of the period's budget) in a small transaction
on budget/{period}, and its decisions spend from its own lease document. The invariants, each kept by a
transaction: sum(granted) over a period's leases == allocated <= period_budget, and spent <= granted for
every lease; so the period's spend, sum(spent), never exceeds its budget, whatever the replicas do.
Unused leases go back when a replica stops; the lease of a replica that died (or sat idle) is reclaimed
by another one once it has expired. Reclaiming is safe even if its holder is alive: the holder reads its
lease inside every decision's transaction, so it can only spend what is still there.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from google.api_core import exceptions as gexc
from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter

from retention import limits, log
from retention.ledger import ChooseDecision, DecisionRequest, DecisionResult, LedgerTotals, check_decision
from retention.limits import LedgerState
from retention.settings import ContactRules, OfferCatalog
from retention.v1 import retention_pb2 as pb

logger = logging.getLogger("retention.firestore")

T = TypeVar("T")

# Transient failures (Firestore unreachable, contended): the whole transaction is tried again with backoff
# for up to RETRY_FOR_S, then the error propagates. Meanwhile the bus keeps the event's lease and does not
# acknowledge it, so an outage of Firestore delays events but loses none.
TRANSIENT = (gexc.ServiceUnavailable, gexc.DeadlineExceeded, gexc.Aborted, gexc.RetryError)
RETRY_FOR_S = 120.0
FIRST_BACKOFF_S = 0.2
MAX_BACKOFF_S = 5.0

LEASE_SHARE = 0.05  # a lease draws at least this share of the period's budget at a time
LEASE_TTL_S = 300.0  # a lease not spent from for this long may be reclaimed by another replica
LEASE_ROUNDS = 4  # a decision draws a lease at most this many times before it spends only what it holds
UNALLOCATED_FRESH_S = 30.0  # how long the replica trusts its last reading of the period's unallocated budget

_SAFE_ID = re.compile(r"[A-Za-z0-9_.:@-]{1,128}")


def document_id(key: str) -> str:
    """A Firestore document id for an event or customer id.

    Ids that Firestore could misread (a '/', '.', '..', '__x__', too long) are hashed; '~' cannot
    occur in a kept id, so a hashed id never equals a kept one.
    """
    if _SAFE_ID.fullmatch(key) and key not in (".", "..") and not key.startswith("__"):
        return key
    return "~" + hashlib.sha256(key.encode()).hexdigest()


def default_replica_id() -> str:
    """Names this process's budget leases: unique per process, so a restarted replica never reuses a lease."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def lease_draw(unallocated: float, shortfall: float, chunk: float) -> float:
    """How much a replica short of `shortfall` draws from the period's `unallocated` budget.

    At least a chunk, so that leases are drawn rarely; never more than is unallocated.
    """
    return round(max(0.0, min(unallocated, max(chunk, shortfall))), 2)


def _utc(when: datetime) -> datetime:
    """A plain UTC datetime (Firestore gives back its own datetime subclass, with nanoseconds)."""
    when = when.astimezone(UTC)
    return datetime(*when.timetuple()[:6], when.microsecond, tzinfo=UTC)


def _field(snapshot: firestore.DocumentSnapshot | None, name: str, default: object) -> object:
    if snapshot is None or not snapshot.exists:
        return default
    value = (snapshot.to_dict() or {}).get(name)
    return default if value is None else value


class _NeedLease(Exception):
    """The decision would spend more than the replica's lease holds: draw more, then decide again."""

    def __init__(self, shortfall: float):
        super().__init__(f"lease short by {shortfall:.2f}")
        self.shortfall = shortfall


@dataclass
class _Unallocated:
    amount: float
    read_at: float  # time.monotonic()


class FirestoreLedger:
    """`Ledger` on Firestore. Each decision is one transaction (or one of a batch's, taken in turn) that
    reads the decision, the customer's contacts and this replica's budget lease, checks the hard limits
    and writes all three, so concurrent replicas can neither overspend the budget nor contact a customer
    twice inside the cooldown."""

    def __init__(
        self,
        project: str,
        rules: ContactRules,
        offers: OfferCatalog,
        prefix: str = "",
        replica: str | None = None,
        retry_for_s: float = RETRY_FOR_S,
    ):
        self.rules = rules
        self.offers = offers
        self.replica = replica or default_replica_id()
        self.retry_for_s = retry_for_s
        self.client = firestore.Client(project=project)
        self._decisions = self.client.collection(f"{prefix}decisions")
        self._customers = self.client.collection(f"{prefix}customers")
        self._budget = self.client.collection(f"{prefix}budget")
        self._leases = self.client.collection(f"{prefix}budget_leases")
        self._unallocated: dict[str, _Unallocated] = {}  # period -> last reading
        # Every decision of this replica reads its lease document, so they could not run in parallel
        # anyway; taking them in turn keeps them from aborting each other (on the emulator, each conflict
        # costs a 2 s lock timeout). Replicas scale out instead: each has its own lease.
        self._one_at_a_time = threading.Lock()

    def _lease_ref(self, period: str) -> firestore.DocumentReference:
        return self._leases.document(document_id(f"{period}~{self.replica}"))

    # --- decisions ------------------------------------------------------------------------------

    def decide_once(
        self, event_id: str, customer_id: str, at: datetime, consent: bool, choose: ChooseDecision
    ) -> tuple[pb.Decision, bool]:
        with self._one_at_a_time:
            return self._decide_with_leases(DecisionRequest(event_id, customer_id, at, consent, choose))

    def decide_many(self, requests: Sequence[DecisionRequest]) -> list[DecisionResult]:
        """The requests in as few transactions as the lease allows: one, unless a decision would spend
        more than the lease holds. Those before it are then committed, it is decided alone (drawing more
        lease, as `decide_once`), and the rest go on together. One transaction instead of one each saves
        two round trips and a commit per decision, the whole of a decision's cost on Firestore."""
        results: list[DecisionResult] = []
        with self._one_at_a_time:
            while len(results) < len(requests):
                pending = requests[len(results) :]
                done = self._decide_together(pending)
                if not done:  # the first needs more lease
                    try:
                        done = [self._decide_with_leases(pending[0])]
                    except Exception as error:  # noqa: BLE001 - its result; the others go on
                        done = [error]
                results += done
        return results

    def _decide_with_leases(self, request: DecisionRequest) -> tuple[pb.Decision, bool]:
        """One decision in its own transaction; when the lease cannot pay for it, more is drawn and it is
        decided again (at most LEASE_ROUNDS times)."""
        period = limits.budget_period(_utc(request.at))
        what = f"decision for event {log.pseudonym(request.event_id)}"  # ids in logs are pseudonyms
        for round_number in range(1, LEASE_ROUNDS + 1):
            # The last round spends only what the lease holds, so a decision always ends.
            unallocated = self._unallocated_now(period) if round_number < LEASE_ROUNDS else 0.0

            @firestore.transactional
            def decide(transaction: firestore.Transaction, unallocated=unallocated):
                batch = _Batch(self, transaction, [request])
                result = batch.decide(request, {period: unallocated})  # _NeedLease: nothing is written
                batch.write()
                return result

            try:
                return self._retrying(lambda: decide(self.client.transaction()), what)
            except _NeedLease as need:
                self._draw_lease(period, need.shortfall)
        raise AssertionError("unreachable: the last round cannot need a lease")

    def _decide_together(self, requests: Sequence[DecisionRequest]) -> list[DecisionResult]:
        """As many of `requests`, from the first, as this replica's leases cover, in one transaction."""
        periods = {limits.budget_period(_utc(r.at)) for r in requests}
        unallocated = {period: self._unallocated_now(period) for period in periods}

        @firestore.transactional
        def decide(transaction: firestore.Transaction) -> list[DecisionResult]:
            return self._decide_batch(transaction, requests, unallocated)

        what = f"{len(requests)} decisions from event {log.pseudonym(requests[0].event_id)}"
        return self._retrying(lambda: decide(self.client.transaction()), what)

    def _decide_batch(
        self,
        transaction: firestore.Transaction,
        requests: Sequence[DecisionRequest],
        unallocated: dict[str, float],
    ) -> list[DecisionResult]:
        """One transaction's reads, then each request in turn against the documents as the requests
        before it left them, then the writes. Stops before the first decision the lease cannot pay."""
        batch = _Batch(self, transaction, requests)
        results: list[DecisionResult] = []
        for request in requests:
            try:
                result = batch.decide(request, unallocated)
            except _NeedLease:
                break
            except Exception as error:  # noqa: BLE001 - a limit broken, say: its result; it writes nothing
                result = error
            results.append(result)
        batch.write()
        return results

    # --- budget leases ----------------------------------------------------------------------------

    def _unallocated_now(self, period: str) -> float:
        """The period's budget that no lease holds, as last read (read again when older than a little)."""
        known = self._unallocated.get(period)
        if known is None or time.monotonic() - known.read_at > UNALLOCATED_FRESH_S:
            snapshot = self._retrying(lambda: self._budget.document(period).get(), f"budget {period}")
            allocated = float(_field(snapshot, "allocated", 0.0))
            known = self._remember_unallocated(period, self.rules.period_budget - allocated)
        return known.amount

    def _remember_unallocated(self, period: str, amount: float) -> _Unallocated:
        known = _Unallocated(max(0.0, round(amount, 2)), time.monotonic())
        self._unallocated[period] = known
        return known

    def _draw_lease(self, period: str, shortfall: float) -> float:
        """Move budget from the period into this replica's lease; returns how much was drawn."""
        drawn = self._move_to_lease(period, shortfall)
        if drawn + 1e-9 < shortfall and self.reclaim_expired_leases(period):
            drawn += self._move_to_lease(period, shortfall - drawn)
        return drawn

    def _move_to_lease(self, period: str, shortfall: float) -> float:
        period_ref, lease_ref = self._budget.document(period), self._lease_ref(period)
        chunk = LEASE_SHARE * self.rules.period_budget

        @firestore.transactional
        def draw(transaction: firestore.Transaction) -> tuple[float, float]:
            snapshots = {s.reference.path: s for s in transaction.get_all([period_ref, lease_ref])}
            allocated = float(_field(snapshots.get(period_ref.path), "allocated", 0.0))
            lease = snapshots.get(lease_ref.path)
            unallocated = max(0.0, self.rules.period_budget - allocated)
            amount = lease_draw(unallocated, shortfall, chunk)
            if amount > 0:
                transaction.set(period_ref, {"period": period, "allocated": round(allocated + amount, 2)})
                transaction.set(
                    lease_ref,
                    {
                        "period": period,
                        "replica": self.replica,
                        "granted": round(float(_field(lease, "granted", 0.0)) + amount, 2),
                        "spent": float(_field(lease, "spent", 0.0)),
                        "expires_at": _lease_expiry(),
                    },
                )
            return amount, unallocated - amount

        amount, left = self._retrying(lambda: draw(self.client.transaction()), f"budget lease {period}")
        self._remember_unallocated(period, left)
        log.event(
            logger, "budget lease drawn", period=period, replica=self.replica, amount=amount, unallocated=left
        )
        return amount

    def reclaim_expired_leases(self, period: str, now: datetime | None = None) -> float:
        """Give the unspent part of every expired lease of the period back to it; returns the amount."""
        now = now or datetime.now(UTC)
        query = self._leases.where(filter=FieldFilter("period", "==", period))
        expired = [s.reference for s in query.stream() if _utc(s.get("expires_at")) < now]
        return sum(self._return_lease(period, ref, now) for ref in expired)

    def return_leases(self) -> float:
        """Give back what this replica's leases hold unspent (on a clean stop)."""
        returned = 0.0
        for period in list(self._unallocated):
            returned += self._return_lease(period, self._lease_ref(period))
        return returned

    def _return_lease(
        self, period: str, lease_ref: firestore.DocumentReference, expired_before: datetime | None = None
    ) -> float:
        period_ref = self._budget.document(period)

        @firestore.transactional
        def give_back(transaction: firestore.Transaction) -> float:
            snapshots = {s.reference.path: s for s in transaction.get_all([period_ref, lease_ref])}
            lease = snapshots.get(lease_ref.path)
            if lease is None or not lease.exists:
                return 0.0
            if expired_before is not None and _utc(lease.get("expires_at")) >= expired_before:
                return 0.0  # spent from since it was seen expired: its holder is alive
            granted, spent = float(lease.get("granted")), float(lease.get("spent"))
            unused = round(granted - spent, 2)
            if unused <= 0:
                return 0.0
            allocated = float(_field(snapshots.get(period_ref.path), "allocated", 0.0))
            transaction.update(period_ref, {"allocated": round(allocated - unused, 2)})
            transaction.update(lease_ref, {"granted": spent})
            return unused

        returned = self._retrying(lambda: give_back(self.client.transaction()), f"lease return {period}")
        if returned:
            self._unallocated.pop(period, None)
            log.event(logger, "budget lease returned", period=period, lease=lease_ref.id, amount=returned)
        return returned

    # --- opt-outs and reading -----------------------------------------------------------------------

    def record_opt_out(self, customer_id: str) -> None:
        ref = self._customers.document(document_id(customer_id))
        self._retrying(
            lambda: ref.set({"customer_id": customer_id, "opted_out": True}, merge=True), "opt-out"
        )

    def opted_out(self, customer_id: str) -> bool:
        return bool(_field(self._customers.document(document_id(customer_id)).get(), "opted_out", False))

    def recorded(self, event_id: str) -> pb.Decision | None:
        snapshot = self._decisions.document(document_id(event_id)).get()
        return pb.Decision.FromString(snapshot.get("payload")) if snapshot.exists else None

    def contacts(self, customer_id: str) -> list[datetime]:
        snapshot = self._customers.document(document_id(customer_id)).get()
        return [_utc(contact["at"]) for contact in _field(snapshot, "contacts", [])]

    def budget_spent(self, period: str) -> float:
        query = self._leases.where(filter=FieldFilter("period", "==", period))
        _, spent = _aggregate(query.count(alias="n").sum("spent", alias="total"))
        return round(spent, 2)

    def budget_allocated(self, period: str) -> float:
        return float(_field(self._budget.document(period).get(), "allocated", 0.0))

    def totals(self) -> LedgerTotals:
        decisions, offers_cost = _aggregate(self._decisions.count(alias="n").sum("offer_cost", alias="total"))
        _, contacts = _aggregate(self._customers.count(alias="n").sum("contact_count", alias="total"))
        _, spent = _aggregate(self._leases.count(alias="n").sum("spent", alias="total"))
        return LedgerTotals(int(decisions), int(contacts), round(spent, 2), round(offers_cost, 2))

    def close(self) -> None:
        try:
            self.return_leases()
        except Exception as error:  # noqa: BLE001 - an unreturned lease expires and is reclaimed
            log.event(logger, "could not return budget leases", logging.WARNING, error=type(error).__name__)
        self.client.close()

    # --- retries ----------------------------------------------------------------------------------

    def _retrying(self, attempt: Callable[[], T], what: str) -> T:
        return retrying(attempt, what, self.retry_for_s)


@dataclass
class _Batch:
    """The documents of one transaction's decisions, read at once, and what the decisions change in them.

    Each decision sees what those before it in the batch wrote (a customer's new contact, the lease's
    spend), so deciding a batch is the same as deciding its events one after the other.
    """

    ledger: FirestoreLedger
    transaction: firestore.Transaction
    requests: Sequence[DecisionRequest]
    snapshots: dict[str, firestore.DocumentSnapshot] = field(init=False)
    contacts: dict[str, list[dict]] = field(init=False, default_factory=dict)  # by customer id, as known
    contacted: set[str] = field(init=False, default_factory=set)  # customers with a new contact
    spent: dict[str, float] = field(init=False, default_factory=dict)  # by period: the lease's new spend
    decided: dict[str, pb.Decision] = field(init=False, default_factory=dict)  # by event id

    def __post_init__(self) -> None:
        refs = {ref.path: ref for r in self.requests for ref in self._refs(r)}
        # All reads come before any write in a Firestore transaction; one round trip for all of them.
        self.snapshots = {s.reference.path: s for s in self.transaction.get_all(list(refs.values()))}

    def _refs(self, r: DecisionRequest) -> tuple[firestore.DocumentReference, ...]:
        """The request's decision, customer and lease documents."""
        ledger = self.ledger
        return (
            ledger._decisions.document(document_id(r.event_id)),
            ledger._customers.document(document_id(r.customer_id)),
            ledger._lease_ref(limits.budget_period(_utc(r.at))),
        )

    def decide(self, r: DecisionRequest, unallocated: dict[str, float]) -> tuple[pb.Decision, bool]:
        """The request's decision, recorded or taken now. `unallocated`, by period, is what no lease holds:
        the policy sees as "left" what this replica could spend, its lease and that. Raises _NeedLease,
        writing nothing, when the decision would spend more than the lease holds."""
        if r.event_id in self.decided:  # the same event twice in one batch
            return self.decided[r.event_id], False
        decision_ref, customer_ref, lease_ref = self._refs(r)
        recorded = self.snapshots.get(decision_ref.path)
        if recorded is not None and recorded.exists:
            return pb.Decision.FromString(recorded.get("payload")), False
        at = _utc(r.at)
        period = limits.budget_period(at)
        customer = self.snapshots.get(customer_ref.path)
        contacts = self.contacts.setdefault(r.customer_id, list(_field(customer, "contacts", [])))
        lease = self.snapshots.get(lease_ref.path)
        spent = self.spent.get(period, float(_field(lease, "spent", 0.0)))
        lease_left = max(0.0, float(_field(lease, "granted", 0.0)) - spent)
        state = LedgerState(
            contacts=tuple(_utc(c["at"]) for c in contacts),
            budget_spent=max(0.0, self.ledger.rules.period_budget - lease_left - unallocated[period]),
            period=period,
            opted_out=bool(_field(customer, "opted_out", False)),
        )
        decision = r.choose(state)
        check_decision(self.ledger, state, at, r.consent, decision)
        if decision.offer_cost > lease_left + 1e-9:
            raise _NeedLease(decision.offer_cost - lease_left)
        fields = _decision_fields(r.event_id, r.customer_id, at, period, decision)
        self.transaction.create(decision_ref, fields)
        if decision.contact:
            contacts.append({"at": at, "event_id": r.event_id})
            self.contacted.add(r.customer_id)
        if decision.offer_cost:
            self.spent[period] = round(spent + decision.offer_cost, 2)
        self.decided[r.event_id] = decision
        return decision, True

    def write(self) -> None:
        """Each contacted customer's contacts and each spent lease, once."""
        for customer_id in self.contacted:
            contacts = self.contacts[customer_id]
            self.transaction.set(
                self.ledger._customers.document(document_id(customer_id)),
                {"customer_id": customer_id, "contacts": contacts, "contact_count": len(contacts)},
                merge=True,
            )
        for period, spent in self.spent.items():
            self.transaction.update(
                self.ledger._lease_ref(period), {"spent": spent, "expires_at": _lease_expiry()}
            )


def _lease_expiry() -> datetime:
    return _utc(datetime.now(UTC) + timedelta(seconds=LEASE_TTL_S))


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


def retrying(attempt: Callable[[], T], what: str, retry_for_s: float = RETRY_FOR_S) -> T:
    """`attempt()`, tried again on transient errors with exponential backoff for up to `retry_for_s`."""
    deadline = time.monotonic() + retry_for_s
    number = 0
    while True:
        number += 1
        try:
            return attempt()
        except (*TRANSIENT, ValueError) as error:
            delay = min(MAX_BACKOFF_S, FIRST_BACKOFF_S * 2 ** min(number - 1, 10))
            if not _is_transient(error) or time.monotonic() + delay > deadline:
                raise
            log.event(
                logger,
                "ledger call failed; retrying",
                logging.WARNING,
                what=what,
                attempt=number,
                retry_in_s=delay,
                error=type(error).__name__,  # its text may name a document, i.e. a customer
            )
            time.sleep(delay)
