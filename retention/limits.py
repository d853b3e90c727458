"""The hard limits of contacting a customer: consent, cooldown, fatigue and the period budget.

Pure functions over a customer's contact history, shared by the ledgers (inside their
transactions) and by the policy simulator, so that training and serving obey the same rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from retention.settings import ContactRules, OfferCatalog

CONSENT = "consent"
COOLDOWN = "cooldown"
FATIGUE = "fatigue"
BUDGET = "budget"


@dataclass(frozen=True)
class LedgerState:
    """What the ledger knows at decision time, read inside the transaction."""

    contacts: tuple[datetime, ...]  # this customer's past contacts (any order)
    budget_spent: float  # spent in the event's period (with budget leases: what this replica cannot spend)
    period: str  # budget period, e.g. "2026-11"
    opted_out: bool = False  # the customer asked not to be contacted again (recorded in the ledger)

    def budget_left(self, rules: ContactRules) -> float:
        return max(0.0, rules.period_budget - self.budget_spent)


def budget_period(at: datetime) -> str:
    return f"{at.year:04d}-{at.month:02d}"


def in_cooldown(rules: ContactRules, contacts: Sequence[datetime], at: datetime) -> bool:
    """A contact at `at` would be closer than the cooldown to another contact, before or after it."""
    gap = timedelta(days=rules.cooldown_days)
    return any(abs(at - when) < gap for when in contacts)


def over_fatigue(rules: ContactRules, contacts: Sequence[datetime], at: datetime) -> bool:
    """A contact at `at` would put more than `fatigue_cap` contacts in some window of the given length.

    Checks every window that contains `at`, so that events arriving out of order stay exact.
    """
    window = timedelta(days=rules.fatigue_window_days)
    times = sorted([*contacts, at])
    for start in times:
        if start > at or at - start >= window:
            continue
        if sum(1 for t in times if start <= t < start + window) > rules.fatigue_cap:
            return True
    return False


def blocking_limits(rules: ContactRules, state: LedgerState, at: datetime, consent: bool) -> list[str]:
    """The limits that forbid any contact of this customer at `at` (empty when a contact is allowed)."""
    blocked = []
    if not consent or state.opted_out:
        blocked.append(CONSENT)
    if in_cooldown(rules, state.contacts, at):
        blocked.append(COOLDOWN)
    if rules.fatigue_cap <= 0 or over_fatigue(rules, state.contacts, at):
        blocked.append(FATIGUE)
    return blocked


def affordable_levels(
    rules: ContactRules, offers: OfferCatalog, state: LedgerState, monthly_charges: float
) -> list[bool]:
    """For each offer level, whether its cost fits in what is left of the period budget."""
    left = state.budget_left(rules)
    return [offers.cost(level, monthly_charges) <= left + 1e-9 for level in range(offers.levels)]


def action_mask(
    rules: ContactRules,
    offers: OfferCatalog,
    state: LedgerState,
    at: datetime,
    consent: bool,
    monthly_charges: float,
) -> list[bool]:
    """Allowed actions: index 0 = no contact (always allowed), index 1 + level = contact at that level."""
    if blocking_limits(rules, state, at, consent):
        return [True] + [False] * offers.levels
    return [True, *affordable_levels(rules, offers, state, monthly_charges)]


def action_masks(blocked: np.ndarray, costs: np.ndarray, budget_left: float) -> np.ndarray:
    """`action_mask` for many customers at once (the policy simulator): (n, 1 + levels) booleans.

    blocked: (n,) whether `blocking_limits` forbids any contact; costs: (n, levels) `offers.cost` per level;
    budget_left: `LedgerState.budget_left`. Tested to agree with `action_mask` customer by customer.
    """
    blocked = np.asarray(blocked, dtype=bool)
    affordable = np.asarray(costs, dtype=np.float64) <= budget_left + 1e-9
    return np.concatenate([np.ones((len(blocked), 1), dtype=bool), affordable & ~blocked[:, None]], axis=1)


@dataclass(frozen=True)
class Constrained:
    contact: bool
    offer_level: int
    constrained_by: tuple[str, ...]


def constrain(
    rules: ContactRules,
    offers: OfferCatalog,
    state: LedgerState,
    at: datetime,
    consent: bool,
    monthly_charges: float,
    wanted_contact: bool,
    wanted_level: int,
) -> Constrained:
    """The closest allowed action to the wanted one: same or lower offer level, or no contact."""
    if not wanted_contact:
        return Constrained(False, 0, ())
    blocked = blocking_limits(rules, state, at, consent)
    if blocked:
        return Constrained(False, 0, tuple(blocked))
    affordable = affordable_levels(rules, offers, state, monthly_charges)
    level = max(lv for lv in range(wanted_level + 1) if affordable[lv])  # level 0 costs nothing
    return Constrained(True, level, (BUDGET,) if level < wanted_level else ())


class LimitViolation(RuntimeError):
    """A decision that breaks a hard limit reached the ledger; it is refused, never written."""


def check(
    rules: ContactRules,
    offers: OfferCatalog,
    state: LedgerState,
    at: datetime,
    consent: bool,
    contact: bool,
    offer_cost: float,
) -> None:
    """Last line of defence inside the ledger transaction."""
    if not contact:
        if offer_cost:
            raise LimitViolation("a decision not to contact cannot spend budget")
        return
    blocked = blocking_limits(rules, state, at, consent)
    if blocked:
        raise LimitViolation(f"contact blocked by {blocked}")
    if offer_cost > state.budget_left(rules) + 1e-9:
        raise LimitViolation(f"offer cost {offer_cost} exceeds budget left {state.budget_left(rules)}")


@dataclass(frozen=True)
class ContactHistory:
    """A customer's contact history in the terms of the Bank Marketing data, as the ledger knows it.

    campaign ~ contacts in this period including this one, pdays ~ days since the last contact
    (-1: never), previous ~ contacts before this period, poutcome ~ outcome of the last offer.
    """

    campaign: int = 1
    pdays: int = -1
    previous: int = 0
    poutcome: str = "unknown"  # the ledger does not learn offer outcomes yet


def contact_history(state: LedgerState, at: datetime) -> ContactHistory:
    before = [when for when in state.contacts if when <= at]
    in_period = [when for when in before if budget_period(when) == state.period]
    last = max(before, default=None)
    return ContactHistory(
        campaign=len(in_period) + 1,
        pdays=-1 if last is None else (at - last).days,
        previous=len(before) - len(in_period),
    )
