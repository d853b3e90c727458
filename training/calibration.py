"""Probability calibration of a booster's margin: Platt scaling or isotonic regression.

Always fitted on out-of-fold margins (predictions for rows the booster did not see), never on the rows it
is scored on. The fitted map is plain numbers (JSON in the model card), applied identically at serving.
"""

from __future__ import annotations

import math

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


def apply_one(calibration: dict, margin: float) -> float:
    """`apply` for one margin, in Python floats (one decision at a time, where numpy's per-call cost is
    most of the work); equal to `apply` up to the last bits of exp (tested to 1e-12)."""
    method = calibration["method"]
    if method == "none":
        return _sigmoid_one(margin)
    if method == "platt":
        return _sigmoid_one(calibration["a"] * margin + calibration["b"])
    return float(apply(calibration, np.array([margin]))[0])  # isotonic, and the error of an unknown one


def _sigmoid_one(z: float) -> float:
    # exp(-z) overflows a float past z = -709; the probability there is 0 to double precision.
    return 0.0 if z < -700.0 else 1.0 / (1.0 + math.exp(-z))
