"""The scorer's models, loaded from `retention train` artifacts: churn risk, its reasons, and acceptance.

Inputs are CustomerFacts messages, encoded by training/features.py exactly as in training. Calibration
maps come from the model cards; the offer-level effect is the documented assumption of training/offer.py.
Small batches (the scorer's one event at a time) go through training/forest.py, a compiled evaluator of
the same trees (microseconds); large ones through XGBoost itself, multi-threaded. Both agree to 1e-5.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import xgboost as xgb

from retention.limits import ContactHistory
from retention.settings import OfferCatalog
from retention.v1 import retention_pb2 as pb
from training import calibration, features, forest, offer

RISK = "risk"
ACCEPT = "accept"
MAKE_THEM = "run `retention train --output {dir}` (or `make artifacts`)"
SMALL_BATCH = 64  # up to this many rows, the compiled walk beats XGBoost's per-call overhead


class ArtifactsMissing(RuntimeError):
    """A model file is missing or does not fit this code; the message says which and how to make it."""


@dataclass(frozen=True)
class RiskReason:
    feature: str  # e.g. "contract=Month-to-month" or "tenure"
    contribution: float  # to the booster's log-odds of churn (before calibration)


@dataclass(frozen=True)
class LoadedModel:
    booster: xgb.Booster
    card: dict
    features: tuple[features.Feature, ...]
    forest: forest.Forest
    encode: features.Encoder

    @property
    def version(self) -> str:
        return self.card["version"]

    def margin(self, X: np.ndarray) -> np.ndarray:
        if len(X) <= SMALL_BATCH:
            return self.forest.margin(X)
        return self.booster.inplace_predict(X, predict_type="margin").astype(np.float64)

    def probability(self, X: np.ndarray) -> np.ndarray:
        return calibration.apply(self.card["calibration"], self.margin(X))


def load_model(artifact_dir: Path, name: str) -> LoadedModel:
    artifact_dir = Path(artifact_dir)
    model_path, card_path = artifact_dir / f"{name}.model.json", artifact_dir / f"{name}.card.json"
    for path in (model_path, card_path):
        if not path.is_file():
            raise ArtifactsMissing(f"model file {path} is missing: {MAKE_THEM.format(dir=artifact_dir)}")
    card = json.loads(card_path.read_text())
    feature_list = tuple(features.feature_set(card["feature_set"], card.get("extra_features", ())))
    if [f.name for f in feature_list] != card["features"]:
        raise ArtifactsMissing(
            f"{card_path} was trained on other features than this code encodes: "
            + MAKE_THEM.format(dir=artifact_dir)
        )
    booster = xgb.Booster(model_file=str(model_path))
    return LoadedModel(
        booster, card, feature_list, forest.from_booster(booster), features.Encoder(feature_list)
    )


class ScoringModels:
    """Churn risk and offer acceptance for telco customers, as the scorer and the decider need them."""

    def __init__(self, risk: LoadedModel, accept: LoadedModel, offers: OfferCatalog, elasticity: float):
        self.risk, self.accept, self.offers, self.elasticity = risk, accept, offers, elasticity
        self.risk_version: str = risk.version
        self.accept_version: str = accept.version
        self._contributions = forest.contributions_from_booster(risk.booster)
        # Reason codes speak of fields, not of one-hot columns: sum each field's columns.
        self._reason_fields = list(dict.fromkeys(f.field for f in risk.features))
        self._field_of_column = np.zeros((len(risk.features), len(self._reason_fields)))
        for column, feature in enumerate(risk.features):
            self._field_of_column[column, self._reason_fields.index(feature.field)] = 1.0

    def churn_risk(self, facts: Sequence[pb.CustomerFacts]) -> np.ndarray:
        """Calibrated P(churn), shape (n,)."""
        X = self.risk.encode(features.facts_fields(facts))
        return self.risk.probability(X)

    def risk_reasons(self, facts: Sequence[pb.CustomerFacts], top: int = 3) -> list[list[RiskReason]]:
        """Per customer, the `top` fields pushing the churn score up most (XGBoost pred_contribs > 0)."""
        return self.risk_with_reasons(facts, top)[1]

    def risk_with_reasons(
        self, facts: Sequence[pb.CustomerFacts], top: int = 3
    ) -> tuple[np.ndarray, list[list[RiskReason]]]:
        """`churn_risk` and `risk_reasons` at once: the fields encoded once, and for a small batch the
        trees walked once (the TreeSHAP walk also reaches each tree's leaf, so it gives the margin)."""
        if len(facts) == 1:
            return self._risk_with_reasons_one(facts[0], top)
        fields = features.facts_fields(facts)
        X = self.risk.encode(fields)
        if len(X) <= SMALL_BATCH:
            contributions, margin = self._contributions.with_margin(X)
            risk = calibration.apply(self.risk.card["calibration"], margin)
        else:
            contributions = self.risk.booster.predict(xgb.DMatrix(X), pred_contribs=True)[:, :-1]  # no bias
            risk = self.risk.probability(X)
        return risk, self._reasons(fields, contributions, top)

    def _risk_with_reasons_one(
        self, facts: pb.CustomerFacts, top: int
    ) -> tuple[np.ndarray, list[list[RiskReason]]]:
        """One customer (a Decide call): plain values into one row, then the same trees; numpy's cost per
        call would otherwise be most of the time. Equal to the batch path (tests/services/scorer)."""
        values = features.facts_values(facts)
        contributions, margin = self._contributions.with_margin(self.risk.encode.encode_one(values))
        risk = calibration.apply_one(self.risk.card["calibration"], float(margin[0]))
        fields = {name: (value,) for name, value in values.items()}
        return np.array([risk]), self._reasons(fields, contributions, top)

    def _reasons(
        self, fields: features.Fields, contributions: np.ndarray, top: int
    ) -> list[list[RiskReason]]:
        by_field = contributions @ self._field_of_column
        reasons = []
        for row, scores in enumerate(by_field):
            order = np.argsort(-scores, kind="stable")[:top]
            reasons.append(
                [
                    RiskReason(features.reason_label(self._reason_fields[i], fields, row), float(scores[i]))
                    for i in order
                    if scores[i] > 0
                ]
            )
        return reasons

    def accept_probability(
        self, facts: Sequence[pb.CustomerFacts], histories: Sequence[ContactHistory], at: Sequence[datetime]
    ) -> np.ndarray:
        """P(accept | offer level), shape (n, offers.levels), non-decreasing along the levels."""
        if len(facts) == 1:  # one customer: as in _risk_with_reasons_one
            X = self.accept.encode.encode_one(features.serving_accept_values(facts[0], histories[0], at[0]))
            base = calibration.apply_one(
                self.accept.card["calibration"], float(self.accept.forest.margin(X)[0])
            )
            return np.array([offer.accept_by_level_one(base, self.offers.percent_by_level, self.elasticity)])
        X = self.accept.encode(features.serving_accept_fields(facts, histories, at))
        base = self.accept.probability(X)
        return offer.accept_by_level(base, self.offers.percent_by_level, self.elasticity)


def load(artifact_dir: Path, offers: OfferCatalog, elasticity: float | None = None) -> ScoringModels:
    """The models in `artifact_dir`; elasticity None: acceptance.elasticity_per_10_percent of the settings."""
    risk, accept = load_model(artifact_dir, RISK), load_model(artifact_dir, ACCEPT)
    if elasticity is None:
        elasticity = offer.load_elasticity()
    return ScoringModels(risk, accept, offers, elasticity)
