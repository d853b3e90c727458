"""The training pipeline: held-out rows never trained on, calibration out-of-fold, cards, determinism."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import xgboost as xgb

from training import calibration, features, train
from training.config import ACCEPT, RISK, BoosterParams, TrainConfig
from training.metrics import expected_calibration_error, scores


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> tuple[Path, list[dict]]:
    output = tmp_path_factory.mktemp("artifacts")
    return output, train.main(TrainConfig(output=output, quick=True))


def test_split_is_disjoint_complete_and_stratified():
    y = np.r_[np.zeros(800, int), np.ones(200, int)]
    fit_rows, held_rows = train.stratified_split(y, 0.2, seed=0)
    assert not set(fit_rows) & set(held_rows)
    assert sorted([*fit_rows, *held_rows]) == list(range(len(y)))
    assert y[held_rows].mean() == pytest.approx(y.mean(), abs=0.01)


def test_out_of_fold_margins_come_from_boosters_that_never_saw_the_row(monkeypatch):
    seen_by_booster = []

    def fake_fit(X, y, params, seed, threads, names=()):
        seen_by_booster.append(set(X[:, 0].astype(int)))
        return len(seen_by_booster) - 1

    def fake_margin(booster, X):
        assert not set(X[:, 0].astype(int)) & seen_by_booster[booster]
        return np.full(len(X), float(booster))

    monkeypatch.setattr(train, "fit_booster", fake_fit)
    monkeypatch.setattr(train, "margin", fake_margin)
    X = np.arange(100, dtype=np.float32)[:, None]
    y = np.arange(100) % 4 == 0
    oof = train.out_of_fold_margin(X, y, BoosterParams(), folds=5, seed=0, threads=1)
    assert len(seen_by_booster) == 5
    for row, booster in enumerate(oof.astype(int)):
        assert row not in seen_by_booster[booster]


@pytest.mark.parametrize("method", ["platt", "isotonic"])
def test_calibration_maps_margins_to_monotone_probabilities(method):
    rng = np.random.default_rng(0)
    margin = rng.normal(size=2000)
    y = rng.random(2000) < 1 / (1 + np.exp(-(2 * margin - 1)))
    fitted = calibration.fit(method, margin, y)
    json.dumps(fitted)  # it travels in the model card
    p = calibration.apply(fitted, np.sort(margin))
    assert np.all((p >= 0) & (p <= 1)) and np.all(np.diff(p) >= -1e-12)
    assert expected_calibration_error(y, calibration.apply(fitted, margin)) < 0.05


def test_ece_is_zero_for_rates_that_match_and_large_for_rates_that_do_not():
    y = np.r_[np.ones(30), np.zeros(70)]
    assert expected_calibration_error(y, np.full(100, 0.3)) == pytest.approx(0)
    assert expected_calibration_error(y, np.full(100, 0.9)) == pytest.approx(0.6)


def test_scores_are_in_range():
    y = np.r_[np.ones(30), np.zeros(70)]
    result = scores(y, np.linspace(1, 0, 100))
    assert result["roc_auc"] == 1.0 and 0 <= result["brier"] <= 1 and result["n_rows"] == 100


def test_training_writes_boosters_and_cards(trained):
    output, cards = trained
    for card in cards:
        assert (output / f"{card['name']}.model.json").is_file()
        on_disk = json.loads((output / f"{card['name']}.card.json").read_text())
        assert on_disk["version"] == card["version"] and len(card["version"]) == 12
        assert len(on_disk["data_sha256"]) == 64 and on_disk["features"] and on_disk["parameters"]
        held = on_disk["metrics"]["held_out"]
        assert 0 <= held["roc_auc"] <= 1 and 0 <= held["ece"] <= 1
        assert held["n_rows"] == on_disk["rows"]["held_out"]
        assert on_disk["rows"]["train"] + on_disk["rows"]["held_out"] == on_disk["rows"]["total"]
        assert on_disk["training_seconds"] >= 0 and on_disk["trained_at"]


def test_acceptance_cards_never_list_duration_and_say_how_inputs_are_served(trained):
    _, cards = trained
    for card in cards:
        if card["data_file"] == "bank-full.csv":
            assert not any("duration" in name for name in card["features"])
            assert card["serving_inputs"]
    serving = next(card for card in cards if card["name"] == "accept")
    assert {"campaign", "pdays", "previous", "poutcome", "day", "month"} <= set(serving["serving_inputs"])
    assert "elasticity" in serving["offer_effect"]


def test_same_seed_same_models_other_seed_other_version(tmp_path):
    models = (replace(RISK, params=replace(RISK.params, rounds=10)),)
    first = train.main(TrainConfig(output=tmp_path / "a", quick=True, models=models))
    again = train.main(TrainConfig(output=tmp_path / "b", quick=True, models=models))
    other = train.main(TrainConfig(output=tmp_path / "c", quick=True, models=models, seed=1))
    assert first[0]["version"] == again[0]["version"] != other[0]["version"]
    assert (tmp_path / "a/risk.model.json").read_bytes() == (tmp_path / "b/risk.model.json").read_bytes()
    assert first[0]["metrics"]["held_out"] == again[0]["metrics"]["held_out"]


def test_quick_mode_still_learns_something(tmp_path):
    cards = train.main(TrainConfig(output=tmp_path, quick=True, models=(RISK, ACCEPT)))
    for card in cards:
        assert card["metrics"]["held_out"]["roc_auc"] > 0.6


def test_monotone_priors_hold_in_the_trained_risk_model(trained):
    output, _ = trained
    booster = xgb.Booster(model_file=str(output / "risk.model.json"))
    names = [f.name for f in features.risk_features()]
    rows = np.random.default_rng(0).random((50, len(names))).astype(np.float32)
    for name, direction in RISK.params.monotone:
        column = names.index(name)
        margins = []
        for value in np.linspace(0, 120, 25):
            rows[:, column] = value
            margins.append(booster.inplace_predict(rows, predict_type="margin"))
        steps = np.diff(np.array(margins), axis=0) * direction
        assert np.all(steps >= -1e-6), name


def test_monotone_constraints_must_name_features():
    params = BoosterParams(monotone=(("tenure", -1),))
    assert params.xgboost(0, 1, ["tenure", "x"])["monotone_constraints"] == "(-1,0)"
    with pytest.raises(ValueError, match="tenure"):
        params.xgboost(0, 1, ["x"])
