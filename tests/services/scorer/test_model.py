"""The scorer's models: loading, shapes, probabilities, reasons, monotone acceptance, clear errors."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
import xgboost as xgb

from retention import data
from retention.facts import facts_from_telco_row
from retention.limits import ContactHistory
from retention.settings import OfferCatalog
from services.scorer import model
from training import calibration, features, train
from training.config import ACCEPT, RISK, TrainConfig

OFFERS = OfferCatalog()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("artifacts")
    train.main(TrainConfig(output=output, quick=True, models=(RISK, ACCEPT)))
    return output


@pytest.fixture(scope="module")
def models(artifacts) -> model.ScoringModels:
    return model.load(artifacts, OFFERS, elasticity=0.25)


@pytest.fixture(scope="module")
def facts():
    with open(data.telco_path(), newline="") as file:
        rows = [row for _, row in zip(range(300), csv.DictReader(file), strict=False)]
    return [facts_from_telco_row(row, f"row {i}") for i, row in enumerate(rows)]


def test_missing_artifacts_say_which_file_and_how_to_make_it(tmp_path):
    with pytest.raises(model.ArtifactsMissing) as error:
        model.load(tmp_path, OFFERS, elasticity=0.25)
    message = str(error.value)
    assert str(tmp_path / "risk.model.json") in message
    assert f"retention train --output {tmp_path}" in message and "make artifacts" in message


def test_a_missing_card_is_named_too(artifacts, tmp_path):
    shutil.copytree(artifacts, tmp_path, dirs_exist_ok=True)
    (tmp_path / "accept.card.json").unlink()
    with pytest.raises(model.ArtifactsMissing, match="accept.card.json"):
        model.load(tmp_path, OFFERS, elasticity=0.25)


def test_artifacts_from_other_features_are_refused(artifacts, tmp_path):
    shutil.copytree(artifacts, tmp_path, dirs_exist_ok=True)
    card = json.loads((tmp_path / "risk.card.json").read_text())
    card["features"] = card["features"][:-1]
    (tmp_path / "risk.card.json").write_text(json.dumps(card))
    with pytest.raises(model.ArtifactsMissing, match="other features"):
        model.load(tmp_path, OFFERS, elasticity=0.25)


def test_versions_are_the_cards(models, artifacts):
    assert models.risk_version == json.loads((artifacts / "risk.card.json").read_text())["version"]
    assert models.accept_version == json.loads((artifacts / "accept.card.json").read_text())["version"]


def test_churn_risk_is_a_probability_per_customer(models, facts):
    risk = models.churn_risk(facts)
    assert risk.shape == (len(facts),) and np.all((risk >= 0) & (risk <= 1))
    assert risk.std() > 0
    np.testing.assert_allclose(models.churn_risk(facts[:1]), risk[:1], atol=1e-5)  # numpy path = XGBoost path


def test_risk_reasons_are_the_largest_positive_contributions(models, facts):
    reasons = models.risk_reasons(facts[:50])
    assert len(reasons) == 50
    assert any(reasons)
    readable = {f.field for f in models.risk.features}
    for per_customer in reasons:
        assert len(per_customer) <= 3
        contributions = [r.contribution for r in per_customer]
        assert all(c > 0 for c in contributions) and contributions == sorted(contributions, reverse=True)
        assert all(r.feature.split("=")[0] in readable for r in per_customer)
    assert all(len(r) <= 1 for r in models.risk_reasons(facts[:50], top=1))


def test_reasons_name_the_customers_own_category(models, facts):
    for customer, per_customer in zip(facts[:50], models.risk_reasons(facts[:50]), strict=True):
        for reason in per_customer:
            if reason.feature.startswith("contract="):
                assert reason.feature == f"contract={customer.contract}"


def test_acceptance_has_one_probability_per_level_and_never_falls(models, facts):
    n = len(facts)
    histories = [
        ContactHistory(campaign=1 + i % 4, pdays=-1 if i % 3 else i, previous=i % 2) for i in range(n)
    ]
    at = [datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=7 * i) for i in range(n)]
    accept = models.accept_probability(facts, histories, at)
    assert accept.shape == (n, OFFERS.levels)
    assert np.all((accept >= 0) & (accept <= 1)) and np.all(np.diff(accept, axis=1) >= 0)
    np.testing.assert_allclose(
        models.accept_probability(facts[:1], histories[:1], at[:1]), accept[:1], atol=1e-5
    )


def test_no_offer_effect_leaves_every_level_at_the_base(artifacts, facts):
    flat = model.load(artifacts, OFFERS, elasticity=0.0)
    accept = flat.accept_probability(facts[:5], [ContactHistory()] * 5, [datetime.now(UTC)] * 5)
    np.testing.assert_allclose(accept, accept[:, :1].repeat(OFFERS.levels, axis=1))


def test_elasticity_defaults_to_the_settings_file(artifacts):
    assert model.load(artifacts, OFFERS).elasticity >= 0


def test_fast_path_matches_xgboost_to_1e5(models, facts):
    X = features.encode(models.risk.features, features.facts_fields(facts))
    xgboost_margin = models.risk.booster.predict(xgb.DMatrix(X), output_margin=True)
    expected = calibration.apply(models.risk.card["calibration"], xgboost_margin)
    single = np.concatenate([models.churn_risk([f]) for f in facts[:40]])
    np.testing.assert_allclose(single, expected[:40], atol=1e-5, rtol=0)
    np.testing.assert_allclose(models.risk.forest.margin(X), xgboost_margin, atol=1e-5, rtol=0)


def test_reasons_one_at_a_time_equal_reasons_in_a_large_batch(models, facts):
    assert len(facts) > model.SMALL_BATCH  # the batch goes through XGBoost's pred_contribs
    batch = models.risk_reasons(facts)
    for i in range(0, len(facts), 15):
        single = models.risk_reasons([facts[i]])[0]
        assert {r.feature for r in single} == {r.feature for r in batch[i]}
        contributions = [r.contribution for r in single], [r.contribution for r in batch[i]]
        np.testing.assert_allclose(*contributions, atol=1e-5)


def test_risk_with_reasons_is_churn_risk_and_risk_reasons_at_once(models, facts):
    for rows in (facts[:1], facts[:100]):  # the numpy path and XGBoost's
        risk, reasons = models.risk_with_reasons(rows)
        np.testing.assert_allclose(risk, models.churn_risk(rows), atol=1e-9, rtol=0)
        assert reasons == models.risk_reasons(rows)


def test_one_customer_at_a_time_scores_as_the_small_batch(models, facts):
    """Decide's path (plain values, Python-float calibration and offer effect) against the batch path on
    the same compiled trees: the same risk, reasons and acceptance to the last bits of exp."""
    rows = facts[:60]
    histories = [
        ContactHistory(campaign=1 + i % 3, pdays=-1 if i % 2 else 3 * i, previous=i % 2) for i in range(60)
    ]
    at = [datetime(2026, 3, 1, tzinfo=UTC) + timedelta(hours=37 * i) for i in range(60)]
    risks, reasons = models.risk_with_reasons(rows)
    accept = models.accept_probability(rows, histories, at)
    for i, customer in enumerate(rows):
        risk, (reason,) = models.risk_with_reasons([customer])
        np.testing.assert_allclose(risk, risks[i : i + 1], rtol=0, atol=1e-12)
        assert [r.feature for r in reason] == [r.feature for r in reasons[i]]
        np.testing.assert_allclose([r.contribution for r in reason], [r.contribution for r in reasons[i]])
        one = models.accept_probability([customer], histories[i : i + 1], at[i : i + 1])
        np.testing.assert_allclose(one, accept[i : i + 1], rtol=0, atol=1e-12)
