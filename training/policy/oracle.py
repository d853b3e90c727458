"""The ceiling: a planner with hindsight that knows every arrival and every probability of the period.

For each customer it lists every plan (an action per event of theirs) the hard limits allow (consent,
cooldown, fatigue: `limits.blocking_limits` through the episode) with its expected value, worked out by the
simulator's own accounting; then it picks one plan per customer to maximise the expected net value with
spend within the period budget every month and the team's targets (budget share, contact-rate ceiling)
met: a multiple-choice knapsack solved exactly as a mixed-integer program (HiGHS, scipy.optimize.milp).

What it does not know: whether an offer will be accepted (nor does the ledger). So it bounds, on the same
months, the expected value of every policy that keeps the hard limits every month and the targets over
those months (the evaluation plans each seed's months together, as the targets are met in expectation).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from retention.settings import Settings
from training.policy.simulator import CustomerPool, Episode, StepView, contact_outcome


@dataclass(frozen=True)
class Plan:
    events: tuple[int, ...]
    actions: tuple[int, ...]  # 0 = no contact, 1 + level
    value: float
    cost: float
    contacts: int


def customer_plans(episode: Episode, pool: CustomerPool, settings: Settings, events: list[int]) -> list[Plan]:
    """Every plan the hard limits allow for one customer's events, minus those another plan dominates."""
    c = int(episode.customer[events[0]])
    levels = settings.offers.levels
    plans = []
    for actions in itertools.product(range(1 + levels), repeat=len(events)):
        pattern, risk_left, value, cost, feasible = 0, 1.0, 0.0, 0.0, True
        for b, (e, action) in enumerate(zip(events, actions, strict=True)):
            if action == 0:
                continue
            if episode.blocked[e, pattern]:
                feasible = False
                break
            level = action - 1
            accept = float(episode.accept[e, pattern, level])
            offer = float(pool.costs[c, level])
            gained, _, _ = contact_outcome(
                settings,
                float(pool.churn_risk[c]) * risk_left,
                accept,
                float(pool.monthly_charges[c]),
                offer,
                level,
            )
            value, cost = value + gained, cost + offer
            risk_left *= 1.0 - accept * settings.economics.churn_reduction_by_level[level]
            pattern |= 1 << b
        if feasible:
            plans.append(Plan(tuple(events), actions, value, cost, sum(a > 0 for a in actions)))
    return pareto(plans)


def pareto(plans: list[Plan]) -> list[Plan]:
    """Plans no other plan beats on value while spending no more budget and no more contacts."""
    plans = sorted(plans, key=lambda p: (-p.value, p.cost, p.contacts))
    kept: list[Plan] = []
    for plan in plans:
        if not any(k.cost <= plan.cost and k.contacts <= plan.contacts for k in kept):
            kept.append(plan)
    return kept


@dataclass(frozen=True)
class OracleSolution:
    actions: np.ndarray  # (n,) per event of the episode
    value: float  # expected net value of the plan
    budget: float
    contacts: int


def solve(episode: Episode, pool: CustomerPool, settings: Settings) -> OracleSolution:
    """The best plan of one month."""
    return solve_months([episode], pool, settings)[0]


def solve_months(episodes: Sequence[Episode], pool: CustomerPool, settings: Settings) -> list[OracleSolution]:
    """The best plans of several months planned together, one per month.

    The hard budget binds every month (the ledger's limit); the team's soft targets, budget share and
    contact-rate ceiling, bind on average over the months, as the learned policy is asked to meet them
    (in expectation) and as the evaluation judges them. With one month they bind that month.
    """
    plans, owner, month, customers = [], [], [], 0  # owner: the (month, customer) row a plan belongs to
    for m, episode in enumerate(episodes):
        by_customer: dict[int, list[int]] = {}
        for e, c in enumerate(episode.customer.tolist()):
            by_customer.setdefault(c, []).append(e)
        for events in by_customer.values():
            for plan in customer_plans(episode, pool, settings, events):
                plans.append(plan)
                owner.append(customers)
                month.append(m)
            customers += 1
    value = np.array([p.value for p in plans])
    cost = np.array([p.cost for p in plans])
    contacts = np.array([p.contacts for p in plans], dtype=np.float64)
    n, months = len(plans), len(episodes)
    one_each = coo_array((np.ones(n), (owner, np.arange(n))), shape=(customers, n)).tocsr()
    budget_each_month = coo_array((cost, (month, np.arange(n))), shape=(months, n)).tocsr()
    targets, budget = settings.economics.targets, settings.limits.period_budget
    ceiling = np.floor(targets.contact_rate_ceiling * sum(len(e) for e in episodes) + 1e-9)
    result = milp(
        c=-value,
        constraints=[
            LinearConstraint(one_each, 1, 1),
            LinearConstraint(budget_each_month, -np.inf, budget),
            LinearConstraint(
                np.vstack([cost, contacts]), -np.inf, [targets.budget_share * budget * months, ceiling]
            ),
        ],
        integrality=np.ones(n),
        bounds=Bounds(0, 1),
        options={"mip_rel_gap": 0.0},
    )
    if not result.success:
        raise RuntimeError(f"the oracle's program did not solve: {result.message}")
    solutions = []
    for m, episode in enumerate(episodes):
        actions = np.zeros(len(episode), dtype=np.int64)
        chosen = [plans[i] for i in np.flatnonzero((result.x > 0.5) & (np.array(month) == m))]
        for plan in chosen:
            actions[list(plan.events)] = plan.actions
        solutions.append(
            OracleSolution(
                actions=actions,
                value=float(sum(p.value for p in chosen)),
                budget=float(sum(p.cost for p in chosen)),
                contacts=int(sum(p.contacts for p in chosen)),
            )
        )
    return solutions


class OraclePolicy:
    """Replays a solution in the simulator, so that its figures come from the same accounting."""

    name = "oracle"

    def __init__(self, solution: OracleSolution):
        self.solution = solution

    def act(self, obs, mask, view: StepView, rng) -> np.ndarray:
        return self.solution.actions[view.events]
