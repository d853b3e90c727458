"""The simulator's vectorized mask is the decider's scalar rule, customer by customer."""

from datetime import UTC, datetime, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from retention import limits
from retention.limits import LedgerState
from retention.settings import ContactRules, OfferCatalog

AT = datetime(2026, 11, 15, 12, tzinfo=UTC)
OFFERS = OfferCatalog()


@settings(max_examples=200, deadline=None)
@given(
    spent=st.floats(0, 3000),
    budget=st.floats(0, 3000),
    consent=st.booleans(),
    monthly=st.floats(0, 150),
    days_ago=st.lists(st.integers(1, 40), max_size=4),
)
def test_action_masks_agree_with_action_mask(spent, budget, consent, monthly, days_ago):
    rules = ContactRules(period_budget=budget)
    state = LedgerState(tuple(AT - timedelta(days=d) for d in days_ago), spent, "2026-11")
    scalar = limits.action_mask(rules, OFFERS, state, AT, consent, monthly)
    blocked = bool(limits.blocking_limits(rules, state, AT, consent))
    costs = np.array([[OFFERS.cost(level, monthly) for level in range(OFFERS.levels)]])
    vector = limits.action_masks(np.array([blocked]), costs, state.budget_left(rules))
    assert vector[0].tolist() == scalar
