"""The ledger: per-customer contact history, the period budget and every decision taken.

One interface, two stores: SQLite when the system runs embedded in one process, Firestore in
the distributed stack (`retention.firestore_ledger`). Both take each decision in one
transaction that enforces the hard limits of `retention.limits`, keyed by event_id so that a
redelivered event returns the decision already taken and spends nothing twice.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from retention import limits
from retention.limits import LedgerState
from retention.settings import ContactRules, OfferCatalog
from retention.v1 import retention_pb2 as pb

# Builds the decision from the ledger state read in the transaction. It may run more than
# once (Firestore retries contended transactions), so it must not have side effects.
ChooseDecision = Callable[[LedgerState], pb.Decision]


@dataclass(frozen=True)
class DecisionRequest:
    """One event to decide, as `Ledger.decide_once` takes it."""

    event_id: str
    customer_id: str
    at: datetime
    consent: bool
    choose: ChooseDecision


# Per request of `decide_many`: (the decision, whether it was taken now), or the error deciding it raised.
DecisionResult = tuple[pb.Decision, bool] | Exception


@dataclass(frozen=True)
class LedgerTotals:
    decisions: int
    contacts: int
    budget_spent: float  # all periods
    offers_cost: float  # sum of offer_cost over recorded decisions (equals budget_spent when consistent)


class Ledger(Protocol):
    rules: ContactRules
    offers: OfferCatalog

    def decide_once(
        self, event_id: str, customer_id: str, at: datetime, consent: bool, choose: ChooseDecision
    ) -> tuple[pb.Decision, bool]:
        """The decision for event_id, and whether it was taken now (False: already recorded)."""
        ...

    def decide_many(self, requests: Sequence[DecisionRequest]) -> list[DecisionResult]:
        """`decide_once` for each request, in order, each seeing what those before it wrote; an error
        raised for one request (a limit its decision breaks) is its result and writes nothing."""
        ...

    def recorded(self, event_id: str) -> pb.Decision | None: ...

    def record_opt_out(self, customer_id: str) -> None:
        """The customer asked not to be contacted: no decision taken from now on contacts them."""
        ...

    def opted_out(self, customer_id: str) -> bool: ...

    def contacts(self, customer_id: str) -> list[datetime]: ...

    def budget_spent(self, period: str) -> float: ...

    def totals(self) -> LedgerTotals: ...

    def close(self) -> None: ...


def decide_each(ledger: Ledger, requests: Sequence[DecisionRequest]) -> list[DecisionResult]:
    """`decide_many` as one `decide_once` per request (a transaction each)."""
    results: list[DecisionResult] = []
    for r in requests:
        try:
            results.append(ledger.decide_once(r.event_id, r.customer_id, r.at, r.consent, r.choose))
        except Exception as error:  # noqa: BLE001 - that request's result; the others go on
            results.append(error)
    return results


def check_decision(
    ledger: Ledger, state: LedgerState, at: datetime, consent: bool, decision: pb.Decision
) -> None:
    limits.check(ledger.rules, ledger.offers, state, at, consent, decision.contact, decision.offer_cost)


# What a decision reads, in one statement: each statement is a call into SQLite with its own cost (four reads
# took about a quarter more of an embedded decision's ledger time). Contact times come joined by _SEPARATOR,
# which no ISO time holds.
_SEPARATOR = "|"
_EVERYTHING_A_DECISION_READS = f"""
    SELECT (SELECT payload FROM decisions WHERE event_id = ?1),
           (SELECT group_concat(at, '{_SEPARATOR}') FROM contacts WHERE customer_id = ?2),
           (SELECT spent FROM budget WHERE period = ?3),
           EXISTS (SELECT 1 FROM opt_outs WHERE customer_id = ?2)
"""


def _times(stamps: Iterable[str]) -> list[datetime]:
    return [datetime.fromisoformat(at).astimezone(UTC) for at in stamps]


class SqliteLedger:
    """Embedded ledger. Serializable by construction: every decision runs under BEGIN IMMEDIATE.

    `synchronous` is SQLite's: with the write-ahead log, "NORMAL" (the default) makes a committed decision
    survive the process being killed, and keeps the file consistent through a power cut, which may undo
    the last decisions taken before it; "FULL" also keeps those, at the price of an fsync per decision
    (about 1 ms on the development machine, several under load: most of an embedded Decide's time).
    """

    def __init__(
        self, path: str | Path, rules: ContactRules, offers: OfferCatalog, synchronous: str = "NORMAL"
    ):
        if synchronous not in ("NORMAL", "FULL"):
            raise ValueError(f"synchronous must be 'NORMAL' or 'FULL', got {synchronous!r}")
        self.rules = rules
        self.offers = offers
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._db.executescript(
            f"""
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous={synchronous};
            CREATE TABLE IF NOT EXISTS decisions (
                event_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, period TEXT NOT NULL,
                contact INTEGER NOT NULL, offer_cost REAL NOT NULL, decided_at TEXT NOT NULL,
                payload BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS contacts (
                customer_id TEXT NOT NULL, at TEXT NOT NULL, event_id TEXT NOT NULL UNIQUE);
            CREATE INDEX IF NOT EXISTS contacts_by_customer ON contacts (customer_id);
            CREATE TABLE IF NOT EXISTS budget (period TEXT PRIMARY KEY, spent REAL NOT NULL);
            CREATE TABLE IF NOT EXISTS opt_outs (customer_id TEXT PRIMARY KEY);
            """
        )

    def decide_once(
        self, event_id: str, customer_id: str, at: datetime, consent: bool, choose: ChooseDecision
    ) -> tuple[pb.Decision, bool]:
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                period = limits.budget_period(at)
                payload, contacts, spent, opted_out = db.execute(
                    _EVERYTHING_A_DECISION_READS, (event_id, customer_id, period)
                ).fetchone()
                if payload is not None:
                    db.execute("COMMIT")
                    return pb.Decision.FromString(payload), False
                state = LedgerState(
                    contacts=tuple(_times(contacts.split(_SEPARATOR)) if contacts else ()),
                    budget_spent=spent or 0.0,
                    period=period,
                    opted_out=bool(opted_out),
                )
                decision = choose(state)
                check_decision(self, state, at, consent, decision)
                db.execute(
                    "INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        event_id,
                        customer_id,
                        period,
                        int(decision.contact),
                        decision.offer_cost,
                        at.isoformat(),
                        decision.SerializeToString(),
                    ),
                )
                if decision.contact:
                    db.execute(
                        "INSERT INTO contacts VALUES (?, ?, ?)", (customer_id, at.isoformat(), event_id)
                    )
                if decision.offer_cost:
                    db.execute(
                        "INSERT INTO budget VALUES (?, ?) "
                        "ON CONFLICT(period) DO UPDATE SET spent = spent + ?",
                        (period, decision.offer_cost, decision.offer_cost),
                    )
                db.execute("COMMIT")
                return decision, True
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def decide_many(self, requests: Sequence[DecisionRequest]) -> list[DecisionResult]:
        return decide_each(self, requests)

    def _contacts(self, customer_id: str) -> list[datetime]:
        rows = self._db.execute("SELECT at FROM contacts WHERE customer_id = ?", (customer_id,)).fetchall()
        return _times(at for (at,) in rows)

    def _opted_out(self, customer_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM opt_outs WHERE customer_id = ?", (customer_id,)).fetchone()
        return row is not None

    def record_opt_out(self, customer_id: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO opt_outs VALUES (?)", (customer_id,))

    def opted_out(self, customer_id: str) -> bool:
        with self._lock:
            return self._opted_out(customer_id)

    def _spent(self, period: str) -> float:
        row = self._db.execute("SELECT spent FROM budget WHERE period = ?", (period,)).fetchone()
        return row[0] if row else 0.0

    def recorded(self, event_id: str) -> pb.Decision | None:
        with self._lock:
            row = self._db.execute("SELECT payload FROM decisions WHERE event_id = ?", (event_id,)).fetchone()
        return pb.Decision.FromString(row[0]) if row else None

    def contacts(self, customer_id: str) -> list[datetime]:
        with self._lock:
            return self._contacts(customer_id)

    def budget_spent(self, period: str) -> float:
        with self._lock:
            return self._spent(period)

    def totals(self) -> LedgerTotals:
        with self._lock:
            decisions, offers_cost = self._db.execute(
                "SELECT COUNT(*), COALESCE(SUM(offer_cost), 0) FROM decisions"
            ).fetchone()
            (contacts,) = self._db.execute("SELECT COUNT(*) FROM contacts").fetchone()
            (spent,) = self._db.execute("SELECT COALESCE(SUM(spent), 0) FROM budget").fetchone()
        return LedgerTotals(decisions, contacts, round(spent, 2), round(offers_cost, 2))

    def close(self) -> None:
        with self._lock:
            self._db.close()
