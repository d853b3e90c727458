"""Feature encoding: one encoding for CSV rows and protobuf facts, and no `duration` anywhere."""

from __future__ import annotations

import csv
import itertools
from datetime import UTC, datetime

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from retention import data
from retention.facts import facts_from_telco_row
from retention.limits import ContactHistory
from retention.v1 import retention_pb2 as pb
from training import features, offer


@pytest.fixture(scope="module")
def telco():
    return data.load_telco()


@pytest.fixture(scope="module")
def bank():
    return data.load_bank().head(2000)


def test_proto_facts_encode_exactly_like_csv_rows(telco):
    with open(data.telco_path(), newline="") as file:
        rows = list(csv.DictReader(file))
    facts = [facts_from_telco_row(row, f"row {i}") for i, row in enumerate(rows)]
    every_feature = features.risk_features(tuple(features.RISK_EXTRA_FEATURES))
    from_csv = features.encode(every_feature, features.telco_fields(telco))
    from_proto = features.encode(every_feature, features.facts_fields(facts))
    assert from_csv.shape == (len(rows), len(every_feature))
    np.testing.assert_array_equal(from_csv, from_proto)


def test_every_telco_column_is_used():
    fields = {f.field for f in features.risk_features()}
    assert set(features.TELCO_COLUMNS.values()) <= fields


def test_first_month_customers_encode_with_zero_total_charges(telco):
    X = features.encode(features.risk_features(("average_charge",)), features.telco_fields(telco))
    names = [f.name for f in features.risk_features(("average_charge",))]
    first_month = telco["tenure"].to_numpy() == 0
    assert np.all(X[first_month, names.index("total_charges")] == 0)
    assert np.all(np.isfinite(X))


@pytest.mark.parametrize("name", ["accept_serving", "accept_full"])
def test_duration_is_never_a_feature(bank, name):
    feature_list = features.feature_set(name)
    assert not any("duration" in f.name or f.field == "duration" for f in feature_list)
    shuffled = bank.copy()
    shuffled["duration"] = np.random.default_rng(0).permutation(shuffled["duration"].to_numpy())
    fields, shuffled_fields = features.bank_fields(bank), features.bank_fields(shuffled)
    assert "duration" not in fields
    np.testing.assert_array_equal(
        features.encode(feature_list, fields), features.encode(feature_list, shuffled_fields)
    )


def test_a_feature_reading_duration_is_refused():
    with pytest.raises(AssertionError, match="duration"):
        features.check_no_leakage([features.numeric("duration")])


def test_serving_acceptance_inputs_come_from_history_calendar_and_facts():
    facts = [
        pb.CustomerFacts(senior_citizen=True, partner="Yes", time_zone="Australia/Sydney"),
        pb.CustomerFacts(senior_citizen=False, partner="No", time_zone=""),
    ]
    histories = [ContactHistory(campaign=2, pdays=9, previous=1, poutcome="failure"), ContactHistory()]
    at = [datetime(2026, 1, 31, 20, tzinfo=UTC)] * 2  # already 1 February in Sydney
    fields = features.serving_accept_fields(facts, histories, at)
    assert fields["month"].tolist() == ["feb", "jan"] and fields["day"].tolist() == [1, 31]
    assert fields["contact"].tolist() == ["cellular", "cellular"]
    assert fields["campaign"].tolist() == [2, 1] and fields["pdays"].tolist() == [9, -1]
    assert fields["poutcome"].tolist() == ["failure", "unknown"]
    assert fields["senior"].tolist() == [True, False] and fields["married"].tolist() == [True, False]
    X = features.encode(features.accept_serving_features(), fields)
    assert X.shape == (2, len(features.accept_serving_features())) and np.all(np.isfinite(X))


def test_serving_and_training_acceptance_fields_share_every_feature_input(bank):
    needed = {f.field for f in features.accept_serving_features()}
    serving = features.serving_accept_fields([pb.CustomerFacts()], [ContactHistory()], [datetime.now(UTC)])
    assert needed <= set(serving) and needed <= set(features.bank_fields(bank))


@given(
    p=st.lists(st.floats(0, 1), min_size=1, max_size=20),
    elasticity=st.floats(0, 5),
    steps=st.lists(st.floats(0, 40), min_size=1, max_size=5),
)
def test_acceptance_never_decreases_with_the_discount(p, elasticity, steps):
    percents = np.cumsum([0.0, *steps])
    by_level = offer.accept_by_level(np.asarray(p), percents, elasticity)
    assert by_level.shape == (len(p), len(percents))
    assert np.all(np.diff(by_level, axis=1) >= 0)
    assert np.all((by_level >= 0) & (by_level <= 1))
    np.testing.assert_array_equal(by_level[:, 0], p)  # 0 %: a contact without discount


def test_negative_elasticity_is_refused():
    with pytest.raises(ValueError, match="elasticity"):
        offer.accept_by_level(np.array([0.1]), [0, 10], -0.1)


def test_elasticity_is_read_from_the_settings_file(tmp_path):
    path = tmp_path / "retention.yaml"
    path.write_text("acceptance:\n  elasticity_per_10_percent: 0.4\n")
    assert offer.load_elasticity(path) == 0.4
    path.write_text("acceptance:\n  elasticity_per_10_percent: -1\n")
    with pytest.raises(Exception, match="elasticity_per_10_percent"):
        offer.load_elasticity(path)
    assert offer.load_elasticity() >= 0  # the project's own config/retention.yaml


def test_one_row_at_a_time_encodes_like_the_batch(telco):
    encoder = features.Encoder(features.risk_features(tuple(features.RISK_EXTRA_FEATURES)))
    fields = features.telco_fields(telco.head(40))
    batch = encoder(fields)
    for row in range(40):
        np.testing.assert_array_equal(
            encoder({k: v[row : row + 1] for k, v in fields.items()}), batch[row : row + 1]
        )


def test_the_encoder_computes_what_each_feature_computes(telco):
    """The encoder's plan (a look-up per field of indicators) gives each column its feature's `compute`,
    values outside the known categories included (they mark no column)."""
    every_feature = features.risk_features(tuple(features.RISK_EXTRA_FEATURES))
    fields = dict(features.telco_fields(telco.head(60)))
    fields["contract"] = fields["contract"].copy()
    fields["contract"][:3] = ["Weekly", "", None]
    expected = np.column_stack([np.asarray(f.compute(fields), dtype=np.float32) for f in every_feature])
    encoder = features.Encoder(every_feature)
    np.testing.assert_array_equal(encoder(fields), expected)  # numpy's comparison
    few = {name: values[:3] for name, values in fields.items()}
    np.testing.assert_array_equal(encoder(few), expected[:3])  # the dictionary


def test_one_customers_plain_values_encode_like_the_batch_on_every_telco_row():
    """Decide's path (facts_values + Encoder.encode_one, no numpy until the row) against the batch
    encoder, every feature a risk model can have, every row of the data: the same float32 bits."""
    with open(data.telco_path(), newline="") as file:
        facts = [facts_from_telco_row(row, f"row {i}") for i, row in enumerate(csv.DictReader(file))]
    encoder = features.Encoder(features.risk_features(tuple(features.RISK_EXTRA_FEATURES)))
    batch = encoder(features.facts_fields(facts))
    one_at_a_time = np.concatenate([encoder.encode_one(features.facts_values(f)) for f in facts])
    np.testing.assert_array_equal(one_at_a_time, batch)
    assert one_at_a_time.dtype == np.float32


def test_a_new_customer_with_no_tenure_encodes_alike_both_ways():
    facts = pb.CustomerFacts(contract="Month-to-month", tenure=0, monthly_charges=70.0, total_charges=0.0)
    encoder = features.Encoder(features.risk_features(tuple(features.RISK_EXTRA_FEATURES)))
    np.testing.assert_array_equal(
        encoder.encode_one(features.facts_values(facts)), encoder(features.facts_fields([facts]))
    )


def test_a_feature_without_a_scalar_form_falls_back_to_its_numpy_compute():
    doubled = features.Feature("doubled", "tenure", lambda f: 2.0 * np.asarray(f["tenure"], float))
    encoder = features.Encoder([doubled, *features.one_hot("contract", ("One year", "Two year"))])
    row = encoder.encode_one({"tenure": 7, "contract": "Two year"})
    np.testing.assert_array_equal(row, [[14.0, 0.0, 1.0]])


def test_acceptance_inputs_of_one_customer_encode_like_the_batch():
    """Histories, times across month ends and years, and time zones that move the local date."""
    facts = [
        pb.CustomerFacts(senior_citizen=i % 2 == 0, partner=("Yes", "No")[i % 2], time_zone=zone)
        for i, zone in enumerate(["", "UTC", "Pacific/Kiritimati", "America/Adak", "Asia/Kolkata"] * 8)
    ]
    histories = [
        ContactHistory(campaign=1 + i % 4, pdays=-1 if i % 3 else 2 * i, previous=i % 3,
                       poutcome=("unknown", "failure", "other", "success")[i % 4])
        for i in range(len(facts))
    ]  # fmt: skip
    at = [datetime(2025 + i % 3, 1 + i % 12, 1 + (7 * i) % 28, (5 * i) % 24, tzinfo=UTC) for i in range(40)]
    encoder = features.Encoder(features.accept_serving_features())
    batch = encoder(features.serving_accept_fields(facts, histories, at))
    one_at_a_time = np.concatenate(
        [
            encoder.encode_one(features.serving_accept_values(*c))
            for c in zip(facts, histories, at, strict=True)
        ]
    )
    np.testing.assert_array_equal(one_at_a_time, batch)


@given(
    p=st.floats(0.0, 1.0),
    elasticity=st.floats(0.0, 2.0),
    percents=st.lists(st.sampled_from([0.0, 5.0, 10.0, 15.0, 25.0, 40.0]), min_size=1, max_size=5),
)
def test_one_customers_acceptance_by_level_is_the_batch_ones(p, elasticity, percents):
    percents = sorted(percents)
    batch = offer.accept_by_level(np.array([p]), percents, elasticity)[0]
    np.testing.assert_allclose(offer.accept_by_level_one(p, percents, elasticity), batch, rtol=0, atol=1e-12)
    assert all(a <= b for a, b in itertools.pairwise(offer.accept_by_level_one(p, percents, elasticity)))


def test_one_customers_acceptance_refuses_a_negative_elasticity():
    with pytest.raises(ValueError, match="elasticity"):
        offer.accept_by_level_one(0.3, [0.0, 10.0], -0.1)
