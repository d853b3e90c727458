"""Business settings (offers, hard limits, the rule policy, the economics of a decision) from
config/retention.yaml and the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config" / "retention.yaml"


class ConfigError(RuntimeError):
    """A setting is missing or wrong; the message names it."""


FLAG_WORDS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False,
              "off": False}  # fmt: skip


def parse_flag(raw: str) -> bool:
    """A yes/no setting's value (1/0, true/false, yes/no, on/off, any case); ValueError otherwise."""
    try:
        return FLAG_WORDS[raw.strip().lower()]
    except KeyError:
        raise ValueError(f"{raw!r} is not one of {', '.join(FLAG_WORDS)}") from None


@dataclass(frozen=True)
class OfferCatalog:
    percent_by_level: tuple[float, ...] = (0.0, 10.0, 20.0, 30.0)
    months: int = 3

    @property
    def levels(self) -> int:
        return len(self.percent_by_level)

    def percent(self, level: int) -> float:
        return self.percent_by_level[level]

    def cost(self, level: int, monthly_charges: float) -> float:
        """Budget an offer takes: the discount over all the months it applies to."""
        return round(monthly_charges * self.percent_by_level[level] / 100.0 * self.months, 2)


@dataclass(frozen=True)
class ContactRules:
    cooldown_days: int = 7
    fatigue_cap: int = 3
    fatigue_window_days: int = 30
    period_budget: float = 2500.0


@dataclass(frozen=True)
class RulePolicySettings:
    contact_threshold: float = 0.5
    level_by_risk: tuple[tuple[float, int], ...] = ((0.8, 3), (0.65, 2), (0.5, 1))
    followup_days: int = 14


@dataclass(frozen=True)
class Arrivals:
    """Who arrives in one simulated budget period (a calendar month, as the ledger's budget period)."""

    customers_per_period: int = 1000
    """distinct Telco customers with at least one event in the period"""
    repeat_probability: float = 0.3
    """chance of one more event from the same customer, tried max_events_per_customer - 1 times"""
    max_events_per_customer: int = 3
    """events of one customer in one period, at most"""
    eval_share: float = 0.3
    """share of Telco customers (by a hash of the customer id) kept for evaluation, never trained on"""


@dataclass(frozen=True)
class PolicyTargets:
    """Soft targets of the retention team: met in expectation, learned as Lagrangian constraints."""

    budget_share: float = 0.95
    """expected spend at most this share of the period budget (the hard limit stops any overspend anyway)"""
    pacing_tolerance: float = 0.05
    """pacing: the spend-weighted share of the period still ahead when money is spent, at most 0.5 (an even
    pace) plus this, times the budget (spending it all on day one: 1.0)"""
    contact_rate_ceiling: float = 0.3
    """contacts at most this share of the customer events in the period"""


@dataclass(frozen=True)
class Economics:
    """What a decision is worth: the assumptions the policy simulator and every evaluation share.

    value = P(accept | level) * (P(churn) * churn_reduction_by_level[level] * monthly_charges * horizon_months
    - offer cost) - contact_cost. Acceptance per level (and its elasticity to the discount) comes from the
    scorer's models and the `acceptance:` section.
    """

    horizon_months: float = 12.0
    """revenue kept by a retained customer: this many monthly bills"""
    churn_reduction_by_level: tuple[float, ...] = (0.3, 0.4, 0.5, 0.6)
    """relative fall of the churn probability when the customer accepts the offer at this level"""
    contact_cost: float = 1.0
    """cost of one contact (message, agent time), currency units, charged whether or not it is accepted"""
    control_share: float = 0.05
    """share of eligible customers (by a hash of the customer id) never contacted: the control group"""
    arrivals: Arrivals = field(default_factory=Arrivals)
    targets: PolicyTargets = field(default_factory=PolicyTargets)


@dataclass(frozen=True)
class Settings:
    offers: OfferCatalog = field(default_factory=OfferCatalog)
    limits: ContactRules = field(default_factory=ContactRules)
    rule_policy: RulePolicySettings = field(default_factory=RulePolicySettings)
    economics: Economics = field(default_factory=Economics)


ENV_OVERRIDES = {
    "RETENTION_COOLDOWN_DAYS": ("cooldown_days", int),
    "RETENTION_FATIGUE_CAP": ("fatigue_cap", int),
    "RETENTION_PERIOD_BUDGET": ("period_budget", float),
}
CONTROL_SHARE_VARIABLE = "RETENTION_CONTROL_SHARE"


def load(path: Path | str | None = None, environ: dict[str, str] | None = None) -> Settings:
    path = Path(path or os.environ.get("RETENTION_CONFIG") or DEFAULT_CONFIG)
    environ = dict(os.environ if environ is None else environ)
    try:
        raw = yaml.safe_load(path.read_text()) or {}
    except FileNotFoundError:
        raise ConfigError(f"settings file {path} not found (set RETENTION_CONFIG)") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"settings file {path} is not valid YAML: {error}") from None
    try:
        offers = OfferCatalog(
            percent_by_level=tuple(float(p) for p in raw["offers"]["percent_by_level"]),
            months=int(raw["offers"]["months"]),
        )
        limits = ContactRules(**{k: raw["limits"][k] for k in ContactRules.__dataclass_fields__})
        rule = raw["rule_policy"]
        rule_policy = RulePolicySettings(
            contact_threshold=float(rule["contact_threshold"]),
            level_by_risk=tuple((float(r), int(level)) for r, level in rule["level_by_risk"]),
            followup_days=int(rule["followup_days"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"settings file {path}: missing or malformed setting {error}") from None
    for variable, (name, cast) in ENV_OVERRIDES.items():
        if variable in environ:
            try:
                limits = replace(limits, **{name: cast(environ[variable])})
            except ValueError:
                raise ConfigError(f"{variable}={environ[variable]!r} is not a {cast.__name__}") from None
    economics = _economics(raw.get("economics"), path)
    if CONTROL_SHARE_VARIABLE in environ:
        try:
            economics = replace(economics, control_share=float(environ[CONTROL_SHARE_VARIABLE]))
        except ValueError:
            raise ConfigError(
                f"{CONTROL_SHARE_VARIABLE}={environ[CONTROL_SHARE_VARIABLE]!r} is not a float"
            ) from None
    _check(offers, limits, path)
    _check_economics(economics, offers, path)
    return Settings(offers=offers, limits=limits, rule_policy=rule_policy, economics=economics)


def _economics(raw: dict | None, path: Path) -> Economics:
    """The `economics:` section; absent, the documented defaults of `Economics`."""
    if raw is None:
        return Economics()
    try:
        arrivals = Arrivals(**{k: type(getattr(Arrivals(), k))(v) for k, v in raw["arrivals"].items()})
        targets = raw["targets"]
        return Economics(
            horizon_months=float(raw["horizon_months"]),
            churn_reduction_by_level=tuple(float(r) for r in raw["churn_reduction_by_level"]),
            contact_cost=float(raw["contact_cost"]),
            control_share=float(raw["control_share"]),
            arrivals=arrivals,
            targets=PolicyTargets(
                budget_share=float(targets["budget_share"]),
                pacing_tolerance=float(targets["pacing_tolerance"]),
                contact_rate_ceiling=float(targets["contact_rate_ceiling"]),
            ),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ConfigError(f"settings file {path}: missing or malformed economics setting {error}") from None


def _check(offers: OfferCatalog, limits: ContactRules, path: Path) -> None:
    percents = offers.percent_by_level
    if not percents or percents[0] != 0 or list(percents) != sorted(percents):
        raise ConfigError(f"{path}: offers.percent_by_level must start at 0 and not decrease, got {percents}")
    if limits.period_budget < 0 or limits.cooldown_days < 0 or limits.fatigue_cap < 0:
        raise ConfigError(f"{path}: limits must not be negative, got {limits}")


def _check_economics(economics: Economics, offers: OfferCatalog, path: Path) -> None:
    def fail(problem: str) -> None:
        raise ConfigError(f"{path}: economics.{problem}")

    reduction = economics.churn_reduction_by_level
    if len(reduction) != offers.levels or not all(0 <= r <= 1 for r in reduction):
        fail(f"churn_reduction_by_level needs a share in 0..1 per level ({offers.levels}), got {reduction}")
    if economics.horizon_months <= 0 or economics.contact_cost < 0:
        fail(f"horizon_months must be > 0 and contact_cost >= 0, got {economics}")
    if not 0 <= economics.control_share < 1:
        fail(f"control_share must be in [0, 1), got {economics.control_share}")
    arrivals, targets = economics.arrivals, economics.targets
    if arrivals.customers_per_period < 1 or arrivals.max_events_per_customer < 1:
        fail(f"arrivals need at least one customer and one event each, got {arrivals}")
    if not 0 <= arrivals.repeat_probability <= 1 or not 0 < arrivals.eval_share < 1:
        fail(f"arrivals.repeat_probability must be in [0, 1] and eval_share in (0, 1), got {arrivals}")
    if (
        targets.budget_share <= 0
        or not 0 <= targets.pacing_tolerance < 0.5
        or not 0 < targets.contact_rate_ceiling <= 1
    ):
        fail(f"targets must be positive (contact_rate_ceiling at most 1), got {targets}")
