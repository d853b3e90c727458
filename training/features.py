"""Feature encoding shared by training (CSV rows) and serving (protobuf messages).

Both paths first become *fields*: a dict of equal-length numpy arrays keyed by name (the CustomerFacts
field names for Telco, the UCI column names for Bank). Every feature is then computed once, from fields,
by the same function, so a customer encodes identically whether it came from the CSV or from an event.

One customer at a time (the decider's Decide), numpy's cost per call is most of that work, so each feature
also says how to compute itself from one customer's plain values (`compute_one`), and `Encoder.encode_one`
fills one row from those; tests hold the two equal on every Telco row and many Bank-model rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from retention.data import BANK_CATEGORIES
from retention.facts import CATEGORIES, TELCO_COLUMNS
from retention.limits import ContactHistory
from retention.v1 import retention_pb2 as pb

Fields = Mapping[str, np.ndarray]

# `duration` (length of the last call) is only known after the call has ended: using it leaks the outcome.
FORBIDDEN_BANK_COLUMNS = frozenset({"duration"})


@dataclass(frozen=True)
class Feature:
    """One column of a model's input matrix."""

    name: str  # readable, e.g. "tenure" or "contract=Month-to-month"
    field: str  # the field it is read from, for grouping reason codes
    compute: Callable[[Fields], np.ndarray]
    category: str | None = None  # for an indicator: the value of `field` it marks
    # The same value from one customer's plain values (a dict of Python scalars keyed like fields); None:
    # numpy's `compute` on a row of one. Indicators need none: Encoder looks their category up.
    compute_one: Callable[[Mapping[str, object]], float] | None = None


def numeric(field: str, name: str | None = None) -> Feature:
    return Feature(
        name or field,
        field,
        lambda f: np.asarray(f[field], dtype=np.float64),
        compute_one=lambda v: float(v[field]),
    )


def one_hot(field: str, values: Sequence[str]) -> list[Feature]:
    return [Feature(f"{field}={v}", field, lambda f, v=v: f[field] == v, category=v) for v in values]


class Encoder:
    """Encodes fields into a model's (n, features) float32 matrix; float32 as XGBoost compares in float32.

    The plan is made once per feature list: each run of indicators of one field becomes one comparison of
    the field with all its categories (the same as each indicator's `compute`), broadcast by numpy for many
    rows; for a few rows (the scorer's one customer at a time, where numpy's per-call cost is what counts)
    a dictionary from category to column is looked up instead.
    """

    LOOKUP_ROWS = 16  # up to this many rows, the dictionary; beyond, numpy's comparison is faster

    def __init__(self, features: Sequence[Feature]):
        self.width = len(features)
        # (start, stop, feature, and for a run of indicators: its column by category, its categories as
        # a row for numpy's comparison)
        self.steps: list[tuple[int, int, Feature, dict[str, int] | None, np.ndarray | None]] = []
        start = 0
        while start < len(features):
            feature, stop = features[start], start + 1
            column_of, categories = None, None
            if feature.category is not None:
                while (
                    stop < len(features) and features[stop].field == feature.field and features[stop].category
                ):
                    stop += 1
                column_of = {features[column].category: column for column in range(start, stop)}
                categories = np.array([[f.category for f in features[start:stop]]], dtype=object)
            self.steps.append((start, stop, feature, column_of, categories))
            start = stop

    def encode_one(self, values: Mapping[str, object]) -> np.ndarray:
        """The (1, features) matrix of one customer's plain values: the same row as `__call__` on fields of
        length one, filled in Python (a few microseconds, where numpy's calls take tens)."""
        row = [0.0] * self.width
        for start, _stop, feature, column_of, _categories in self.steps:
            if column_of is not None:
                column = column_of.get(values[feature.field])
                if column is not None:
                    row[column] = 1.0
            elif feature.compute_one is not None:
                row[start] = feature.compute_one(values)
            else:  # no scalar form: numpy on a row of one
                row[start] = feature.compute({key: np.asarray([value]) for key, value in values.items()})[0]
        return np.array([row], dtype=np.float32)

    def __call__(self, fields: Fields) -> np.ndarray:
        n = len(next(iter(fields.values()))) if fields else 0
        X = np.empty((n, self.width), dtype=np.float32)
        for start, stop, feature, column_of, categories in self.steps:
            if column_of is None:
                X[:, start] = feature.compute(fields)
                continue
            values = fields[feature.field]
            if n > self.LOOKUP_ROWS:
                X[:, start:stop] = np.asarray(values, dtype=object)[:, None] == categories
                continue
            X[:, start:stop] = 0.0
            for row, value in enumerate(values):
                column = column_of.get(value)
                if column is not None:
                    X[row, column] = 1.0
        return X


def encode(features: Sequence[Feature], fields: Fields) -> np.ndarray:
    """The (n, len(features)) matrix of `fields` (see Encoder; keep an Encoder to encode many times)."""
    return Encoder(features)(fields)


def check_no_leakage(features: Sequence[Feature]) -> None:
    leaking = [f.name for f in features if f.field in FORBIDDEN_BANK_COLUMNS]
    assert not leaking, f"features {leaking} read `duration`, which is only known after the call"


# --- Churn risk (Telco) -------------------------------------------------------------------------

TELCO_NUMERIC_FIELDS = ("tenure", "monthly_charges", "total_charges")


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    numerator, denominator = np.asarray(numerator, float), np.asarray(denominator, float)
    return np.divide(numerator, denominator, out=np.zeros_like(numerator), where=denominator > 0)


_SERVICE_FIELDS = ("phone_service", "multiple_lines", "online_security", "online_backup", "device_protection",
                   "tech_support", "streaming_tv", "streaming_movies")  # fmt: skip


def _services(f: Fields) -> np.ndarray:
    return sum((f[name] == "Yes").astype(np.float64) for name in _SERVICE_FIELDS)


def _services_one(v: Mapping[str, object]) -> float:
    return float(sum(v[name] == "Yes" for name in _SERVICE_FIELDS))


def _charge_drift(f: Fields) -> np.ndarray:
    """Today's bill minus the average bill so far: a recent price rise shows as a positive drift."""
    average = _ratio(f["total_charges"], f["tenure"])
    return np.where(np.asarray(f["tenure"]) > 0, np.asarray(f["monthly_charges"], float) - average, 0.0)


def _charge_drift_one(v: Mapping[str, object]) -> float:
    tenure = float(v["tenure"])
    return float(v["monthly_charges"]) - float(v["total_charges"]) / tenure if tenure > 0 else 0.0


def risk_base_features() -> list[Feature]:
    """Every Telco column: numbers as numbers, each category as its own indicator."""
    features = [numeric(name) for name in TELCO_NUMERIC_FIELDS]
    features.append(numeric("senior_citizen"))
    for field, values in CATEGORIES.items():
        features += one_hot(field, values)
    return features


# Candidates beyond the raw columns; kept in a spec only where cross-validation says they help.
RISK_EXTRA_FEATURES: dict[str, Feature] = {
    "services": Feature("services", "services", _services, compute_one=_services_one),
    "charge_drift": Feature("charge_drift", "monthly_charges", _charge_drift, compute_one=_charge_drift_one),
    "average_charge": Feature(
        "average_charge",
        "total_charges",
        lambda f: _ratio(f["total_charges"], np.maximum(f["tenure"], 1)),
        compute_one=lambda v: float(v["total_charges"]) / max(float(v["tenure"]), 1.0),
    ),
}


def risk_features(extra: Sequence[str] = ()) -> list[Feature]:
    return risk_base_features() + [RISK_EXTRA_FEATURES[name] for name in extra]


def telco_fields(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Fields from a loaded Telco frame (`retention.data.load_telco`), keyed by CustomerFacts field."""
    fields = {field: frame[column].to_numpy() for column, field in TELCO_COLUMNS.items()}
    fields["senior_citizen"] = np.asarray(frame["SeniorCitizen"], dtype=np.int64) == 1
    for name in TELCO_NUMERIC_FIELDS:
        fields[name] = np.asarray(fields[name], dtype=np.float64)
    return fields


def facts_fields(facts: Sequence[pb.CustomerFacts]) -> dict[str, np.ndarray]:
    """Fields from CustomerFacts messages, the same keys and types as `telco_fields`."""
    fields = {}
    for field in TELCO_COLUMNS.values():
        values = [getattr(f, field) for f in facts]
        if field in TELCO_NUMERIC_FIELDS:
            fields[field] = np.asarray(values, dtype=np.float64)
        elif field == "senior_citizen":
            fields[field] = np.asarray(values, dtype=bool)
        else:
            fields[field] = np.asarray(values, dtype=object)
    return fields


def facts_values(facts: pb.CustomerFacts) -> dict[str, object]:
    """One customer's `facts_fields` as plain values, for `Encoder.encode_one`."""
    return {field: getattr(facts, field) for field in TELCO_COLUMNS.values()}


def reason_label(field: str, fields: Fields, row: int) -> str:
    """A readable name for a field's contribution: the customer's own value for a category."""
    if field in CATEGORIES:
        return f"{field}={fields[field][row]}"
    return field


# --- Offer acceptance (Bank) --------------------------------------------------------------------

MONTHS = BANK_CATEGORIES["month"]


MONTH_NUMBER = {name: number for number, name in enumerate(MONTHS, start=1)}


def _month_number(f: Fields) -> np.ndarray:
    return np.asarray([MONTH_NUMBER[m] for m in f["month"]], dtype=np.float64)


def _history_features() -> list[Feature]:
    """Contact history: in this system the ledger supplies these for every customer (see ContactHistory)."""
    features = [numeric("campaign"), numeric("pdays"), numeric("previous")]
    return features + one_hot("poutcome", BANK_CATEGORIES["poutcome"])


# Days before the first of each month in a non-leap year (the data carry no year).
DAYS_BEFORE_MONTH = np.cumsum([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30])


def _day_of_year(f: Fields) -> np.ndarray:
    return DAYS_BEFORE_MONTH[_month_number(f).astype(int) - 1] + np.asarray(f["day"], dtype=np.float64)


def _day_of_year_one(v: Mapping[str, object]) -> float:
    return float(DAYS_BEFORE_MONTH[MONTH_NUMBER[v["month"]] - 1]) + float(v["day"])


def _calendar_features() -> list[Feature]:
    """Day, month and their combination: one number lets a shallow split pick a date range (the campaign
    periods of the Bank data); kept because cross-validation says it helps (ROC-AUC +0.003)."""
    return [
        numeric("day"),
        Feature("month", "month", _month_number, compute_one=lambda v: float(MONTH_NUMBER[v["month"]])),
        Feature("day_of_year", "month", _day_of_year, compute_one=_day_of_year_one),
    ]


def accept_serving_features() -> list[Feature]:
    """The inputs a telco customer has at decision time: history, calendar, channel and two proxies.

    senior (age >= 65 in Bank; SeniorCitizen in Telco) and married (marital == "married" in Bank;
    Partner == "Yes" in Telco) are the only demographics both data sets share, roughly.
    """
    features = _history_features() + _calendar_features() + one_hot("contact", BANK_CATEGORIES["contact"])
    features += [numeric("senior"), numeric("married")]
    check_no_leakage(features)
    return features


def accept_full_features() -> list[Feature]:
    """Every Bank column except `duration`, for scoring Bank-format files (`retention score accept`)."""
    features = [numeric("age"), numeric("balance")]
    for column in ("job", "marital", "education", "default", "housing", "loan", "contact"):
        features += one_hot(column, BANK_CATEGORIES[column])
    features += _calendar_features() + _history_features()
    check_no_leakage(features)
    return features


def bank_fields(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Fields from a loaded Bank frame, plus the two proxies; `duration` is left out on purpose."""
    fields = {c: frame[c].to_numpy() for c in frame.columns if c not in FORBIDDEN_BANK_COLUMNS}
    fields["senior"] = np.asarray(frame["age"], dtype=np.int64) >= 65
    fields["married"] = np.asarray(frame["marital"]) == "married"
    return fields


def serving_accept_fields(
    facts: Sequence[pb.CustomerFacts], histories: Sequence[ContactHistory], at: Sequence[datetime]
) -> dict[str, np.ndarray]:
    """Bank-model fields for telco customers at decision time (`serving_accept_values` says what each is),
    column by column: twice as fast as stacking each customer's values, for the simulator's batches."""
    local = [_local(when, f.time_zone) for when, f in zip(at, facts, strict=True)]
    return {
        "campaign": np.asarray([h.campaign for h in histories], dtype=np.float64),
        "pdays": np.asarray([h.pdays for h in histories], dtype=np.float64),
        "previous": np.asarray([h.previous for h in histories], dtype=np.float64),
        "poutcome": np.asarray([h.poutcome for h in histories], dtype=object),
        "day": np.asarray([when.day for when in local], dtype=np.float64),
        "month": np.asarray([MONTHS[when.month - 1] for when in local], dtype=object),
        "contact": np.full(len(facts), "cellular", dtype=object),
        "senior": np.asarray([f.senior_citizen for f in facts], dtype=bool),
        "married": np.asarray([f.partner == "Yes" for f in facts], dtype=bool),
    }


def serving_accept_values(
    facts: pb.CustomerFacts, history: ContactHistory, at: datetime
) -> dict[str, object]:
    """The Bank-model inputs of one telco customer at decision time, as plain values (`serving_accept_fields`
    of one customer; tests hold the two equal).

    campaign, pdays, previous, poutcome: the ledger's ContactHistory. day, month: the event time in the
    customer's time zone (UTC when unknown). contact: "cellular" (we reach customers on their phones).
    senior: SeniorCitizen. married: Partner == "Yes".
    """
    local = _local(at, facts.time_zone)
    return {
        "campaign": history.campaign, "pdays": history.pdays, "previous": history.previous,
        "poutcome": history.poutcome, "day": local.day, "month": MONTHS[local.month - 1],
        "contact": "cellular", "senior": facts.senior_citizen, "married": facts.partner == "Yes",
    }  # fmt: skip


def _local(when: datetime, time_zone: str) -> datetime:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return when.astimezone(ZoneInfo(time_zone)) if time_zone else when.astimezone(UTC)
    except (KeyError, ValueError):
        return when.astimezone(UTC)


def feature_set(name: str, extra: Sequence[str] = ()) -> list[Feature]:
    """A model's features by the name its spec and card give: "risk", "accept_serving" or "accept_full"."""
    if name == "risk":
        return risk_features(extra)
    if name == "accept_serving":
        return accept_serving_features()
    if name == "accept_full":
        return accept_full_features()
    raise ValueError(f"unknown feature set {name!r}")
