"""Decision policies: the rule baseline (contact above a churn-risk threshold, offer by risk band), the
learned policy exported by `retention train-policy`, and the guard that serves it with its fallbacks."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

import numpy as np

from retention import limits
from retention.facts import event_time
from retention.limits import ContactHistory, LedgerState
from retention.settings import RulePolicySettings, Settings
from retention.v1 import retention_pb2 as pb

FORCE_BASELINE = "FORCE_BASELINE"
LATENCY_BUDGET = "RETENTION_POLICY_LATENCY_MS"
DEFAULT_LATENCY_BUDGET_MS = 2.0
POLICY_FOLDER = "policy"  # inside the artifacts folder


@dataclass(frozen=True)
class PolicyChoice:
    contact: bool
    offer_level: int
    reasons: tuple[str, ...]
    action_probability: float
    followup_days: int = 0
    policy_name: str = ""  # who actually chose, when a guard fell back (empty: the decider's policy)
    policy_version: str = ""


class Policy(Protocol):
    name: str
    version: str

    def choose(self, scored: pb.ScoredEvent, state: LedgerState) -> PolicyChoice: ...


class RiskThresholdPolicy:
    """Contact every customer whose churn risk reaches `contact_threshold`; the higher the risk band,
    the larger the discount. Deterministic, so the probability of its action is 1."""

    name = "risk_threshold"

    def __init__(self, settings: RulePolicySettings):
        self.settings = settings
        bands = ",".join(f"{risk:g}:{level}" for risk, level in settings.level_by_risk)
        self.version = f"t{settings.contact_threshold:g}-{bands}"

    def choose(self, scored: pb.ScoredEvent, state: LedgerState) -> PolicyChoice:
        risk = scored.churn_risk
        if risk < self.settings.contact_threshold:
            return PolicyChoice(
                False, 0, (f"churn risk {risk:.2f} below {self.settings.contact_threshold:g}",), 1.0
            )
        level = next((lv for floor, lv in self.settings.level_by_risk if risk >= floor), 0)
        reason = f"churn risk {risk:.2f} reaches {self.settings.contact_threshold:g}: offer level {level}"
        return PolicyChoice(True, level, (reason,), 1.0, self.settings.followup_days)


# --- The learned policy -------------------------------------------------------------------------

AcceptModel = Callable[[Sequence[pb.CustomerFacts], Sequence[ContactHistory], Sequence[datetime]], np.ndarray]


class PolicyUnfit(RuntimeError):
    """The event does not fit the learned policy (other scoring models than it was trained on)."""


def event_uniform(event_id: str) -> float:
    """A uniform draw in [0, 1) fixed by the event id: a redelivered event samples the same action."""
    return int(hashlib.sha256(f"policy/{event_id}".encode()).hexdigest()[:13], 16) / 16**13


class LearnedPolicy:
    """The exported PPO actor. It sees what it saw in the simulator, built by the same function
    (training.policy.observation.observe) from the ScoredEvent, the ledger state and the event time, and
    samples its action with a uniform fixed by the event id, recording the action's probability."""

    name = "ppo"

    def __init__(self, exported, settings: Settings, accept: AcceptModel | None):
        self.exported, self.settings, self.accept = exported, settings, accept
        self.version: str = exported.version
        self.trained_on: Mapping[str, str] = exported.card.get("trained_on", {})

    def choose(self, scored: pb.ScoredEvent, state: LedgerState) -> PolicyChoice:
        from training.policy.exported import sample
        from training.policy.observation import observe_one, period_elapsed

        self._check_models(scored.model_versions)
        settings, facts = self.settings, scored.event.facts
        at = event_time(scored.event)
        history = limits.contact_history(state, at)
        accept = list(scored.accept_probability)
        if history != ContactHistory():  # the scorer assumed a first contact; the ledger knows better
            if self.accept is None:
                raise PolicyUnfit("the customer has a contact history and no acceptance model was loaded")
            accept = [float(p) for p in self.accept([facts], [history], [at])[0]]
        monthly = facts.monthly_charges
        budget_left = state.budget_left(settings.limits)
        # One customer: `observe` from plain numbers (training.policy.observation.observe_one).
        costs = [settings.offers.cost(level, monthly) for level in range(settings.offers.levels)]
        obs = observe_one(
            settings.economics, settings.limits.period_budget, scored.churn_risk, accept, monthly, costs,
            float(facts.tenure), budget_left, period_elapsed(at), history.campaign, history.pdays,
        )  # fmt: skip
        mask = np.array(
            [
                limits.action_mask(
                    settings.limits, settings.offers, state, at, facts.contact_consent, facts.monthly_charges
                )
            ]
        )
        probabilities = self.exported.probabilities(obs, mask)[0]
        action = int(sample(probabilities[None, :], np.array([event_uniform(scored.event.event_id)]))[0])
        shown = ", ".join(f"{p:.2f}" for p in probabilities)
        if action == 0:
            reason = (
                f"{self.name} policy: no contact (p={probabilities[0]:.2f}; no contact, levels 0..: {shown})"
            )
            return PolicyChoice(False, 0, (reason,), float(probabilities[0]))
        level = action - 1
        reason = (
            f"{self.name} policy: contact at offer level {level} (p={probabilities[action]:.2f}; "
            f"no contact, levels 0..: {shown}); budget left {budget_left:.0f}"
        )
        followup = settings.rule_policy.followup_days
        return PolicyChoice(True, level, (reason,), float(probabilities[action]), followup)

    def _check_models(self, versions: pb.ModelVersions) -> None:
        expected = (self.trained_on.get("risk_model"), self.trained_on.get("accept_model"))
        if (versions.risk_model, versions.accept_model) != expected:
            raise PolicyUnfit(
                f"event scored by models {versions.risk_model}/{versions.accept_model}, "
                f"the policy was trained on {expected[0]}/{expected[1]}"
            )


class GuardedPolicy:
    """Serves a primary policy, and the baseline instead whenever the primary is unavailable (missing,
    switched off), raises, or overruns its latency budget; the decision then names the baseline and says
    why in its reasons."""

    def __init__(
        self,
        primary: Policy | None,
        baseline: Policy,
        latency_budget_ms: float = DEFAULT_LATENCY_BUDGET_MS,
        unavailable: str = "",
        clock: Callable[[], float] = time.perf_counter,
    ):
        self.primary, self.baseline = primary, baseline
        self.latency_budget_ms, self.unavailable, self.clock = latency_budget_ms, unavailable, clock
        serving = primary or baseline
        self.name, self.version = serving.name, serving.version

    def choose(self, scored: pb.ScoredEvent, state: LedgerState) -> PolicyChoice:
        if self.primary is None:
            return self._fallback(scored, state, self.unavailable)
        started = self.clock()
        try:
            choice = self.primary.choose(scored, state)
        except Exception as error:  # any failure of the learned policy must leave a decision behind
            return self._fallback(
                scored, state, f"{self.primary.name} failed: {type(error).__name__}: {error}"
            )
        elapsed_ms = (self.clock() - started) * 1000.0
        if elapsed_ms > self.latency_budget_ms:
            why = (
                f"{self.primary.name} took {elapsed_ms:.2f} ms, over its {self.latency_budget_ms:g} ms budget"
            )
            return self._fallback(scored, state, why)
        return replace(choice, policy_name=self.primary.name, policy_version=self.primary.version)

    def _fallback(self, scored: pb.ScoredEvent, state: LedgerState, why: str) -> PolicyChoice:
        choice = self.baseline.choose(scored, state)
        return replace(
            choice,
            reasons=(*choice.reasons, f"fallback to {self.baseline.name}: {why}"),
            policy_name=self.baseline.name,
            policy_version=self.baseline.version,
        )


def serving_policy(
    settings: Settings, artifacts_dir: Path | None = None, environ: Mapping[str, str] | None = None
) -> GuardedPolicy:
    """What the decider serves: the learned policy in `<artifacts>/policy/`, guarded by the rule baseline.

    FORCE_BASELINE=true serves the baseline (kill switch); RETENTION_POLICY_LATENCY_MS sets the budget.
    """
    env = os.environ if environ is None else environ
    baseline = RiskThresholdPolicy(settings.rule_policy)
    if env.get(FORCE_BASELINE, "").strip().lower() in ("1", "true", "yes", "on"):
        return GuardedPolicy(
            None, baseline, unavailable=f"{FORCE_BASELINE}={env[FORCE_BASELINE]} (kill switch)"
        )
    try:
        budget_ms = float(env.get(LATENCY_BUDGET, DEFAULT_LATENCY_BUDGET_MS))
    except ValueError:
        budget_ms = DEFAULT_LATENCY_BUDGET_MS
    if artifacts_dir is None:
        from retention.config import RuntimeConfig

        artifacts_dir = RuntimeConfig.from_env(dict(env)).artifacts_dir
    try:
        from services.scorer import model
        from training.policy.exported import ExportedPolicy

        exported = ExportedPolicy.load(Path(artifacts_dir) / POLICY_FOLDER)
        accept = model.load(Path(artifacts_dir), settings.offers).accept_probability
    except Exception as error:  # missing or unreadable: serve the baseline and say why in every decision
        return GuardedPolicy(None, baseline, unavailable=f"learned policy unavailable: {error}")
    return GuardedPolicy(LearnedPolicy(exported, settings, accept), baseline, latency_budget_ms=budget_ms)
