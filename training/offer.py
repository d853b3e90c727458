"""The effect of the offer level on acceptance: an explicit, configurable assumption, not a learned one.

No public data set randomizes discount levels, so nothing can be learned about them honestly. The Bank
model gives P(accept | contact without discount); a discount of `percent` shifts its log-odds by
`elasticity * percent / 10`, with elasticity >= 0, so acceptance never decreases as the discount grows
and level 0 (0%) is the learned propensity itself.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

from retention.settings import DEFAULT_CONFIG, ConfigError

EPSILON = 1e-6  # keeps log-odds finite for probabilities of exactly 0 or 1


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), EPSILON, 1 - EPSILON)
    return np.log(p) - np.log1p(-p)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=np.float64)))


def _check_elasticity(elasticity: float) -> None:
    if elasticity < 0:
        raise ValueError(
            f"elasticity must be >= 0 so acceptance never falls with the discount, got {elasticity}"
        )


def accept_by_level(p_base: np.ndarray, percent_by_level: Sequence[float], elasticity: float) -> np.ndarray:
    """(n, levels) acceptance: logit p_level = logit p_base + elasticity * percent / 10."""
    _check_elasticity(elasticity)
    shift = elasticity * np.asarray(percent_by_level, dtype=np.float64) / 10.0
    by_level = sigmoid(logit(p_base)[:, None] + shift[None, :])
    by_level[:, np.asarray(percent_by_level) == 0] = np.asarray(p_base, dtype=np.float64)[:, None]
    # Rounding can break ties either way; the contract is monotone, so make it exactly so.
    return np.maximum.accumulate(by_level, axis=1)


def accept_by_level_one(p_base: float, percent_by_level: Sequence[float], elasticity: float) -> list[float]:
    """`accept_by_level` of one customer in Python floats (equal to it up to the last bits of log and exp,
    tested to 1e-12): the decider's one event at a time, where numpy's per-call cost is most of the work."""
    _check_elasticity(elasticity)
    p = min(max(float(p_base), EPSILON), 1 - EPSILON)
    base_logit = math.log(p) - math.log1p(-p)
    by_level, highest = [], -math.inf
    for percent in percent_by_level:
        z = base_logit + elasticity * float(percent) / 10.0
        value = float(p_base) if percent == 0 else 1.0 / (1.0 + math.exp(-z))
        highest = max(highest, value)  # monotone, as accept_by_level
        by_level.append(highest)
    return by_level


def load_elasticity(path: Path | str | None = None) -> float:
    """`acceptance.elasticity_per_10_percent` from config/retention.yaml (or RETENTION_CONFIG)."""
    path = Path(path or os.environ.get("RETENTION_CONFIG") or DEFAULT_CONFIG)
    try:
        raw = yaml.safe_load(path.read_text()) or {}
        elasticity = float(raw["acceptance"]["elasticity_per_10_percent"])
    except FileNotFoundError:
        raise ConfigError(f"settings file {path} not found (set RETENTION_CONFIG)") from None
    except (KeyError, TypeError, ValueError, yaml.YAMLError) as error:
        raise ConfigError(f"settings file {path}: acceptance.elasticity_per_10_percent: {error}") from None
    if not np.isfinite(elasticity) or elasticity < 0:
        raise ConfigError(f"settings file {path}: acceptance.elasticity_per_10_percent must be >= 0")
    return elasticity
