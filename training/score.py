"""`retention score risk|accept`: batch scoring of CSV files with the trained models, rows in input order.

risk: a Telco-format CSV -> `customerID,churn_probability` (the served, calibrated churn model).
accept: a Bank-format CSV (semicolons, as UCI ships it) -> `accept_probability` per row, from the Bank model
on every column but `duration` (accept_full), for the contact history as given in the file and no discount.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from retention import data
from services.scorer.model import load_model
from training import features


def score_risk(artifacts: Path, input: Path, output: Path) -> int:
    model = load_model(artifacts, "risk")
    frame = data.read_telco(input, labelled=False)
    X = model.encode(features.telco_fields(frame))
    result = pd.DataFrame({"customerID": frame["customerID"], "churn_probability": model.probability(X)})
    result.to_csv(output, index=False, float_format="%.6f")
    return len(result)


def score_accept(artifacts: Path, input: Path, output: Path) -> int:
    model = load_model(artifacts, "accept_full")
    frame = data.read_bank(input, labelled=False)
    X = model.encode(features.bank_fields(frame))
    result = pd.DataFrame({"accept_probability": model.probability(X)})
    result.to_csv(output, index=False, float_format="%.6f")
    return len(result)
