"""The parameter search: draws inside the space, a JSON record, and feature selection by CV."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from retention import data
from training import features, tune
from training.config import BoosterParams


@pytest.fixture(scope="module")
def small_data(tmp_path_factory) -> Path:
    folder, rng = tmp_path_factory.mktemp("data"), random.Random(1)
    for name, rows in ((data.TELCO_FILE, 500), (data.BANK_FILE, 1500)):
        header, *lines = (data.data_dir() / name).read_text().splitlines()
        (folder / name).write_text("\n".join([header, *rng.sample(lines, rows)]) + "\n")
    return folder


def test_draws_stay_in_the_search_space():
    rng = np.random.default_rng(0)
    for params in (tune.draw(rng) for _ in range(50)):
        assert isinstance(params, BoosterParams)
        assert 100 <= params.rounds <= 800 and 2 <= params.max_depth <= 6 and 0.01 <= params.eta <= 0.2
        assert 0.5 <= params.subsample <= 1 and 0.3 <= params.colsample_bytree <= 1


def test_search_records_every_trial_and_a_best_in_json(small_data, tmp_path):
    config = tune.TuneConfig(
        output=tmp_path / "tuning.json", trials=(("telco", 1), ("bank", 1)), folds=2,
        repeats=(("telco", 1), ("bank", 1)), data_dir=small_data, threads=1,
    )  # fmt: skip
    results = tune.main(config)
    assert json.loads(config.output.read_text()) == json.loads(json.dumps(results))
    assert [r["model"] for r in results] == ["risk", "accept_full", "accept"]
    for result in results:
        assert len(result["trials"]) == 2  # the current parameters and one draw
        best = result["best"]
        assert best["auc_mean"] == max(np.mean(t["auc"]) for t in result["trials"])
        assert set(best["extra_features"]) <= set(features.RISK_EXTRA_FEATURES)
    risk = results[0]
    assert [s["feature"] for s in risk["feature_selection"]] == list(features.RISK_EXTRA_FEATURES)
    kept = [s["feature"] for s in risk["feature_selection"] if s["kept"]]
    assert risk["best"]["extra_features"] == kept
