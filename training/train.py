"""`retention train`: the churn-risk and offer-acceptance boosters, calibrated, with a model card each.

Reads top to bottom: load the data, split off a stratified held-out set, fit the calibration on
out-of-fold margins of the training rows, fit the booster on all training rows, score the held-out rows,
write <name>.model.json (XGBoost) and <name>.card.json (what it is, what it learnt from, how well it does).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import StratifiedKFold, train_test_split
from tqdm import tqdm

from retention import data
from training import calibration, features
from training.config import BoosterParams, ModelSpec, TrainConfig
from training.metrics import scores

LABELS = {"telco": "churn", "bank": "accepted"}
DATA_FILES = {"telco": data.TELCO_FILE, "bank": data.BANK_FILE}

# How each input of the serving acceptance model is obtained for a telco customer (also in its card).
ACCEPT_SERVING_INPUTS = {
    "campaign": "ContactHistory.campaign: contacts of the customer in this budget period, this one included",
    "pdays": "ContactHistory.pdays: days since the last contact, -1 if never contacted",
    "previous": "ContactHistory.previous: contacts before this period",
    "poutcome": "ContactHistory.poutcome: outcome of the last offer ('unknown' until the ledger records it)",
    "day": "day of the month of the event time, in the customer's time zone (UTC when unknown)",
    "month": "month of the event time, in the customer's time zone (UTC when unknown)",
    "contact": "always 'cellular': the system reaches customers on their phones",
    "senior": "CustomerFacts.senior_citizen (trained on Bank age >= 65)",
    "married": "CustomerFacts.partner == 'Yes' (trained on Bank marital == 'married'); a proxy",
    "not used": "age, job, education, default, balance, housing, loan: a telco customer has no counterpart; "
    "duration: known only after the call (leaks the outcome)",
}
REASON_CODES = (
    "top 3 fields by TreeSHAP contribution (XGBoost pred_contribs) to the booster's log-odds before "
    "calibration, positive only; the indicator columns of a category are summed and named field=value"
)
OFFER_EFFECT = (
    "P(accept | level) = sigmoid(logit(P_base) + elasticity * percent / 10), elasticity >= 0 from "
    "config/retention.yaml acceptance.elasticity_per_10_percent; P_base is this model's output, a contact "
    "without discount (level 0). An assumption: no public data randomizes discounts."
)


def fields_of(spec: ModelSpec, frame: pd.DataFrame) -> dict[str, np.ndarray]:
    return features.telco_fields(frame) if spec.data == "telco" else features.bank_fields(frame)


def stratified_split(y: np.ndarray, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Row indices (train, test), disjoint, with the positive rate kept in both."""
    rows = np.arange(len(y))
    train, test = train_test_split(rows, test_size=test_size, stratify=y, random_state=seed)
    return np.sort(train), np.sort(test)


def fit_booster(
    X: np.ndarray, y: np.ndarray, params: BoosterParams, seed: int, threads: int, names: Sequence[str] = ()
) -> xgb.Booster:
    """`names`: the feature names, which monotone constraints refer to."""
    matrix = xgb.DMatrix(X, label=y, nthread=threads)
    return xgb.train(params.xgboost(seed, threads, names), matrix, num_boost_round=params.rounds)


def margin(booster: xgb.Booster, X: np.ndarray) -> np.ndarray:
    """Raw log-odds, before calibration."""
    return booster.inplace_predict(X, predict_type="margin").astype(np.float64)


def out_of_fold_margin(
    X: np.ndarray, y: np.ndarray, params: BoosterParams, folds: int, seed: int, threads: int,
    names: Sequence[str] = (), progress: Callable[[], None] = lambda: None,
) -> np.ndarray:  # fmt: skip
    """Each row's margin from a booster that did not see it: what the calibration is fitted on."""
    oof = np.empty(len(y), dtype=np.float64)
    for fit_rows, held_rows in StratifiedKFold(folds, shuffle=True, random_state=seed).split(X, y):
        booster = fit_booster(X[fit_rows], y[fit_rows], params, seed, threads, names)
        oof[held_rows] = margin(booster, X[held_rows])
        progress()
    return oof


def model_version(data_sha256: str, spec: ModelSpec, feature_names: Sequence[str], seed: int) -> str:
    """Short hash of everything that determines the booster: data, parameters, features, seed."""
    key = json.dumps(
        {"data": data_sha256, "spec": asdict(spec), "features": list(feature_names), "seed": seed},
        sort_keys=True,
    )
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def train_model(
    spec: ModelSpec, frame: pd.DataFrame, data_path: Path, config: TrainConfig, bar: tqdm
) -> dict:
    """Fit, calibrate and evaluate one model; write its booster and card; return the card."""
    started = time.perf_counter()
    spec = config.spec(spec)
    feature_list = features.feature_set(spec.features, spec.extra_features)
    names = [f.name for f in feature_list]
    if spec.data == "bank":
        features.check_no_leakage(feature_list)
    X = features.encode(feature_list, fields_of(spec, frame))
    y = frame[LABELS[spec.data]].to_numpy()
    threads = config.threads
    folds = 3 if config.quick else config.calibration_folds

    train_rows, test_rows = stratified_split(y, config.test_size, config.seed)
    bar.set_postfix_str(f"{spec.name}: out-of-fold margins")
    oof = out_of_fold_margin(
        X[train_rows], y[train_rows], spec.params, folds, config.seed, threads, names, bar.update
    )
    calibration_map = calibration.fit(spec.calibration, oof, y[train_rows])
    bar.set_postfix_str(f"{spec.name}: final booster")
    booster = fit_booster(X[train_rows], y[train_rows], spec.params, config.seed, threads, names)
    bar.update()
    held_margin = margin(booster, X[test_rows])
    metrics = scores(y[test_rows], calibration.apply(calibration_map, held_margin))
    metrics["roc_auc_uncalibrated"] = scores(y[test_rows], 1 / (1 + np.exp(-held_margin)))["roc_auc"]
    metrics["out_of_fold"] = scores(y[train_rows], calibration.apply(calibration_map, oof))

    data_sha = data.sha256(data_path)
    card = {
        "name": spec.name,
        "version": model_version(data_sha, spec, names, config.seed),
        "task": "P(churn)" if spec.data == "telco" else "P(accept | contact without discount)",
        "data_file": DATA_FILES[spec.data],
        "data_sha256": data_sha,
        "rows": {"total": len(y), "train": len(train_rows), "held_out": len(test_rows)},
        "features": names,
        "feature_fields": [f.field for f in feature_list],
        "feature_set": spec.features,
        "extra_features": list(spec.extra_features),
        "parameters": asdict(spec.params),
        "seed": config.seed,
        "quick": config.quick,
        "calibration": calibration_map,
        "metrics": {"held_out": metrics, "evaluation": "stratified hold-out; repeated CV in reports/"},
        "xgboost_version": xgb.__version__,
        "training_seconds": round(time.perf_counter() - started, 2),
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if spec.features == "risk":
        card["reason_codes"] = REASON_CODES
    if spec.features == "accept_serving":
        card["serving_inputs"] = ACCEPT_SERVING_INPUTS
        card["offer_effect"] = OFFER_EFFECT
    if spec.features == "accept_full":
        card["serving_inputs"] = "the Bank columns of the scored file (minus duration), no discount"
    booster.save_model(config.output / f"{spec.name}.model.json")
    (config.output / f"{spec.name}.card.json").write_text(json.dumps(card, indent=2) + "\n")
    return card


def main(config: TrainConfig) -> list[dict]:
    config.output.mkdir(parents=True, exist_ok=True)
    data_dir = Path(config.data_dir or data.data_dir())
    frames = {"telco": data.load_telco(data_dir), "bank": data.load_bank(data_dir)}
    paths = {"telco": data.telco_path(data_dir), "bank": data.bank_path(data_dir)}
    folds = 3 if config.quick else config.calibration_folds
    cards = []
    with tqdm(total=len(config.models) * (folds + 1), desc="train", unit="fit") as bar:
        for spec in config.models:
            cards.append(train_model(spec, frames[spec.data], paths[spec.data], config, bar))
    for card in cards:
        held = card["metrics"]["held_out"]
        print(
            f"{card['name']:<12} version {card['version']}  held-out ROC-AUC {held['roc_auc']:.4f}  "
            f"ECE {held['ece']:.4f}  ({card['training_seconds']} s) -> {config.output}/{card['name']}.*"
        )
    return cards
