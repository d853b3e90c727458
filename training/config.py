"""What `retention train` builds: one frozen spec per model, with its fixed (tuned) hyper-parameters."""

from __future__ import annotations

from collections.abc import Sequence
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
    max_bin: int = 256
    """histogram bins per numeric feature; fewer bins smooth the split points"""
    monotone: tuple[tuple[str, int], ...] = ()
    """(feature name, +1 or -1): the margin may only rise (+1) or fall (-1) with that feature"""

    def xgboost(self, seed: int, threads: int, feature_names: Sequence[str] = ()) -> dict:
        params = asdict(self)
        params.pop("rounds")
        directions = dict(params.pop("monotone"))
        if directions:
            unknown = set(directions) - set(feature_names)
            if unknown:
                raise ValueError(
                    f"monotone constraints on features {sorted(unknown)} that the model does not have"
                )
            params["monotone_constraints"] = (
                "(" + ",".join(str(directions.get(n, 0)) for n in feature_names) + ")"
            )
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


# Parameters from `retention train --tune` (random search, 5-fold CV on folds of seed 1000, not the
# evaluation's; all trials in out/tuning.json), rounded to 3 digits. For churn risk, two further choices
# were checked by the same CV afterwards and kept: 32 histogram bins, and the domain priors that risk
# falls with tenure and rises with the monthly bill (together ROC-AUC 0.8498 -> 0.8502). No engineered
# feature (training/features.py RISK_EXTRA_FEATURES) improved ROC-AUC by 0.001, so none is used.
RISK_PARAMS = BoosterParams(
    rounds=279, max_depth=3, eta=0.0305, subsample=0.941, colsample_bytree=0.771, min_child_weight=1.79,
    reg_lambda=3.92, reg_alpha=0.117, gamma=0.0, max_bin=32,
    monotone=(("tenure", -1), ("monthly_charges", 1)),
)  # fmt: skip
# The search's best for the full Bank model was also the best for the serving one.
ACCEPT_PARAMS = BoosterParams(
    rounds=304, max_depth=6, eta=0.0262, subsample=0.971, colsample_bytree=0.792, min_child_weight=1.71,
    reg_lambda=0.844, reg_alpha=1.01, gamma=0.0,
)  # fmt: skip

RISK = ModelSpec(name="risk", data="telco", features="risk", params=RISK_PARAMS)
ACCEPT = ModelSpec(name="accept", data="bank", features="accept_serving", params=ACCEPT_PARAMS)
ACCEPT_FULL = ModelSpec(name="accept_full", data="bank", features="accept_full", params=ACCEPT_PARAMS)
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
    threads: int = 1
    """XGBoost threads. One by default: the data are small, and OpenMP threads on a busy machine (the test
    suite, the stack) wait on each other far longer than they save"""
    models: tuple[ModelSpec, ...] = field(default=MODELS)

    def spec(self, model: ModelSpec) -> ModelSpec:
        """The spec as trained: --quick cuts the rounds so that tests take seconds."""
        if not self.quick:
            return model
        return replace(model, params=replace(model.params, rounds=min(model.params.rounds, 40)))
