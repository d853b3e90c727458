"""`retention train --evaluate`: repeated stratified cross-validation of every model, written to reports/.

For each of folds x repeats splits, the model is trained exactly as `retention train` trains it on the
training part (calibration fitted on inner out-of-fold margins of that part only) and scored on the held
part, beside a logistic-regression baseline on the same features and folds. Each repeat predicts every row
once, from a model that never saw it; the reports summarise those predictions.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tqdm import tqdm

from retention import data
from training import calibration, features, train
from training.config import ACCEPT, ACCEPT_FULL, RISK, ModelSpec
from training.metrics import ECE_BINS, expected_calibration_error, reliability, scores

GOALS = {"risk": {"auc_mean": 0.850, "ece": 0.02}, "accept": {"auc_mean": 0.80, "ece": 0.02}}
REPRODUCE = "retention train --evaluate"


@dataclass(frozen=True)
class EvaluateConfig:
    reports: Path = Path("reports")
    """where risk.json, accept.json and the reliability diagrams go"""
    folds: int = 5
    repeats: int = 3
    seed: int = 0
    """seed of the folds and of every booster"""
    inner_folds: int = 5
    """folds of the out-of-fold margins each calibration is fitted on (as `retention train`)"""
    data_dir: Path | None = None
    threads: int = 1
    """XGBoost threads. One by default: the data are small, and OpenMP threads on a busy machine (the test
    suite, the stack) wait on each other far longer than they save"""
    quick: bool = False
    """tests only: 40 trees, 3 folds x 1 repeat, 3 inner folds; the figures then mean little"""

    def effective(self) -> EvaluateConfig:
        return replace(self, folds=3, repeats=1, inner_folds=3) if self.quick else self


def repeated_splits(
    y: np.ndarray, folds: int, repeats: int, seed: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    splitter = RepeatedStratifiedKFold(n_splits=folds, n_repeats=repeats, random_state=seed)
    return list(splitter.split(np.zeros(len(y)), y))


def baseline(X_fit: np.ndarray, y_fit: np.ndarray, X_held: np.ndarray) -> np.ndarray:
    """Logistic regression on the same features, standardised (the usual strong baseline on Telco)."""
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=5000))
    return model.fit(X_fit, y_fit).predict_proba(X_held)[:, 1]


def cross_validate(
    spec: ModelSpec, X: np.ndarray, y: np.ndarray, config: EvaluateConfig, bar: tqdm
) -> dict[str, np.ndarray]:
    """Out-of-fold probabilities, (repeats, n) per variant: each calibration, uncalibrated, baseline."""
    threads = config.threads
    names = [f.name for f in features.feature_set(spec.features, spec.extra_features)]
    splits = repeated_splits(y, config.folds, config.repeats, config.seed)
    variants = (*calibration.METHODS, "baseline")
    predictions = {name: np.full((config.repeats, len(y)), np.nan) for name in variants}
    fold_of = np.zeros((config.repeats, len(y)), dtype=int)
    for index, (fit_rows, held_rows) in enumerate(splits):
        repeat, fold = divmod(index, config.folds)
        fold_of[repeat, held_rows] = fold
        X_fit, y_fit = X[fit_rows], y[fit_rows]
        inner = train.out_of_fold_margin(
            X_fit, y_fit, spec.params, config.inner_folds, config.seed, threads, names
        )
        booster = train.fit_booster(X_fit, y_fit, spec.params, config.seed, threads, names)
        held_margin = train.margin(booster, X[held_rows])
        for method in calibration.METHODS:
            fitted = calibration.fit(method, inner, y_fit)
            predictions[method][repeat, held_rows] = calibration.apply(fitted, held_margin)
        predictions["baseline"][repeat, held_rows] = baseline(X_fit, y_fit, X[held_rows])
        bar.update()
    assert all(not np.isnan(p).any() for p in predictions.values()), "every row is held out once per repeat"
    return {**predictions, "fold": fold_of}


def summarize(y: np.ndarray, p: np.ndarray, fold: np.ndarray) -> dict:
    """Metrics of (repeats, n) out-of-fold predictions: per-fold means, and ECE of each repeat's pool."""
    per_fold = [
        scores(y[fold[r] == k], p[r, fold[r] == k]) for r in range(p.shape[0]) for k in np.unique(fold[r])
    ]
    auc = np.array([s["roc_auc"] for s in per_fold])
    return {
        "auc_mean": float(auc.mean()),
        "auc_std": float(auc.std(ddof=1)),
        "pr_auc": float(np.mean([s["pr_auc"] for s in per_fold])),
        "brier": float(np.mean([s["brier"] for s in per_fold])),
        "log_loss": float(np.mean([s["log_loss"] for s in per_fold])),
        "ece": float(np.mean([expected_calibration_error(y, p[r]) for r in range(p.shape[0])])),
        "ece_per_fold_mean": float(np.mean([s["ece"] for s in per_fold])),
    }


def reliability_diagram(path: Path, title: str, y: np.ndarray, curves: dict[str, np.ndarray]) -> None:
    """Observed rate against mean prediction per equal-width bin, with the share of rows per bin below."""
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    figure, (top, bottom) = plt.subplots(
        2, 1, figsize=(6, 7), sharex=True, gridspec_kw={"height_ratios": [3, 1]}, constrained_layout=True
    )
    top.plot([0, 1], [0, 1], color="grey", linestyle=":", label="perfectly calibrated")
    edges = np.linspace(0, 1, ECE_BINS + 1)
    for label, p in curves.items():
        pooled_y, pooled_p = np.tile(y, p.shape[0]), p.ravel()
        bins = reliability(pooled_y, pooled_p)
        ece = np.mean([expected_calibration_error(y, p[r]) for r in range(p.shape[0])])  # as in the report
        top.plot(bins["mean_predicted"], bins["observed_rate"], marker="o", label=f"{label} (ECE {ece:.3f})")
        bottom.hist(pooled_p, bins=edges, histtype="step", weights=np.full(len(pooled_p), 1 / len(pooled_p)))
    top.set(title=title, ylabel="observed rate", xlim=(0, 1), ylim=(0, 1))
    top.legend(loc="upper left", fontsize=8)
    bottom.set(
        xlabel=f"predicted probability ({ECE_BINS} equal-width bins, out-of-fold)", ylabel="share of rows"
    )
    figure.savefig(path, dpi=110)
    plt.close(figure)


def evaluate_model(spec: ModelSpec, frame, data_path: Path, config: EvaluateConfig, bar: tqdm) -> dict:
    started = time.perf_counter()
    if config.quick:
        spec = replace(spec, params=replace(spec.params, rounds=min(spec.params.rounds, 40)))
    feature_list = features.feature_set(spec.features, spec.extra_features)
    if spec.data == "bank":
        features.check_no_leakage(feature_list)
    X = features.encode(feature_list, train.fields_of(spec, frame))
    y = frame[train.LABELS[spec.data]].to_numpy()
    bar.set_postfix_str(spec.name)
    predicted = cross_validate(spec, X, y, config, bar)
    fold = predicted["fold"]
    variants = {name: summarize(y, predicted[name], fold) for name in (*calibration.METHODS, "baseline")}
    chosen = variants[spec.calibration]
    # The choice the spec makes, checked here: the calibration with the lower log loss (a proper score;
    # ECE alone would favour isotonic's flat steps, which cost PR-AUC).
    best = min(("platt", "isotonic"), key=lambda m: variants[m]["log_loss"])
    if best != spec.calibration:
        print(f"note: {spec.name} is calibrated by {spec.calibration}, but {best} has the lower log loss")
    png = config.reports / f"{spec.name}_reliability.png"
    curves = {
        f"XGBoost, {spec.calibration}": predicted[spec.calibration],
        "XGBoost, uncalibrated": predicted["none"],
        "logistic regression": predicted["baseline"],
    }
    title = f"{spec.name}: out-of-fold, {config.folds}-fold CV x {config.repeats}"
    reliability_diagram(png, title, y, curves)
    return {
        "model": spec.name,
        **chosen,
        "n_rows": len(y),
        "positive_rate": float(y.mean()),
        "baseline_auc_mean": variants["baseline"]["auc_mean"],
        "baseline_auc_std": variants["baseline"]["auc_std"],
        "baseline": variants["baseline"],
        "calibration": spec.calibration,
        "calibration_by_log_loss": best,
        "calibrations": {m: variants[m] for m in calibration.METHODS},
        "evaluation": (
            f"repeated stratified {config.folds}-fold cross-validation x {config.repeats} repeats (seed "
            f"{config.seed}); each training part trained as `retention train` does, calibration fitted on "
            f"its own {config.inner_folds}-fold out-of-fold margins; auc/pr_auc/brier/log_loss: mean over "
            f"the {config.folds * config.repeats} held-out folds; ece: {ECE_BINS} equal-width bins on each "
            "repeat's pooled out-of-fold predictions, mean over repeats (ece_per_fold_mean: per fold)"
        ),
        "data_file": train.DATA_FILES[spec.data],
        "data_sha256": data.sha256(data_path),
        "features": [f.name for f in feature_list],
        "parameters": asdict(spec.params),
        "reliability_diagram": png.name,
        "seconds": round(time.perf_counter() - started, 1),
    }


def with_goals(report: dict, goals: dict) -> dict:
    met = {
        key: bool(report[key] >= goal if key == "auc_mean" else report[key] <= goal)
        for key, goal in goals.items()
    }
    return {**report, "goals": goals, "goals_met": met}


def main(config: EvaluateConfig) -> dict[str, dict]:
    config = config.effective()
    config.reports.mkdir(parents=True, exist_ok=True)
    data_dir = Path(config.data_dir or data.data_dir())
    telco, bank = data.load_telco(data_dir), data.load_bank(data_dir)
    splits = config.folds * config.repeats
    with tqdm(total=3 * splits, desc="evaluate", unit="fold") as bar:
        risk = evaluate_model(RISK, telco, data.telco_path(data_dir), config, bar)
        accept_full = evaluate_model(ACCEPT_FULL, bank, data.bank_path(data_dir), config, bar)
        accept_serving = evaluate_model(ACCEPT, bank, data.bank_path(data_dir), config, bar)
    reports = {
        "risk": {**with_goals(risk, GOALS["risk"]), "command": REPRODUCE},
        "accept": {
            **with_goals(accept_full, GOALS["accept"]),
            "covers": (
                "accept_full: every Bank column except duration, the model of `retention score accept`. "
                "serving_model: the acceptance model the scorer applies to telco customers (inputs a telco "
                "customer has: contact history, calendar, channel, two proxies), trained on the same rows."
            ),
            "serving_model": with_goals(accept_serving, GOALS["accept"]),
            "command": REPRODUCE,
        },
    }
    for name, report in reports.items():
        (config.reports / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n")
    for name, report in (("risk", risk), ("accept_full", accept_full), ("accept", accept_serving)):
        print(
            f"{name:<12} ROC-AUC {report['auc_mean']:.4f} ± {report['auc_std']:.4f}  "
            f"PR-AUC {report['pr_auc']:.4f}  "
            f"Brier {report['brier']:.4f}  log loss {report['log_loss']:.4f}  ECE {report['ece']:.4f}  "
            f"baseline ROC-AUC {report['baseline_auc_mean']:.4f}"
        )
    print(f"reports written to {config.reports}/ (risk.json, accept.json, *_reliability.png)")
    return reports
