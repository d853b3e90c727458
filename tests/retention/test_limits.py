from datetime import UTC, datetime, timedelta

from retention import limits
from retention.limits import LedgerState
from retention.settings import ContactRules, OfferCatalog

RULES = ContactRules(cooldown_days=7, fatigue_cap=3, fatigue_window_days=30, period_budget=100.0)
OFFERS = OfferCatalog((0, 10, 20, 30), 3)
AT = datetime(2026, 11, 15, tzinfo=UTC)


def state(contacts=(), spent=0.0):
    return LedgerState(tuple(contacts), spent, limits.budget_period(AT))


def test_cooldown_blocks_contacts_on_both_sides():
    assert limits.in_cooldown(RULES, [AT - timedelta(days=6)], AT)
    assert limits.in_cooldown(RULES, [AT + timedelta(days=6)], AT)  # an earlier event arriving late
    assert not limits.in_cooldown(RULES, [AT - timedelta(days=7)], AT)


def test_fatigue_counts_every_window_containing_the_new_contact():
    three_before = [AT - timedelta(days=d) for d in (8, 16, 24)]
    assert limits.over_fatigue(RULES, three_before, AT)
    assert not limits.over_fatigue(RULES, three_before[:2], AT)
    # two before and one after, all within 30 days of each other with the new one
    mixed = [AT - timedelta(days=20), AT - timedelta(days=10), AT + timedelta(days=8)]
    assert limits.over_fatigue(RULES, mixed, AT)
    far = [AT - timedelta(days=40), AT - timedelta(days=31), AT - timedelta(days=50)]
    assert not limits.over_fatigue(RULES, far, AT)


def test_consent_blocks_any_contact():
    assert limits.blocking_limits(RULES, state(), AT, consent=False) == [limits.CONSENT]
    assert limits.blocking_limits(RULES, state(), AT, consent=True) == []


def test_constrain_lowers_the_offer_to_what_the_budget_allows():
    # monthly 100: level costs 0, 30, 60, 90; 50 left affords level 1 at most
    result = limits.constrain(RULES, OFFERS, state(spent=50.0), AT, True, 100.0, True, 3)
    assert (result.contact, result.offer_level, result.constrained_by) == (True, 1, (limits.BUDGET,))


def test_constrain_keeps_a_no_discount_contact_when_the_budget_is_spent():
    result = limits.constrain(RULES, OFFERS, state(spent=100.0), AT, True, 100.0, True, 2)
    assert (result.contact, result.offer_level) == (True, 0)


def test_constrain_refuses_contact_in_cooldown_and_says_why():
    result = limits.constrain(RULES, OFFERS, state([AT - timedelta(days=1)]), AT, True, 50.0, True, 1)
    assert (result.contact, result.constrained_by) == (False, (limits.COOLDOWN,))


def test_action_mask_matches_constrain():
    mask = limits.action_mask(RULES, OFFERS, state(spent=50.0), AT, True, 100.0)
    assert mask == [True, True, True, False, False]
    assert limits.action_mask(RULES, OFFERS, state(), AT, False, 100.0) == [True, False, False, False, False]


def test_check_refuses_overspend_and_blocked_contacts():
    import pytest

    with pytest.raises(limits.LimitViolation):
        limits.check(RULES, OFFERS, state(spent=90.0), AT, True, True, 30.0)
    with pytest.raises(limits.LimitViolation):
        limits.check(RULES, OFFERS, state(), AT, False, True, 0.0)
    limits.check(RULES, OFFERS, state(spent=70.0), AT, True, True, 30.0)


def test_contact_history_in_bank_marketing_terms():
    contacts = [AT - timedelta(days=3), datetime(2026, 10, 2, tzinfo=UTC)]
    history = limits.contact_history(state(contacts), AT)
    assert (history.campaign, history.pdays, history.previous) == (2, 3, 1)
    assert limits.contact_history(state(), AT).pdays == -1
