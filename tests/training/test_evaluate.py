"""Cross-validated evaluation: each row held out once per repeat, calibration fitted out-of-fold, reports."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from tqdm import tqdm

from retention import data
from training import calibration, evaluate, train
from training.config import RISK
from training.evaluate import EvaluateConfig

REPORT_KEYS = {"auc_mean", "auc_std", "pr_auc", "brier", "log_loss", "ece", "n_rows", "baseline_auc_mean"}


@pytest.fixture(scope="module")
def small_data(tmp_path_factory) -> Path:
    """A random few hundred rows of each file, in the original formats."""
    folder, rng = tmp_path_factory.mktemp("data"), random.Random(0)
    for name, rows in ((data.TELCO_FILE, 700), (data.BANK_FILE, 3000)):
        header, *lines = (data.data_dir() / name).read_text().splitlines()
        (folder / name).write_text("\n".join([header, *rng.sample(lines, rows)]) + "\n")
    return folder


def test_rows_are_held_out_once_per_repeat_and_calibrated_on_inner_folds_only(small_data, monkeypatch):
    telco = data.load_telco(small_data)
    spec = replace(RISK, params=replace(RISK.params, rounds=10, monotone=()))  # X below is synthetic
    X = np.c_[np.arange(len(telco)), np.zeros(len(telco))].astype(np.float32)  # column 0: the row number
    y = telco["churn"].to_numpy()
    inner_rows, real_oof = [], train.out_of_fold_margin

    def recording_oof(X_fit, y_fit, *args, **kwargs):
        inner_rows.append(set(X_fit[:, 0].astype(int)))
        margins = real_oof(X_fit, y_fit, *args, **kwargs)
        recording_oof.last = margins
        return margins

    fitted_on = []
    real_fit = calibration.fit

    def recording_fit(method, margin, y_fit):
        assert margin is recording_oof.last  # the inner out-of-fold margins, nothing else
        fitted_on.append(len(margin))
        return real_fit(method, margin, y_fit)

    monkeypatch.setattr(train, "out_of_fold_margin", recording_oof)
    monkeypatch.setattr(calibration, "fit", recording_fit)
    config = EvaluateConfig(folds=3, repeats=2, inner_folds=3)
    with tqdm(disable=True) as bar:
        predicted = evaluate.cross_validate(spec, X, y, config, bar)
    splits = evaluate.repeated_splits(y, 3, 2, config.seed)
    for (fit_rows, held_rows), seen in zip(splits, inner_rows, strict=True):
        assert seen == set(fit_rows) and not seen & set(held_rows)
    for name in (*calibration.METHODS, "baseline"):
        assert predicted[name].shape == (2, len(y)) and np.all(
            (predicted[name] >= 0) & (predicted[name] <= 1)
        )
    for repeat in range(2):  # each repeat predicts each row exactly once
        assert sorted(np.concatenate([s[1] for s in splits[3 * repeat : 3 * repeat + 3]])) == list(
            range(len(y))
        )
    assert len(fitted_on) == len(splits) * len(calibration.METHODS)


def test_summary_of_a_perfect_ranking():
    y = np.r_[np.zeros(60, int), np.ones(40, int)]
    p = np.tile(np.r_[np.full(60, 0.1), np.full(40, 0.9)], (2, 1))
    fold = np.tile(np.arange(100) % 4, (2, 1))
    summary = evaluate.summarize(y, p, fold)
    assert summary["auc_mean"] == 1.0 and summary["auc_std"] == 0.0
    assert summary["ece"] == pytest.approx(0.1)


def test_evaluation_writes_both_reports_and_their_diagrams(small_data, tmp_path):
    reports = evaluate.main(EvaluateConfig(reports=tmp_path, data_dir=small_data, quick=True))
    risk, accept = (json.loads((tmp_path / f"{name}.json").read_text()) for name in ("risk", "accept"))
    assert (
        REPORT_KEYS <= set(risk)
        and REPORT_KEYS <= set(accept)
        and REPORT_KEYS <= set(accept["serving_model"])
    )
    assert risk["n_rows"] == 700 and accept["n_rows"] == 3000
    assert not any("duration" in name for name in accept["features"] + accept["serving_model"]["features"])
    for report in (risk, accept, accept["serving_model"]):
        assert 0 <= report["ece"] <= 1 and 0 <= report["auc_mean"] <= 1
        assert (tmp_path / report["reliability_diagram"]).read_bytes().startswith(b"\x89PNG")
    assert reports["risk"]["calibration"] in calibration.METHODS
