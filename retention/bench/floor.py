"""The compute floor of one decision, in this process: the models and the policy on inputs already
encoded, with nothing around them (no protobuf, no encoding, no ledger, no logging)."""

from __future__ import annotations

import numpy as np
import xgboost as xgb

from retention.bench.stats import time_calls
from retention.settings import Settings
from services.scorer.model import ScoringModels
from training import features


def encoded_rows(models: ScoringModels, facts: list, at) -> tuple[np.ndarray, np.ndarray]:
    """The risk and acceptance model inputs of `facts`, encoded once (first contact, at `at`)."""
    from retention.limits import ContactHistory

    risk_x = models.risk.encode(features.facts_fields(facts))
    accept_fields = features.serving_accept_fields(facts, [ContactHistory()] * len(facts), [at] * len(facts))
    return risk_x, models.accept.encode(accept_fields)


def model_inference(models: ScoringModels, risk_x: np.ndarray, accept_x: np.ndarray, repeats: int) -> dict:
    """One row through both models: the compiled forest (the scorer's fast path) and XGBoost's own
    `inplace_predict`, each timed alone; the floor is the faster of the two."""
    n = len(risk_x)

    def forest(i: int) -> None:
        models.risk.forest.margin(risk_x[i % n : i % n + 1])
        models.accept.forest.margin(accept_x[i % n : i % n + 1])

    def booster(i: int) -> None:
        models.risk.booster.inplace_predict(risk_x[i % n : i % n + 1], predict_type="margin")
        models.accept.booster.inplace_predict(accept_x[i % n : i % n + 1], predict_type="margin")

    with xgb.config_context(nthread=1):
        by_xgboost = time_calls(booster, repeats).summary_us()
    by_forest = time_calls(forest, repeats).summary_us()
    return {"forest": by_forest, "xgboost_inplace_predict": by_xgboost}


def policy_forward(exported, settings: Settings, observation_rows: int, repeats: int) -> dict:
    """The exported policy's forward pass (normalize, MLP, masked softmax) on one observation row."""
    from training.policy.observation import OBSERVATION_FEATURES

    rng = np.random.default_rng(0)
    obs = rng.normal(size=(observation_rows, len(OBSERVATION_FEATURES))).astype(np.float32)
    mask = np.ones((1, 1 + settings.offers.levels), dtype=bool)
    return time_calls(
        lambda i: exported.probabilities(obs[i % observation_rows][None, :], mask), repeats
    ).summary_us()
