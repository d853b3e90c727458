"""What `retention train` builds: one frozen spec per model, with its fixed (tuned) hyper-parameters."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path


@dataclass(frozen=True)
class BoosterParams:
    """XGBoost parameters (binary:logistic, hist trees)."""

    rounds: int = 300
    """boosting rounds (trees)"""
    max_depth: int = 4
    eta: float = 0.05
    """learning rate"""
    subsample: float = 0.8
    colsample_bytree: float = 0.8
    min_child_weight: float = 1.0
    reg_lambda: float = 1.0
    """L2 penalty on leaf weights"""
    reg_alpha: float = 0.0
    """L1 penalty on leaf weights"""
    gamma: float = 0.0
    """minimum loss reduction to split"""

    def xgboost(self, seed: int, threads: int) -> dict:
        params = asdict(self)
        params.pop("rounds")
        return {
            **params,
            "objective": "binary:logistic",
            "eval_metric": "logloss",
            "tree_method": "hist",
            "seed": seed,
            "nthread": threads,
        }


@dataclass(frozen=True)
class ModelSpec:
    name: str
    """artifact name: <name>.model.json and <name>.card.json"""
    data: str
    """"telco" or "bank" (the file it learns from)"""
    features: str
    """feature set: "risk", "accept_serving" or "accept_full" (training/features.py)"""
    params: BoosterParams
    extra_features: tuple[str, ...] = ()
    """engineered features kept by cross-validation (training/features.py RISK_EXTRA_FEATURES)"""
    calibration: str = "platt"
    """"platt" or "isotonic", fitted on out-of-fold margins; chosen by `retention train --evaluate`"""


RISK = ModelSpec(name="risk", data="telco", features="risk", params=BoosterParams())
ACCEPT = ModelSpec(name="accept", data="bank", features="accept_serving", params=BoosterParams())
ACCEPT_FULL = ModelSpec(name="accept_full", data="bank", features="accept_full", params=BoosterParams())
MODELS = (RISK, ACCEPT, ACCEPT_FULL)


@dataclass(frozen=True)
class TrainConfig:
    output: Path = Path("artifacts")
    """where the models and their cards are written"""
    seed: int = 0
    quick: bool = False
    """a few trees and folds only: for tests, not for serving"""
    data_dir: Path | None = None
    """None: retention.data.data_dir()"""
    test_size: float = 0.2
    """held-out share of rows (stratified) for the model card's metrics"""
    calibration_folds: int = 5
    """folds of the out-of-fold predictions the calibration is fitted on"""
    threads: int = 0
    """XGBoost threads; 0 = all cores"""
    models: tuple[ModelSpec, ...] = field(default=MODELS)

    def spec(self, model: ModelSpec) -> ModelSpec:
        """The spec as trained: --quick cuts the rounds so that tests take seconds."""
        if not self.quick:
            return model
        return replace(model, params=replace(model.params, rounds=min(model.params.rounds, 40)))
