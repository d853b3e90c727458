"""Parity of the numpy fast path with XGBoost's own output: margins and TreeSHAP contributions."""

from __future__ import annotations

import numpy as np
import pytest
import xgboost as xgb

from training import forest


def booster(depth: int, missing: bool, seed: int = 0) -> tuple[xgb.Booster, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(600, 8)).astype(np.float32)
    X[:, 5] = rng.integers(0, 2, 600)  # an indicator, as the one-hot features
    X[:, 6] = np.round(X[:, 6])  # ties at the thresholds
    if missing:
        X[rng.random(X.shape) < 0.1] = np.nan
    y = (X[:, 0] + X[:, 1] * X[:, 5] - np.nan_to_num(X[:, 2]) + rng.normal(size=600) > 0).astype(int)
    params = {"objective": "binary:logistic", "max_depth": depth, "eta": 0.3, "seed": seed, "nthread": 1}
    return xgb.train(params, xgb.DMatrix(X, label=y), num_boost_round=30), X


@pytest.mark.parametrize("depth", [1, 3, 5])
@pytest.mark.parametrize("missing", [False, True])
def test_margins_match_xgboost(depth, missing):
    model, X = booster(depth, missing)
    expected = model.predict(xgb.DMatrix(X), output_margin=True)
    np.testing.assert_allclose(forest.from_booster(model).margin(X), expected, atol=1e-5, rtol=0)
    np.testing.assert_allclose(forest.from_booster(model).margin(X[:1]), expected[:1], atol=1e-5, rtol=0)


@pytest.mark.parametrize("depth", [1, 3, 5])
@pytest.mark.parametrize("missing", [False, True])
def test_contributions_match_xgboost_pred_contribs(depth, missing):
    model, X = booster(depth, missing)
    expected = model.predict(xgb.DMatrix(X), pred_contribs=True)[:, :-1]  # the last column is the bias
    contributions = forest.contributions_from_booster(model)
    np.testing.assert_allclose(contributions(X), expected, atol=1e-5, rtol=0)
    np.testing.assert_allclose(contributions(X[3:4]), expected[3:4], atol=1e-5, rtol=0)


@pytest.mark.parametrize("depth", [1, 3, 5])
@pytest.mark.parametrize("missing", [False, True])
def test_the_contributions_walk_gives_the_forest_margin_too(depth, missing):
    model, X = booster(depth, missing)
    contributions, margin = forest.contributions_from_booster(model).with_margin(X)
    np.testing.assert_allclose(margin, forest.from_booster(model).margin(X), atol=1e-9, rtol=0)
    np.testing.assert_array_equal(contributions, forest.contributions_from_booster(model)(X))
    empty = forest.contributions_from_booster(model).with_margin(X[:0])
    assert empty[0].shape == (0, X.shape[1]) and empty[1].shape == (0,)


def test_contributions_add_up_to_the_margin_less_the_bias():
    model, X = booster(3, missing=True)
    full = model.predict(xgb.DMatrix(X), pred_contribs=True)
    margin = forest.from_booster(model).margin(X)
    np.testing.assert_allclose(
        forest.contributions_from_booster(model)(X).sum(axis=1) + full[:, -1], margin, atol=1e-4
    )


def test_only_binary_logistic_models_are_accepted():
    X = np.random.default_rng(0).normal(size=(50, 2))
    regression = xgb.train({"objective": "reg:squarederror"}, xgb.DMatrix(X, label=X[:, 0]), 2)
    with pytest.raises(ValueError, match="binary:logistic"):
        forest.from_booster(regression)
