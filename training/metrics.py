"""Scores of probabilistic classifiers: ranking (ROC-AUC, PR-AUC) and calibration (Brier, log loss, ECE)."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import average_precision_score, brier_score_loss, log_loss, roc_auc_score

ECE_BINS = 15


def expected_calibration_error(y: np.ndarray, p: np.ndarray, bins: int = ECE_BINS) -> float:
    """Mean |observed rate - mean prediction| over equal-width probability bins, weighted by bin size."""
    y, p = np.asarray(y, dtype=np.float64), np.asarray(p, dtype=np.float64)
    # Bin b holds p in [b/bins, (b+1)/bins); p == 1 goes into the last bin.
    index = np.minimum((p * bins).astype(int), bins - 1)
    count = np.bincount(index, minlength=bins)
    gap = np.abs(
        np.bincount(index, weights=y, minlength=bins) - np.bincount(index, weights=p, minlength=bins)
    )
    return float(gap.sum() / max(count.sum(), 1))


def reliability(y: np.ndarray, p: np.ndarray, bins: int = ECE_BINS) -> dict[str, list[float]]:
    """Per equal-width bin: mean prediction, observed rate and count (empty bins left out)."""
    y, p = np.asarray(y, dtype=np.float64), np.asarray(p, dtype=np.float64)
    index = np.minimum((p * bins).astype(int), bins - 1)
    count = np.bincount(index, minlength=bins)
    kept = count > 0
    return {
        "mean_predicted": (np.bincount(index, weights=p, minlength=bins)[kept] / count[kept]).tolist(),
        "observed_rate": (np.bincount(index, weights=y, minlength=bins)[kept] / count[kept]).tolist(),
        "count": count[kept].astype(int).tolist(),
    }


def scores(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-7, 1 - 1e-7)
    return {
        "roc_auc": float(roc_auc_score(y, p)),
        "pr_auc": float(average_precision_score(y, p)),
        "brier": float(brier_score_loss(y, p)),
        "log_loss": float(log_loss(y, p, labels=[0, 1])),
        "ece": expected_calibration_error(y, p),
        "positive_rate": float(np.mean(y)),
        "n_rows": int(len(y)),
    }
