"""`retention train --tune`: random search of the boosters' parameters, and of the engineered risk features.

Scored by stratified cross-validation ROC-AUC on folds of their own seed (not the evaluation's), so that the
evaluation folds are not the ones the choice was made on. The winners are copied by hand into
training/config.py, where `retention train` reads them; the search writes everything it tried to a JSON file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score
from tqdm import tqdm

from retention import data
from training import features, train
from training.config import ACCEPT, ACCEPT_FULL, RISK, BoosterParams, ModelSpec
from training.evaluate import repeated_splits

# A candidate feature is kept only when it raises the mean cross-validated ROC-AUC by at least this much
# (about a tenth of the fold-to-fold standard deviation on Telco): smaller gains are noise.
MIN_FEATURE_GAIN = 0.001


@dataclass(frozen=True)
class TuneConfig:
    output: Path = Path("out/tuning.json")
    trials: tuple[tuple[str, int], ...] = (("telco", 25), ("bank", 12))
    """random parameter draws per model, by data set (a Bank fit costs ~10 Telco fits)"""
    folds: int = 5
    repeats: tuple[tuple[str, int], ...] = (("telco", 3), ("bank", 1))
    """repeats of the folds, by data set: Telco is small, so its fold scores are noisy"""
    seed: int = 1000
    """seed of the draws and of the tuning folds, kept away from the evaluation's (0)"""
    data_dir: Path | None = None
    threads: int = 1


def draw(rng: np.random.Generator) -> BoosterParams:
    """One point of the search space: log-uniform for scales, uniform for shares."""
    return BoosterParams(
        rounds=int(rng.integers(100, 801)),
        max_depth=int(rng.integers(2, 7)),
        eta=float(np.exp(rng.uniform(np.log(0.01), np.log(0.2)))),
        subsample=float(rng.uniform(0.5, 1.0)),
        colsample_bytree=float(rng.uniform(0.3, 1.0)),
        min_child_weight=float(np.exp(rng.uniform(np.log(1), np.log(50)))),
        reg_lambda=float(np.exp(rng.uniform(np.log(0.1), np.log(50)))),
        reg_alpha=float(np.exp(rng.uniform(np.log(1e-3), np.log(5)))),
        gamma=float(rng.choice([0.0, 0.0, rng.uniform(0, 2)])),
    )


def cv_auc(
    X: np.ndarray, y: np.ndarray, params: BoosterParams, splits, seed: int, threads: int, names: Sequence[str]
) -> np.ndarray:
    aucs = []
    for fit_rows, held_rows in splits:
        booster = train.fit_booster(X[fit_rows], y[fit_rows], params, seed, threads, names)
        aucs.append(roc_auc_score(y[held_rows], train.margin(booster, X[held_rows])))
    return np.asarray(aucs)


def search(spec: ModelSpec, frame, config: TuneConfig, bar: tqdm) -> dict:
    repeats, draws = dict(config.repeats)[spec.data], dict(config.trials)[spec.data]
    y = frame[train.LABELS[spec.data]].to_numpy()
    threads = config.threads
    fields = train.fields_of(spec, frame)
    splits = repeated_splits(y, config.folds, repeats, config.seed)

    def score(candidate: ModelSpec) -> np.ndarray:
        feature_list = features.feature_set(candidate.features, candidate.extra_features)
        X, names = features.encode(feature_list, fields), [f.name for f in feature_list]
        return cv_auc(X, y, candidate.params, splits, config.seed, threads, names)

    rng = np.random.default_rng(config.seed)
    trials = [{"parameters": asdict(spec.params), "auc": score(spec).tolist(), "current": True}]
    bar.update()
    for _ in range(draws):
        params = draw(rng)
        trials.append({"parameters": asdict(params), "auc": score(replace(spec, params=params)).tolist()})
        bar.set_postfix_str(f"{spec.name}: best {max(np.mean(t['auc']) for t in trials):.4f}")
        bar.update()
    best = max(trials, key=lambda t: np.mean(t["auc"]))
    chosen = replace(spec, params=BoosterParams(**best["parameters"]), extra_features=())
    selection = []
    if spec.features == "risk":
        # Forward selection of engineered features, on the chosen parameters.
        current = float(np.mean(score(chosen)))
        for name in features.RISK_EXTRA_FEATURES:
            candidate = replace(chosen, extra_features=(*chosen.extra_features, name))
            auc = float(np.mean(score(candidate)))
            kept = bool(auc - current >= MIN_FEATURE_GAIN)
            selection.append({"feature": name, "auc_without": current, "auc_with": auc, "kept": kept})
            if kept:
                chosen, current = candidate, auc
    return {
        "model": spec.name,
        "folds": f"{config.folds}-fold x {repeats} (seed {config.seed})",
        "best": {"parameters": asdict(chosen.params), "extra_features": list(chosen.extra_features),
                 "auc_mean": float(np.mean(best["auc"])), "auc_std": float(np.std(best["auc"], ddof=1))},
        "feature_selection": selection,
        "trials": sorted(trials, key=lambda t: -np.mean(t["auc"])),
    }  # fmt: skip


def main(config: TuneConfig) -> list[dict]:
    data_dir = Path(config.data_dir or data.data_dir())
    frames = {"telco": data.load_telco(data_dir), "bank": data.load_bank(data_dir)}
    results = []
    specs = (RISK, ACCEPT_FULL, ACCEPT)
    with tqdm(total=sum(dict(config.trials)[s.data] + 1 for s in specs), desc="tune", unit="trial") as bar:
        for spec in specs:
            results.append(search(spec, frames[spec.data], config, bar))
            config.output.parent.mkdir(parents=True, exist_ok=True)
            config.output.write_text(json.dumps(results, indent=2) + "\n")
    for result in results:
        best = result["best"]
        print(f"{result['model']:<12} CV ROC-AUC {best['auc_mean']:.4f} ± {best['auc_std']:.4f}  {best}")
    print(f"all trials in {config.output}; copy the winners into training/config.py")
    return results
