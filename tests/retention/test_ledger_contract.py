"""The Ledger contract, run against both stores: SQLite (embedded) and Firestore (on its emulator).

Each Firestore test gets a project of its own, a namespace no other test sees.
"""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime, timedelta

import pytest

from retention import limits, stack
from retention.ledger import DecisionRequest, Ledger, LedgerTotals, SqliteLedger
from retention.limits import LedgerState, LimitViolation
from retention.settings import ContactRules, OfferCatalog
from retention.v1 import retention_pb2 as pb

RULES = ContactRules(cooldown_days=7, fatigue_cap=2, fatigue_window_days=30, period_budget=200.0)
OFFERS = OfferCatalog((0.0, 10.0, 20.0, 30.0), 3)
AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "firestore"])
def make_ledger(request, tmp_path, monkeypatch):
    """Builds ledgers of the parametrized kind; two built in one test share their store."""
    built: list[Ledger] = []
    project = stack.unique_project()

    def make(rules: ContactRules = RULES) -> Ledger:
        if request.param == "sqlite":
            ledger = SqliteLedger(tmp_path / "ledger.sqlite", rules, OFFERS)
        else:
            from retention.firestore_ledger import FirestoreLedger

            monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", request.getfixturevalue("firestore_host"))
            ledger = FirestoreLedger(project, rules, OFFERS)
        built.append(ledger)
        return ledger

    yield make
    for ledger in built:
        ledger.close()


@pytest.fixture
def ledger(make_ledger) -> Ledger:
    return make_ledger()


def totals(decisions: int, contacts: int, spent: float) -> LedgerTotals:
    return LedgerTotals(decisions, contacts, spent, spent)


def decision(
    event_id: str, customer_id: str, state: LedgerState, contact: bool, level: int, monthly: float = 100.0
) -> pb.Decision:
    cost = OFFERS.cost(level, monthly) if contact else 0.0
    return pb.Decision(
        event_id=event_id,
        customer_id=customer_id,
        contact=contact,
        offer_level=level if contact else 0,
        offer_cost=cost,
        budget_period=state.period,
    )


def wanting(event_id: str, customer_id: str, at: datetime, consent: bool, level: int, monthly: float = 100.0):
    """A `choose` like the decider's: the wanted offer, bounded by the limits as the state shows them."""

    def choose(state: LedgerState) -> pb.Decision:
        allowed = limits.constrain(RULES, OFFERS, state, at, consent, monthly, True, level)
        return decision(event_id, customer_id, state, allowed.contact, allowed.offer_level, monthly)

    return choose


def insisting(event_id: str, customer_id: str, level: int, monthly: float = 100.0):
    """A `choose` that ignores the limits: the ledger itself must refuse what it breaks."""
    return lambda state: decision(event_id, customer_id, state, True, level, monthly)


def test_a_decision_is_taken_once_per_event(ledger):
    first, taken = ledger.decide_once("e1", "c1", AT, True, insisting("e1", "c1", level=1))
    assert taken and first.offer_cost == 30.0
    before = ledger.totals()

    def must_not_run(state):
        raise AssertionError("choose ran for an event already decided")

    again, taken_again = ledger.decide_once("e1", "c1", AT, True, must_not_run)
    assert not taken_again
    assert again == first
    assert ledger.recorded("e1") == first
    assert ledger.totals() == before == totals(decisions=1, contacts=1, spent=30.0)


def test_the_budget_is_never_exceeded(ledger):
    # Each wants the largest offer (90); the budget of 200 affords two, then a smaller one, then none.
    costs = []
    for i in range(6):
        made, _ = ledger.decide_once(f"e{i}", f"c{i}", AT, True, wanting(f"e{i}", f"c{i}", AT, True, level=3))
        costs.append(made.offer_cost)
    assert costs == [90.0, 90.0, 0.0, 0.0, 0.0, 0.0]  # 20 left: contacts without discount
    assert ledger.budget_spent(limits.budget_period(AT)) == pytest.approx(sum(costs))
    with pytest.raises(LimitViolation):
        ledger.decide_once("over", "c-over", AT, True, insisting("over", "c-over", level=3))
    assert ledger.recorded("over") is None
    assert ledger.totals().budget_spent == pytest.approx(sum(costs))


def test_each_period_has_its_own_budget(ledger):
    next_month = AT + timedelta(days=31)
    for i, at in enumerate((AT, AT, next_month, next_month)):
        ledger.decide_once(f"e{i}", f"c{i}", at, True, insisting(f"e{i}", f"c{i}", level=3))
    assert ledger.budget_spent(limits.budget_period(AT)) == 180.0
    assert ledger.budget_spent(limits.budget_period(next_month)) == 180.0
    assert ledger.totals().budget_spent == 360.0


def test_cooldown_refuses_a_second_contact_too_soon(ledger):
    ledger.decide_once("e1", "c1", AT, True, insisting("e1", "c1", level=0))
    soon = AT + timedelta(days=3)
    with pytest.raises(LimitViolation, match="cooldown"):
        ledger.decide_once("e2", "c1", soon, True, insisting("e2", "c1", level=0))
    chosen, _ = ledger.decide_once("e3", "c1", soon, True, wanting("e3", "c1", soon, True, level=1))
    assert not chosen.contact
    later = AT + timedelta(days=7)
    allowed, _ = ledger.decide_once("e4", "c1", later, True, insisting("e4", "c1", level=0))
    assert allowed.contact
    assert ledger.contacts("c1") == [AT, later]
    assert ledger.contacts("someone-else") == []


def test_fatigue_caps_contacts_in_a_window(ledger):
    days = [0, 10]  # cap 2 in 30 days
    for i, day in enumerate(days):
        ledger.decide_once(f"e{i}", "c1", AT + timedelta(days=day), True, insisting(f"e{i}", "c1", level=0))
    with pytest.raises(LimitViolation, match="fatigue"):
        ledger.decide_once("e2", "c1", AT + timedelta(days=20), True, insisting("e2", "c1", level=0))
    allowed, _ = ledger.decide_once("e3", "c1", AT + timedelta(days=31), True, insisting("e3", "c1", level=0))
    assert allowed.contact
    assert ledger.totals().contacts == 3


def test_events_arriving_out_of_order_obey_the_limits(ledger):
    late = AT + timedelta(days=20)
    ledger.decide_once("later", "c1", late, True, insisting("later", "c1", level=0))
    # An event from before the recorded contact arrives afterwards: the cooldown holds on both sides.
    with pytest.raises(LimitViolation, match="cooldown"):
        ledger.decide_once(
            "earlier", "c1", late - timedelta(days=4), True, insisting("earlier", "c1", level=0)
        )
    ledger.decide_once("first", "c1", AT, True, insisting("first", "c1", level=0))
    # Days 0 and 20 are recorded; day 10 would put three contacts in 30 days (cap 2).
    with pytest.raises(LimitViolation, match="fatigue"):
        ledger.decide_once("middle", "c1", AT + timedelta(days=10), True, insisting("middle", "c1", level=0))
    assert sorted(ledger.contacts("c1")) == [AT, late]


def test_no_contact_without_consent(ledger):
    with pytest.raises(LimitViolation, match="consent"):
        ledger.decide_once("e1", "c1", AT, False, insisting("e1", "c1", level=1))
    chosen, taken = ledger.decide_once("e2", "c1", AT, False, wanting("e2", "c1", AT, False, level=1))
    assert taken and not chosen.contact and chosen.offer_cost == 0.0
    assert ledger.contacts("c1") == []
    assert ledger.totals() == totals(decisions=1, contacts=0, spent=0.0)


def test_a_refused_decision_writes_nothing(ledger):
    with pytest.raises(LimitViolation):
        ledger.decide_once("e1", "c1", AT, True, lambda state: pb.Decision(event_id="e1", offer_cost=5.0))
    assert ledger.recorded("e1") is None
    assert ledger.totals() == totals(decisions=0, contacts=0, spent=0.0)


@pytest.mark.parametrize("batch", [1, 7], ids=["one by one", "in batches"])
def test_a_random_stream_keeps_every_limit(ledger, batch):
    rng = random.Random(7)
    customers = [f"c{i}" for i in range(8)]
    events = []
    for i in range(60):
        at = AT + timedelta(days=rng.uniform(0, 27))  # one period, delivered in random order
        events.append((f"e{i}", rng.choice(customers), at, rng.random() < 0.85, rng.randint(0, 3)))
    requests = [
        DecisionRequest(event_id, customer, at, consent, wanting(event_id, customer, at, consent, level))
        for event_id, customer, at, consent, level in events + events[:10]  # and ten redeliveries
    ]
    for start in range(0, len(requests), batch):
        if batch == 1:
            r = requests[start]
            ledger.decide_once(r.event_id, r.customer_id, r.at, r.consent, r.choose)
        else:
            results = ledger.decide_many(requests[start : start + batch])
            assert not [r for r in results if isinstance(r, Exception)]  # `wanting` keeps every limit
    kept = ledger.totals()
    assert kept.decisions == 60
    assert kept.budget_spent == pytest.approx(kept.offers_cost)
    assert kept.budget_spent <= RULES.period_budget + 1e-9
    recorded = [ledger.recorded(event_id) for event_id, *_ in events]
    for customer in customers:
        contacts = sorted(ledger.contacts(customer))
        for i, when in enumerate(contacts):
            others = contacts[:i] + contacts[i + 1 :]
            assert not limits.in_cooldown(RULES, others, when)
            assert not limits.over_fatigue(RULES, others, when)
    no_consent = {event_id for event_id, _, _, consent, _ in events if not consent}
    assert not any(d.contact for d in recorded if d.event_id in no_consent)
    assert kept.contacts == sum(d.contact for d in recorded)


def test_a_batch_is_decided_as_one_event_after_the_other(ledger):
    # 200 of budget; each contact at level 3 costs 90. On Firestore the lease runs out twice in the batch.
    later = AT + timedelta(days=2)

    def must_not_run(state):
        raise AssertionError("choose ran for an event already decided")

    batch = [
        DecisionRequest("e1", "c1", AT, True, wanting("e1", "c1", AT, True, level=3)),
        DecisionRequest("e2", "c1", later, True, wanting("e2", "c1", later, True, level=1)),  # cooldown
        DecisionRequest("e1", "c1", AT, True, must_not_run),  # the same event again
        DecisionRequest("e3", "c2", AT, True, wanting("e3", "c2", AT, True, level=3)),
        DecisionRequest("e4", "c3", AT, True, wanting("e4", "c3", AT, True, level=3)),  # 20 left
        DecisionRequest("e5", "c4", AT, True, insisting("e5", "c4", level=3)),  # over the budget
        DecisionRequest("e6", "c5", AT, False, wanting("e6", "c5", AT, False, level=3)),  # no consent
    ]
    results = ledger.decide_many(batch)

    first, taken = results[0]
    assert taken and first.offer_cost == 90.0
    assert results[1][1] and not results[1][0].contact
    assert results[2] == (first, False)
    assert results[3][0].offer_cost == 90.0
    assert results[4][0].contact and results[4][0].offer_cost == 0.0
    assert isinstance(results[5], LimitViolation) and ledger.recorded("e5") is None
    assert not results[6][0].contact
    assert ledger.contacts("c1") == [AT]
    assert ledger.totals() == totals(decisions=5, contacts=3, spent=180.0)
    assert ledger.decide_many(batch[:1]) == [(first, False)]


def test_two_ledgers_on_one_store_share_the_budget(make_ledger):
    # Two services' ledgers at once: the transaction, not a lock in one process, keeps the budget.
    ledgers = [make_ledger(), make_ledger()]
    errors: list[BaseException] = []

    def decide(ledger: Ledger, side: int) -> None:
        try:
            for i in range(3):
                event_id, customer = f"e{side}-{i}", f"c{side}-{i}"
                ledger.decide_once(
                    event_id, customer, AT, True, wanting(event_id, customer, AT, True, level=3)
                )
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=decide, args=(ledger, side)) for side, ledger in enumerate(ledgers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    kept = ledgers[0].totals()
    assert kept.decisions == 6
    assert kept.budget_spent == pytest.approx(kept.offers_cost)
    assert kept.budget_spent <= RULES.period_budget


def test_an_opted_out_customer_is_never_contacted_again(ledger):
    ledger.decide_once("e1", "c1", AT, True, insisting("e1", "c1", level=0))
    ledger.record_opt_out("c1")
    assert ledger.opted_out("c1") and not ledger.opted_out("c2")
    later = AT + timedelta(days=20)
    with pytest.raises(LimitViolation, match="consent"):
        ledger.decide_once("e2", "c1", later, True, insisting("e2", "c1", level=0))
    chosen, _ = ledger.decide_once("e3", "c1", later, True, wanting("e3", "c1", later, True, level=2))
    assert not chosen.contact and chosen.offer_cost == 0.0
    assert ledger.contacts("c1") == [AT]  # the opt-out keeps the history


def test_sqlite_durability_is_one_of_its_two_modes(tmp_path):
    with pytest.raises(ValueError, match="synchronous"):
        SqliteLedger(tmp_path / "ledger.sqlite", RULES, OFFERS, synchronous="OFF")
    durable = SqliteLedger(tmp_path / "durable.sqlite", RULES, OFFERS, synchronous="FULL")
    durable.decide_once("e1", "c1", AT, True, insisting("e1", "c1", level=0))
    assert durable.totals().decisions == 1
    durable.close()
