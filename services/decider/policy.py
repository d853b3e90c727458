"""Decision policies. The rule baseline: contact above a churn-risk threshold, offer by risk band."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from retention.limits import LedgerState
from retention.settings import RulePolicySettings
from retention.v1 import retention_pb2 as pb


@dataclass(frozen=True)
class PolicyChoice:
    contact: bool
    offer_level: int
    reasons: tuple[str, ...]
    action_probability: float
    followup_days: int = 0


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
