"""One budget period of customer events as a Gymnasium environment, driven by the trained scoring models.

An episode is a calendar month (the ledger's budget period). Telco customers arrive with events at random
times; each step is one day and decides, for every customer with an event that day, whether to contact and
at which offer level. The customer observed is the customer whose outcome is counted: churn risk and
acceptance (given the contact history the ledger would hold) come from the scorer's models, called once per
episode on every history a customer can have. Hard limits are `retention.limits`, the decider's own code:
`blocking_limits` and `contact_history` when the episode is drawn, `action_masks` for the budget, and
`constrain` on every decision. The reward is the expected uplift value of `observation.expected_value`,
with later contacts of a customer working on what is left of their churn risk.
"""

from __future__ import annotations

import calendar
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import gymnasium as gym
import numpy as np
from gymnasium import spaces

from retention import data, limits
from retention.facts import TELCO_COLUMNS, facts_from_telco_row
from retention.limits import ContactHistory, LedgerState
from retention.settings import Settings
from retention.v1 import retention_pb2 as pb
from training.policy.observation import (
    OBSERVATION_FEATURES,
    contact_value,
    expected_value,
    observe,
    offer_costs,
    period_elapsed,
)

YEAR = 2026  # the acceptance model reads day and month, never the year


class SimulatorError(RuntimeError):
    """The models do not fit the customers (shapes, ranges, monotonicity): the simulator refuses to run."""


class Models(Protocol):
    """What the simulator needs of services.scorer.model.ScoringModels (tests pass fakes)."""

    risk_version: str
    accept_version: str

    def churn_risk(self, facts: Sequence[pb.CustomerFacts]) -> np.ndarray: ...

    def accept_probability(
        self, facts: Sequence[pb.CustomerFacts], histories: Sequence[ContactHistory], at: Sequence[datetime]
    ) -> np.ndarray: ...


# --- Customers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerPool:
    """Customers that can arrive, with their facts and their churn risk from the risk model."""

    customer_ids: tuple[str, ...]
    facts: tuple[pb.CustomerFacts, ...]
    churn_risk: np.ndarray
    monthly_charges: np.ndarray
    tenure: np.ndarray
    consent: np.ndarray
    costs: np.ndarray  # (n, levels) offers.cost

    def __len__(self) -> int:
        return len(self.customer_ids)

    @classmethod
    def score(cls, customer_ids: Sequence[str], facts: Sequence[pb.CustomerFacts], models: Models,
              settings: Settings) -> CustomerPool:  # fmt: skip
        risk = np.asarray(models.churn_risk(list(facts)), dtype=np.float64)
        if risk.shape != (len(facts),) or not np.all(np.isfinite(risk)) or np.any((risk < 0) | (risk > 1)):
            raise SimulatorError(f"churn_risk must be {len(facts)} probabilities, got shape {risk.shape}")
        monthly = np.array([f.monthly_charges for f in facts], dtype=np.float64)
        return cls(
            customer_ids=tuple(customer_ids),
            facts=tuple(facts),
            churn_risk=risk,
            monthly_charges=monthly,
            tenure=np.array([f.tenure for f in facts], dtype=np.float64),
            consent=np.array([f.contact_consent for f in facts], dtype=bool),
            costs=offer_costs(settings.offers, monthly),
        )


def is_eval_customer(customer_id: str, eval_share: float) -> bool:
    """Stable split by customer id: evaluation customers are never seen in training."""
    digest = hashlib.sha256(f"policy-split/{customer_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 0x100000000 < eval_share


def telco_pools(models: Models, settings: Settings, data_dir: Path | None = None) -> dict[str, CustomerPool]:
    """The Telco customers, converted exactly as events are at serving time, split into train and eval."""
    frame = data.load_telco(data_dir)
    rows = frame[["customerID", *TELCO_COLUMNS]].astype(str).to_dict("records")
    share = settings.economics.arrivals.eval_share
    pools = {}
    for split in ("train", "eval"):
        chosen = [r for r in rows if is_eval_customer(r["customerID"], share) == (split == "eval")]
        facts = [facts_from_telco_row(r, f"telco customer {r['customerID']}") for r in chosen]
        pools[split] = CustomerPool.score([r["customerID"] for r in chosen], facts, models, settings)
    return pools


# --- Episodes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Episode:
    """One budget period as it will happen: every arrival and every probability.

    The environment reveals it day by day; the oracle reads all of it. For each event, `pattern` p says
    which of the customer's earlier events in the period were contacted (bit b: the b-th earlier one), and
    accept[e, p], blocked[e, p], campaign[e, p], pdays[e, p] hold what the models and the limits say then.
    """

    period: str
    days: int
    customer: np.ndarray  # (n,) row of the pool, events sorted by time
    at: tuple[datetime, ...]
    day: np.ndarray  # (n,) day of the month, 0-based
    elapsed: np.ndarray  # (n,) fraction of the period gone
    slot: np.ndarray  # (n,) k-th event of its customer, 0-based
    earlier: np.ndarray  # (n, max_events - 1) the customer's earlier events, -1 when none
    accept: np.ndarray  # (n, patterns, levels)
    blocked: np.ndarray  # (n, patterns)
    campaign: np.ndarray  # (n, patterns)
    pdays: np.ndarray  # (n, patterns)

    def __len__(self) -> int:
        return len(self.customer)

    @property
    def customers(self) -> np.ndarray:
        return np.unique(self.customer)


def draw_episode(pool: CustomerPool, models: Models, settings: Settings, rng: np.random.Generator) -> Episode:
    arrivals = settings.economics.arrivals
    month = int(rng.integers(1, 13))
    days = calendar.monthrange(YEAR, month)[1]
    start = datetime(YEAR, month, 1, tzinfo=UTC)
    chosen = rng.choice(len(pool), size=min(arrivals.customers_per_period, len(pool)), replace=False)
    repeats = rng.random((len(chosen), arrivals.max_events_per_customer - 1)) < arrivals.repeat_probability
    counts = 1 + repeats.sum(axis=1)
    customer = np.repeat(chosen, counts)
    seconds = rng.integers(0, days * 86400, size=len(customer))
    order = np.lexsort((customer, seconds))
    customer, seconds = customer[order], seconds[order]
    return build_episode(
        pool, models, settings, customer, [start + timedelta(seconds=int(s)) for s in seconds]
    )


def build_episode(pool: CustomerPool, models: Models, settings: Settings, customer: np.ndarray,
                  at: Sequence[datetime]) -> Episode:  # fmt: skip
    """The episode of these events (sorted by time, all in one calendar month): histories, limits, scores."""
    period = limits.budget_period(at[0])
    if any(limits.budget_period(when) != period for when in at) or list(at) != sorted(at):
        raise SimulatorError("an episode's events must be sorted and lie in one budget period")
    max_events = settings.economics.arrivals.max_events_per_customer
    n, patterns, levels = len(customer), 2 ** (max_events - 1), settings.offers.levels
    slot, earlier = np.zeros(n, dtype=np.int64), np.full((n, max_events - 1), -1, dtype=np.int64)
    seen: dict[int, list[int]] = {}
    for e, c in enumerate(customer):
        previous = seen.setdefault(int(c), [])
        if len(previous) >= max_events:
            raise SimulatorError(f"customer row {c} has more than {max_events} events in the period")
        slot[e], earlier[e, : len(previous)] = len(previous), previous
        previous.append(e)

    rows, histories, times = [], [], []  # one model row per (event, pattern)
    blocked = np.ones((n, patterns), dtype=bool)
    campaign, pdays = np.zeros((n, patterns), dtype=np.int64), np.full((n, patterns), -1, dtype=np.int64)
    consent, slots, earlier_lists = pool.consent[customer].tolist(), slot.tolist(), earlier.tolist()
    for e in range(n):
        for p in range(2 ** slots[e]):
            contacts = tuple(at[earlier_lists[e][b]] for b in range(slots[e]) if p >> b & 1)
            state = LedgerState(contacts=contacts, budget_spent=0.0, period=period)
            history = limits.contact_history(state, at[e])
            blocked[e, p] = bool(limits.blocking_limits(settings.limits, state, at[e], consent[e]))
            campaign[e, p], pdays[e, p] = history.campaign, history.pdays
            rows.append((e, p))
            histories.append(history)
            times.append(at[e])
    facts = [pool.facts[customer[e]] for e, _ in rows]
    scored = np.asarray(models.accept_probability(facts, histories, times), dtype=np.float64)
    check_acceptance(scored, len(rows), levels)
    accept = np.full((n, patterns, levels), np.nan)
    index = np.array(rows)
    accept[index[:, 0], index[:, 1]] = scored
    day = np.array([when.day - 1 for when in at], dtype=np.int64)
    return Episode(
        period=period,
        days=calendar.monthrange(at[0].year, at[0].month)[1],
        customer=np.asarray(customer, dtype=np.int64),
        at=tuple(at),
        day=day,
        elapsed=np.array([period_elapsed(when) for when in at]),
        slot=slot,
        earlier=earlier,
        accept=accept,
        blocked=blocked,
        campaign=campaign,
        pdays=pdays,
    )


def check_acceptance(accept: np.ndarray, rows: int, levels: int) -> None:
    """The acceptance model must answer one non-decreasing probability per offer level: fail loudly if not."""
    if accept.shape != (rows, levels):
        raise SimulatorError(f"accept_probability must have shape {(rows, levels)}, got {accept.shape}")
    if not np.all(np.isfinite(accept)) or np.any((accept < 0) | (accept > 1)):
        raise SimulatorError("accept_probability returned values outside [0, 1]")
    if np.any(np.diff(accept, axis=1) < -1e-12):
        raise SimulatorError("accept_probability decreases with the offer level")


# --- The value of what was done -----------------------------------------------------------------


def contact_outcome(settings: Settings, risk_left: float, accept: float, monthly: float, cost: float,
                    level: int) -> tuple[float, float, float]:  # fmt: skip
    """(expected net value, expected customers kept, expected discount paid) of one contact at `level`.

    risk_left is the customer's churn risk times what earlier contacts left of it (1 - accept * reduction
    each); for a first contact it is the value the policy observes.
    """
    reduction = settings.economics.churn_reduction_by_level[level]
    value = contact_value(settings.economics, risk_left, accept, monthly, cost, reduction)
    return float(value), float(accept * risk_left * reduction), float(accept * cost)


@dataclass
class EpisodeTotals:
    """What a policy did in one period, in expectation over acceptance and churn."""

    events: int = 0
    contacts: int = 0
    net_value: float = 0.0
    retained: float = 0.0
    discount_paid: float = 0.0
    contact_cost: float = 0.0
    budget_used: float = 0.0
    paced_spend: float = 0.0  # sum of spend * share of the period still ahead
    hard_violations: int = 0
    constrained: int = 0  # decisions the limits changed (a wish over budget, or blocked)

    @property
    def roi(self) -> float:
        spent = self.discount_paid + self.contact_cost
        return self.net_value / spent if spent > 0 else 0.0


def constraint_values(settings: Settings, totals: EpisodeTotals) -> dict[str, float]:
    """Each soft target as a ratio to its limit: <= 1 means met."""
    targets, budget = settings.economics.targets, settings.limits.period_budget
    return {
        "budget": totals.budget_used / (targets.budget_share * budget),
        "pacing": totals.paced_spend / ((0.5 + targets.pacing_tolerance) * budget),
        "contact_rate": totals.contacts / max(totals.events, 1) / targets.contact_rate_ceiling,
    }


def constraint_names(settings: Settings) -> tuple[str, ...]:
    return ("budget", "pacing", "contact_rate")


def decision_constraint_costs(settings: Settings, cost: np.ndarray, contact: np.ndarray, elapsed: np.ndarray,
                              events: int) -> np.ndarray:  # fmt: skip
    """(n, constraints) each decision's share of each constraint value: they sum to `constraint_values`."""
    targets, budget = settings.economics.targets, settings.limits.period_budget
    columns = [
        cost / (targets.budget_share * budget),
        cost * (1.0 - elapsed) / ((0.5 + targets.pacing_tolerance) * budget),
        contact / max(events, 1) / targets.contact_rate_ceiling,
    ]
    return np.stack(columns, axis=1)


# --- The environment ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StepView:
    """The customers deciding this step, unnormalized: what a baseline reads beside the observation."""

    events: np.ndarray  # episode event indices, in arrival order
    churn_risk: np.ndarray
    accept: np.ndarray  # (n, levels) given the contact history so far
    monthly_charges: np.ndarray
    costs: np.ndarray
    values: np.ndarray  # (n, levels) first-contact expected value, as observed
    budget_left: float
    events_before: int  # events of the period decided before this step
    contacts_before: int


class RetentionEnv(gym.Env):
    """Gymnasium environment of one budget period; each step is one day.

    Observation: {"customers": (max_present, features), "action_mask": (max_present, 1 + levels),
    "present": how many rows are real}. Action: one entry per row, 0 = no contact, 1 + level = contact at
    that level. Rows past `present` are ignored. Reward: the expected net value of the day's contacts.
    `reset(options={"episode": e})` replays a given episode, so policies can be compared on the same one.
    """

    metadata = {"render_modes": []}

    def __init__(self, pool: CustomerPool, models: Models, settings: Settings, max_present: int = 512):
        self.pool, self.models, self.settings, self.max_present = pool, models, settings, max_present
        levels = settings.offers.levels
        self.observation_space = spaces.Dict(
            {
                "customers": spaces.Box(
                    -np.inf, np.inf, (max_present, len(OBSERVATION_FEATURES)), np.float32
                ),
                "action_mask": spaces.MultiBinary((max_present, 1 + levels)),
                "present": spaces.Discrete(max_present + 1),
            }
        )
        self.action_space = spaces.MultiDiscrete(np.full(max_present, 1 + levels))
        self.episode: Episode | None = None

    # Episode state: day, spend, who was contacted, what is left of each customer's churn risk.
    def reset(self, *, seed: int | None = None, options: dict | None = None):
        super().reset(seed=seed)
        episode = (options or {}).get("episode")
        self.episode = episode or draw_episode(self.pool, self.models, self.settings, self.np_random)
        n = len(self.episode)
        self.today = 0
        self.spent = 0.0
        self.contacted = np.zeros(n, dtype=bool)
        self.action = np.zeros(n, dtype=np.int64)  # executed: 0 none, 1 + level
        self.value = np.zeros(n)
        self.risk_left = np.ones(len(self.pool))  # what earlier contacts left of each customer's churn risk
        self.contact_times: dict[int, list[datetime]] = defaultdict(list)
        self.totals = EpisodeTotals(events=n)
        self._skip_quiet_days()
        return self._observation(), {"day": self.today, "period": self.episode.period}

    def _skip_quiet_days(self) -> None:
        while self.today < self.episode.days and not np.any(self.episode.day == self.today):
            self.today += 1

    def present(self) -> np.ndarray:
        return np.flatnonzero(self.episode.day == self.today)

    def pattern(self, events: np.ndarray) -> np.ndarray:
        """Which earlier events of each customer were contacted, as the bit pattern of Episode."""
        earlier = self.episode.earlier[events]
        bits = np.where(earlier >= 0, self.contacted[np.maximum(earlier, 0)], False)
        return (bits * (1 << np.arange(earlier.shape[1]))).sum(axis=1)

    def _pattern_of(self, e: int) -> int:
        return sum(
            1 << b for b in range(int(self.episode.slot[e])) if self.contacted[self.episode.earlier[e, b]]
        )

    def view(self) -> StepView:
        episode, events = self.episode, self.present()
        customer = episode.customer[events]
        accept = episode.accept[events, self.pattern(events)]
        risk, monthly = self.pool.churn_risk[customer], self.pool.monthly_charges[customer]
        costs = self.pool.costs[customer]
        return StepView(
            events=events,
            churn_risk=risk,
            accept=accept,
            monthly_charges=monthly,
            costs=costs,
            values=expected_value(self.settings.economics, risk, accept, monthly, costs),
            budget_left=self.budget_left(),
            events_before=int(np.sum(episode.day < self.today)),
            contacts_before=int(self.contacted.sum()),
        )

    def budget_left(self) -> float:
        return LedgerState((), self.spent, self.episode.period).budget_left(self.settings.limits)

    def _observation(self) -> dict:
        features = np.zeros(self.observation_space["customers"].shape, dtype=np.float32)
        mask = np.zeros(self.observation_space["action_mask"].shape, dtype=np.int8)
        if self.today >= self.episode.days:
            return {"customers": features, "action_mask": mask, "present": 0}
        events = self.present()
        if len(events) > self.max_present:
            raise SimulatorError(f"{len(events)} events on one day, more than max_present={self.max_present}")
        patterns = self.pattern(events)
        episode, customer = self.episode, self.episode.customer[events]
        n = len(events)
        features[:n] = observe(
            self.settings.economics,
            self.settings.offers,
            self.settings.limits.period_budget,
            self.pool.churn_risk[customer],
            episode.accept[events, patterns],
            self.pool.monthly_charges[customer],
            self.pool.costs[customer],
            self.pool.tenure[customer],
            self.budget_left(),
            episode.elapsed[events],
            episode.campaign[events, patterns],
            episode.pdays[events, patterns],
        )
        blocked = episode.blocked[events, patterns]
        mask[:n] = limits.action_masks(blocked, self.pool.costs[customer], self.budget_left())
        return {"customers": features, "action_mask": mask, "present": n}

    def step(self, action: np.ndarray):
        """Every customer of the day in arrival order: the wish, bounded by `limits.constrain` as the decider
        does (a wish the morning's mask allowed can still meet a budget spent earlier that day)."""
        events = self.present()
        action = np.asarray(action, dtype=np.int64)[: len(events)]
        n = len(events)
        decided = {
            "events": events, "action": np.zeros(n, dtype=np.int64), "value": np.zeros(n),
            "cost": np.zeros(n), "retained": np.zeros(n), "constrained": np.zeros(n, dtype=bool),
        }  # fmt: skip
        for i, (e, wish) in enumerate(zip(events, action, strict=True)):
            done = self._decide(int(e), int(wish))
            for key, value in done.items():
                decided[key][i] = value
        reward = float(decided["value"].sum())
        self.today += 1
        self._skip_quiet_days()
        terminated = self.today >= self.episode.days
        decided["elapsed"] = self.episode.elapsed[events]
        return self._observation(), reward, terminated, False, decided

    def _decide(self, e: int, wish: int) -> dict:
        if wish == 0:  # no contact: nothing for the limits to bound, nothing spent
            return {}
        episode, settings = self.episode, self.settings
        c = int(episode.customer[e])
        at, consent, monthly = episode.at[e], bool(self.pool.consent[c]), float(self.pool.monthly_charges[c])
        state = LedgerState(tuple(self.contact_times[c]), self.spent, episode.period)
        allowed = limits.constrain(
            settings.limits, settings.offers, state, at, consent, monthly, wish > 0, max(wish - 1, 0)
        )
        cost = settings.offers.cost(allowed.offer_level, monthly) if allowed.contact else 0.0
        try:  # the ledger's last line of defence: counted, never expected
            limits.check(settings.limits, settings.offers, state, at, consent, allowed.contact, cost)
        except limits.LimitViolation:
            self.totals.hard_violations += 1
        self.totals.constrained += int(bool(allowed.constrained_by))
        if not allowed.contact:
            return {"constrained": bool(allowed.constrained_by)}
        level = allowed.offer_level
        accept = float(episode.accept[e, self._pattern_of(e), level])
        risk_left = float(self.pool.churn_risk[c]) * self.risk_left[c]
        value, kept, paid = contact_outcome(settings, risk_left, accept, monthly, cost, level)
        self.risk_left[c] *= 1.0 - accept * settings.economics.churn_reduction_by_level[level]
        self.contacted[e], self.action[e], self.value[e] = True, 1 + level, value
        self.contact_times[c].append(at)
        self.spent += cost
        totals = self.totals
        totals.contacts += 1
        totals.net_value += value
        totals.retained += kept
        totals.discount_paid += paid
        totals.contact_cost += settings.economics.contact_cost
        totals.budget_used += cost
        totals.paced_spend += cost * (1.0 - episode.elapsed[e])
        return {"action": 1 + level, "value": value, "cost": cost, "retained": kept,
                "constrained": bool(allowed.constrained_by)}  # fmt: skip
