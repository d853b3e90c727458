"""What a decision is worth and what the policy sees: one definition for the simulator and the decider.

`expected_value` is the uplift of the configuration's economics section; `observe` builds the policy's input
from quantities the decider has at serving time (a ScoredEvent, the ledger's state, the event time).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np

from retention.settings import Economics, OfferCatalog

# The policy's input, in this order. Money is in hundreds of currency units; the exported policy carries
# this list and the decider refuses a policy whose list differs.
OBSERVATION_FEATURES: tuple[str, ...] = (
    "churn_risk",
    *(f"accept_{level}" for level in range(4)),
    *(f"value_{level}" for level in range(4)),
    *(f"cost_{level}" for level in range(4)),
    "monthly_charges",
    "tenure_years",
    "budget_left_share",
    "period_elapsed",
    "contacts_this_period",
    "days_since_contact",
    "never_contacted",
)
MONEY_SCALE = 100.0


def offer_costs(offers: OfferCatalog, monthly_charges: np.ndarray) -> np.ndarray:
    """(n, levels) budget each offer takes, by the catalogue's own (rounded) cost."""
    return np.array(
        [[offers.cost(level, float(m)) for level in range(offers.levels)] for m in monthly_charges]
    )


def contact_value(economics: Economics, churn_risk, accept, monthly_charges, cost, reduction):
    """Expected net value of one contact, in currency units (elementwise, numpy broadcasting).

    P(accept) * (churn risk * reduction * monthly charges * horizon - offer cost) - contact cost: a customer
    who would stay anyway (risk 0) brings only costs, and the discount is paid only when accepted.
    """
    kept = churn_risk * reduction * monthly_charges * economics.horizon_months
    return accept * (kept - cost) - economics.contact_cost


def expected_value(
    economics: Economics,
    churn_risk: np.ndarray,
    accept: np.ndarray,
    monthly_charges: np.ndarray,
    costs: np.ndarray,
) -> np.ndarray:
    """(n, levels) `contact_value` of a contact at each level."""
    reduction = np.asarray(economics.churn_reduction_by_level)[None, :]
    return contact_value(economics, churn_risk[:, None], accept, monthly_charges[:, None], costs, reduction)


def expected_retained(economics: Economics, churn_risk: np.ndarray, accept: np.ndarray) -> np.ndarray:
    """(n, levels) expected customers kept because of a contact at each level."""
    return accept * churn_risk[:, None] * np.asarray(economics.churn_reduction_by_level)[None, :]


def period_elapsed(at: datetime) -> float:
    """Fraction of the calendar month (UTC, the ledger's budget period) gone at `at`, in [0, 1)."""
    at = at.astimezone(UTC)
    days = calendar.monthrange(at.year, at.month)[1]
    start = datetime(at.year, at.month, 1, tzinfo=UTC)
    return (at - start).total_seconds() / (days * 86400.0)


def observe(
    economics: Economics,
    offers: OfferCatalog,
    period_budget: float,
    churn_risk: np.ndarray,
    accept: np.ndarray,
    monthly_charges: np.ndarray,
    costs: np.ndarray,
    tenure: np.ndarray,
    budget_left: np.ndarray,
    elapsed: np.ndarray,
    campaign: np.ndarray,
    pdays: np.ndarray,
) -> np.ndarray:
    """(n, len(OBSERVATION_FEATURES)) float32 policy input.

    accept is acceptance given the customer's contact history (limits.contact_history); costs is
    `offer_costs` (the offer catalogue's cost per level); campaign and pdays
    are that history's fields (contacts in this period including this one; days since the last, -1: never).
    The value per level is the first-contact value: the ledger does not know whether earlier offers were
    accepted, so neither does the policy.
    """
    if accept.shape[1] != offers.levels or offers.levels != 4:
        raise ValueError(f"the policy observes 4 offer levels, got acceptance of shape {accept.shape}")
    values = expected_value(economics, churn_risk, accept, monthly_charges, costs)
    n = len(churn_risk)
    pdays = np.asarray(pdays, dtype=np.float64)
    budget_left = np.broadcast_to(np.asarray(budget_left, dtype=np.float64), (n,))
    elapsed = np.broadcast_to(np.asarray(elapsed, dtype=np.float64), (n,))
    columns = [
        churn_risk[:, None],
        accept,
        values / MONEY_SCALE,
        costs / MONEY_SCALE,
        (monthly_charges / MONEY_SCALE)[:, None],
        (np.asarray(tenure, dtype=np.float64) / 12.0)[:, None],
        (budget_left / max(period_budget, 1e-9))[:, None],
        elapsed[:, None],
        (np.asarray(campaign, dtype=np.float64) - 1.0)[:, None],
        (np.where(pdays < 0, 0.0, pdays) / 30.0)[:, None],
        (pdays < 0).astype(np.float64)[:, None],
    ]
    return np.concatenate(columns, axis=1).astype(np.float32)


def observe_one(
    economics: Economics,
    period_budget: float,
    churn_risk: float,
    accept: Sequence[float],
    monthly_charges: float,
    costs: Sequence[float],
    tenure: float,
    budget_left: float,
    elapsed: float,
    campaign: float,
    pdays: float,
) -> np.ndarray:
    """`observe` of one customer from plain numbers, (1, len(OBSERVATION_FEATURES)) float32: the decider's
    one event at a time, where numpy's cost per call would be most of the work. The same operations in
    the same order as `observe`, so the same floats (tested equal on many draws)."""
    reductions = economics.churn_reduction_by_level
    if len(accept) != 4 or len(costs) != 4 or len(reductions) != 4:
        raise ValueError(f"the policy observes 4 offer levels, got {len(accept)} acceptance values")
    values = [
        contact_value(economics, churn_risk, p, monthly_charges, cost, reduction) / MONEY_SCALE
        for p, cost, reduction in zip(accept, costs, reductions, strict=True)
    ]
    row = [
        churn_risk,
        *accept,
        *values,
        *(cost / MONEY_SCALE for cost in costs),
        monthly_charges / MONEY_SCALE,
        tenure / 12.0,
        budget_left / max(period_budget, 1e-9),
        elapsed,
        campaign - 1.0,
        (0.0 if pdays < 0 else pdays) / 30.0,
        1.0 if pdays < 0 else 0.0,
    ]
    return np.array([row], dtype=np.float32)
