"""Probability calibration of a booster's margin: Platt scaling or isotonic regression.

Always fitted on out-of-fold margins (predictions for rows the booster did not see), never on the rows it
is scored on. The fitted map is plain numbers (JSON in the model card), applied identically at serving.
"""

from __future__ import annotations

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from training.offer import sigmoid

METHODS = ("none", "platt", "isotonic")


def fit(method: str, margin: np.ndarray, y: np.ndarray) -> dict:
    """A JSON-able calibration map from out-of-fold margins (log-odds) and labels."""
    margin = np.asarray(margin, dtype=np.float64)
    if method == "none":
        return {"method": "none"}
    if method == "platt":
        # Nearly unregularized: two parameters on thousands of rows need no shrinkage.
        model = LogisticRegression(C=1e6).fit(margin[:, None], y)
        return {"method": "platt", "a": float(model.coef_[0, 0]), "b": float(model.intercept_[0])}
    if method == "isotonic":
        model = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(margin, y)
        return {"method": "isotonic", "x": model.X_thresholds_.tolist(), "y": model.y_thresholds_.tolist()}
    raise ValueError(f"calibration method {method!r} is not one of {METHODS}")


def apply(calibration: dict, margin: np.ndarray) -> np.ndarray:
    """P(positive) from margins, through a map made by `fit`."""
    margin = np.asarray(margin, dtype=np.float64)
    method = calibration["method"]
    if method == "none":
        return sigmoid(margin)
    if method == "platt":
        return sigmoid(calibration["a"] * margin + calibration["b"])
    if method == "isotonic":
        return np.interp(margin, calibration["x"], calibration["y"])
    raise ValueError(f"calibration method {method!r} is not one of {METHODS}")
