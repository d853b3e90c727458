"""Business settings (offers, hard limits, the rule policy) from config/retention.yaml and the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config" / "retention.yaml"


class ConfigError(RuntimeError):
    """A setting is missing or wrong; the message names it."""


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
class Settings:
    offers: OfferCatalog = field(default_factory=OfferCatalog)
    limits: ContactRules = field(default_factory=ContactRules)
    rule_policy: RulePolicySettings = field(default_factory=RulePolicySettings)


ENV_OVERRIDES = {
    "RETENTION_COOLDOWN_DAYS": ("cooldown_days", int),
    "RETENTION_FATIGUE_CAP": ("fatigue_cap", int),
    "RETENTION_PERIOD_BUDGET": ("period_budget", float),
}


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
    _check(offers, limits, path)
    return Settings(offers=offers, limits=limits, rule_policy=rule_policy)


def _check(offers: OfferCatalog, limits: ContactRules, path: Path) -> None:
    percents = offers.percent_by_level
    if not percents or percents[0] != 0 or list(percents) != sorted(percents):
        raise ConfigError(f"{path}: offers.percent_by_level must start at 0 and not decrease, got {percents}")
    if limits.period_budget < 0 or limits.cooldown_days < 0 or limits.fatigue_cap < 0:
        raise ConfigError(f"{path}: limits must not be negative, got {limits}")
