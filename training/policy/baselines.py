"""The policies the learned one must beat, acting in the simulator: no contact, the decider's risk-threshold
rule (its own code), and greedy expected value. Each returns the wished action per customer of the step
(0 = no contact, 1 + level); the environment bounds every wish by `limits.constrain`, as the decider does."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from retention.limits import LedgerState
from retention.settings import Settings
from retention.v1 import retention_pb2 as pb
from services.decider.policy import RiskThresholdPolicy
from training.policy.simulator import StepView


class SimPolicy(Protocol):
    name: str

    def act(self, obs: np.ndarray, mask: np.ndarray, view: StepView, rng: np.random.Generator) -> np.ndarray:
        """obs (n, features) and mask (n, 1 + levels) of the customers of this step -> (n,) actions."""
        ...


class NoContact:
    name = "no_contact"

    def act(self, obs, mask, view, rng) -> np.ndarray:
        return np.zeros(len(obs), dtype=np.int64)


class RiskThreshold:
    """The skeleton's rule, through `services.decider.policy.RiskThresholdPolicy` itself."""

    name = "risk_threshold"

    def __init__(self, settings: Settings):
        self.rule = RiskThresholdPolicy(settings.rule_policy)

    def act(self, obs, mask, view, rng) -> np.ndarray:
        state = LedgerState((), 0.0, "")  # the rule reads only the churn risk
        actions = np.zeros(len(obs), dtype=np.int64)
        for i, risk in enumerate(view.churn_risk):
            choice = self.rule.choose(pb.ScoredEvent(churn_risk=float(risk)), state)
            actions[i] = 1 + choice.offer_level if choice.contact else 0
        return actions


class Greedy:
    """Best immediate expected value per customer while the budget lasts, first come first served.

    It keeps to the same contact-rate ceiling as the others (a running count: contacts so far at most
    the ceiling times the events so far), so that it is compared under the same contact limits.
    """

    name = "greedy"

    def __init__(self, settings: Settings):
        self.ceiling = settings.economics.targets.contact_rate_ceiling

    def act(self, obs, mask, view, rng) -> np.ndarray:
        actions = np.zeros(len(obs), dtype=np.int64)
        left, contacts = view.budget_left, view.contacts_before
        for i in range(len(obs)):
            allowed = mask[i, 1:] & (view.costs[i] <= left + 1e-9)
            if not allowed.any() or contacts + 1 > self.ceiling * (view.events_before + i + 1):
                continue
            values = np.where(allowed, view.values[i], -np.inf)
            level = int(np.argmax(values))
            if values[level] > 0:
                actions[i] = 1 + level
                left -= view.costs[i, level]
                contacts += 1
        return actions
