"""Budget leases of the Firestore ledger: several replicas share a period's budget without a hot document."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from retention import limits, stack
from retention.firestore_ledger import LEASE_SHARE, FirestoreLedger, lease_draw
from retention.limits import LedgerState
from retention.settings import ContactRules, OfferCatalog
from retention.v1 import retention_pb2 as pb

RULES = ContactRules(cooldown_days=7, fatigue_cap=2, fatigue_window_days=30, period_budget=1000.0)
OFFERS = OfferCatalog((0.0, 10.0, 20.0, 30.0), 3)
AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
PERIOD = limits.budget_period(AT)


def test_a_lease_draws_at_least_a_chunk_and_never_more_than_is_left():
    assert lease_draw(unallocated=1000, shortfall=30, chunk=50) == 50
    assert lease_draw(unallocated=1000, shortfall=90, chunk=50) == 90
    assert lease_draw(unallocated=40, shortfall=90, chunk=50) == 40
    assert lease_draw(unallocated=0, shortfall=90, chunk=50) == 0


@pytest.fixture
def replicas(firestore_host, monkeypatch):
    """replicas(n): n ledgers on one fresh project, as n decider replicas would open them."""
    monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", firestore_host)
    project = stack.unique_project()
    opened: list[FirestoreLedger] = []

    def make(count: int, rules: ContactRules = RULES) -> list[FirestoreLedger]:
        made = [FirestoreLedger(project, rules, OFFERS, replica=f"r{len(opened) + i}") for i in range(count)]
        opened.extend(made)
        return made

    yield make
    for ledger in opened:
        ledger.client.close()


def biggest_offer(event_id: str, customer_id: str, level: int = 3):
    """Wants offer `level` or the largest below it that the budget affords (monthly 100: 90, 60, 30, 0)."""

    def choose(state: LedgerState) -> pb.Decision:
        allowed = limits.constrain(RULES, OFFERS, state, AT, True, 100.0, True, level)
        cost = OFFERS.cost(allowed.offer_level, 100.0) if allowed.contact else 0.0
        return pb.Decision(
            event_id=event_id,
            customer_id=customer_id,
            contact=allowed.contact,
            offer_level=allowed.offer_level,
            offer_cost=cost,
            budget_period=state.period,
        )

    return choose


def spend_in_parallel(ledgers: list[FirestoreLedger], per_replica: int) -> list[pb.Decision]:
    made: list[pb.Decision] = []
    errors: list[BaseException] = []

    def run(side: int, ledger: FirestoreLedger) -> None:
        try:
            for i in range(per_replica):
                event_id = f"e{side}-{i}"
                decision, _ = ledger.decide_once(
                    event_id, event_id, AT, True, biggest_offer(event_id, event_id)
                )
                made.append(decision)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(ledgers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not errors, errors
    return made


def test_replicas_exhaust_the_budget_exactly_and_never_overspend(replicas):
    ledgers = replicas(3)
    made = spend_in_parallel(ledgers, per_replica=10)  # 30 customers wanting 90 each: 2,700 > 1,000
    spent = sum(d.offer_cost for d in made)
    assert spent <= RULES.period_budget
    assert ledgers[0].budget_spent(PERIOD) == pytest.approx(spent)
    assert ledgers[0].totals().offers_cost == pytest.approx(spent)
    assert ledgers[0].budget_allocated(PERIOD) <= RULES.period_budget
    # Leases strand at most a little: less than one largest offer per replica is left unused.
    assert spent > RULES.period_budget - 3 * 90
    # The period's document is written only when a lease is drawn, not on every decision.
    assert sum(d.offer_cost > 0 for d in made) > 10


def test_a_stopped_replica_gives_its_unused_lease_back(replicas):
    (first,) = replicas(1)
    first.decide_once("e1", "c1", AT, True, biggest_offer("e1", "c1", level=1))  # draws a chunk, spends 30
    chunk = LEASE_SHARE * RULES.period_budget
    assert chunk > 30.0
    assert first.budget_allocated(PERIOD) == pytest.approx(chunk)
    assert first.return_leases() == pytest.approx(chunk - 30.0)
    assert first.budget_allocated(PERIOD) == pytest.approx(30.0)
    assert first.budget_spent(PERIOD) == pytest.approx(30.0)


def test_an_expired_lease_is_reclaimed_and_its_holder_cannot_spend_it(replicas):
    holder, other = replicas(2)
    holder.decide_once("e1", "c1", AT, True, biggest_offer("e1", "c1", level=1))
    held = holder.budget_allocated(PERIOD) - 30.0
    assert held > 0
    # Seen from an hour later every lease has expired; the holder is still alive and holds a stale view.
    assert other.reclaim_expired_leases(PERIOD, now=datetime.now(UTC) + timedelta(hours=1)) == pytest.approx(
        held
    )
    assert holder.budget_allocated(PERIOD) == pytest.approx(30.0)
    decision, _ = holder.decide_once("e2", "c2", AT, True, biggest_offer("e2", "c2"))
    assert decision.offer_cost == 90.0  # it drew a new lease rather than spending the reclaimed one
    assert holder.budget_spent(PERIOD) == pytest.approx(120.0)
    assert holder.budget_allocated(PERIOD) == pytest.approx(120.0)
    assert holder.budget_allocated(PERIOD) <= RULES.period_budget
