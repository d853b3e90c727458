"""`retention bench scorer`: the scorer in process, one customer at a time and in batches, beside raw
XGBoost `inplace_predict` and the numpy fast path on rows already encoded. `retention bench all`
(bench/scorer.py) runs the same `measure`.

Speed is measured here, never asserted in tests (shared CI machines make timing asserts flaky).
"""

from __future__ import annotations

import csv
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import xgboost as xgb

from retention import data, settings
from retention.bench.stats import rate, time_calls
from retention.facts import facts_from_telco_row, timestamp
from retention.limits import ContactHistory
from retention.v1 import retention_pb2 as pb
from services.scorer import model
from services.scorer.handler import Scorer
from training import features, score


def telco_facts(count: int = 500) -> list[pb.CustomerFacts]:
    with open(data.telco_path(), newline="") as file:
        rows = [row for _, row in zip(range(count), csv.DictReader(file), strict=False)]
    return [facts_from_telco_row(row, f"row {i}") for i, row in enumerate(rows)]


def single_row(models: model.ScoringModels, facts: list[pb.CustomerFacts], repeats: int) -> dict:
    """Microseconds per call, one customer per call, for each model call the scorer makes and all three;
    beside them the fast path's forest and XGBoost's `inplace_predict` on the risk row already encoded."""
    history, at = [ContactHistory()], [datetime.now(UTC)]
    n = len(facts)
    encoded = models.risk.encode(features.facts_fields(facts))

    def event(i: int) -> None:  # what the scorer asks for each event
        one = [facts[i % n]]
        models.churn_risk(one), models.risk_reasons(one), models.accept_probability(one, history, at)

    def booster(i: int) -> None:
        models.risk.booster.inplace_predict(encoded[i % n : i % n + 1], predict_type="margin")

    with xgb.config_context(nthread=1):
        raw_xgboost = time_calls(booster, repeats).summary_us()
    return {
        "churn_risk": time_calls(lambda i: models.churn_risk([facts[i % n]]), repeats).summary_us(),
        "risk_reasons": time_calls(lambda i: models.risk_reasons([facts[i % n]]), repeats).summary_us(),
        "accept_probability": time_calls(
            lambda i: models.accept_probability([facts[i % n]], history, at), repeats
        ).summary_us(),
        "all three (one event)": time_calls(event, repeats).summary_us(),
        "fast path: forest margin (encoded row)": time_calls(
            lambda i: models.risk.forest.margin(encoded[i % n : i % n + 1]), repeats
        ).summary_us(),
        "xgboost inplace_predict (encoded row)": raw_xgboost,
    }


def batch(models: model.ScoringModels, facts: list[pb.CustomerFacts], rows: int) -> dict:
    """Rows per second: `churn_risk` on a batch (encode, predict, calibrate) beside raw `inplace_predict` on
    the same rows encoded; the scorer's whole `score_many` on events (risk, reasons, acceptance, protobufs)
    beside XGBoost alone doing the same on encoded rows (both models, and the risk model's contributions)."""
    facts = (facts * (rows // len(facts) + 1))[:rows]
    started = time.perf_counter()
    models.churn_risk(facts)
    churn_s = time.perf_counter() - started
    encoded = models.risk.encode(features.facts_fields(facts))
    models.risk.booster.inplace_predict(encoded[:100], predict_type="margin")  # warm
    started = time.perf_counter()
    models.risk.booster.inplace_predict(encoded, predict_type="margin")
    xgboost_s = time.perf_counter() - started
    now = timestamp(datetime.now(UTC))
    accept_encoded = models.accept.encode(
        features.serving_accept_fields(facts, [ContactHistory()] * rows, [now.ToDatetime(UTC)] * rows)
    )
    started = time.perf_counter()  # what XGBoost alone does for a whole event: both models, risk reasons
    models.accept.booster.inplace_predict(accept_encoded, predict_type="margin")
    models.risk.booster.predict(xgb.DMatrix(encoded), pred_contribs=True)
    xgboost_event_s = xgboost_s + time.perf_counter() - started
    events = [
        pb.CustomerEvent(event_id=f"b{i}", customer_id=f"c{i}", facts=f, occurred_at=now)
        for i, f in enumerate(facts)
    ]
    scorer = Scorer(models)
    started = time.perf_counter()
    scorer.score_many(events)
    events_s = time.perf_counter() - started
    return {
        "rows": rows,
        "churn_risk_rows_per_s": rate(rows, churn_s),
        "xgboost_rows_per_s": rate(rows, xgboost_s),
        "score_many_events_per_s": rate(rows, events_s),
        "xgboost_event_rows_per_s": rate(rows, xgboost_event_s),
    }


def files(artifacts: Path, rows: int) -> dict:
    """`retention score risk|accept` on files of `rows` rows: read, encode, score, write."""
    with tempfile.TemporaryDirectory() as tmp:
        telco_file, bank_file = Path(tmp) / "telco.csv", Path(tmp) / "bank.csv"
        data.load_telco().drop(columns=["churn"]).sample(rows, replace=True, random_state=0).to_csv(
            telco_file, index=False
        )
        bank = data.load_bank().drop(columns=["accepted"]).sample(rows, replace=True, random_state=0)
        bank.to_csv(bank_file, sep=";", index=False)
        started = time.perf_counter()
        score.score_risk(artifacts, telco_file, Path(tmp) / "risk_out.csv")
        score_risk_s = time.perf_counter() - started
        started = time.perf_counter()
        score.score_accept(artifacts, bank_file, Path(tmp) / "accept_out.csv")
        score_accept_s = time.perf_counter() - started
    return {"rows": rows, "score_risk_s": score_risk_s, "score_accept_s": score_accept_s}


def measure(
    artifacts: Path, repeats: int = 2000, batch_rows: int = 10_000, models: model.ScoringModels | None = None
) -> dict:
    models = models or model.load(artifacts, settings.load().offers)
    facts = telco_facts()
    return {
        "risk_version": models.risk_version,
        "repeats": repeats,
        "single": single_row(models, facts, repeats),
        "batch": batch(models, facts, batch_rows),
        "files": files(artifacts, batch_rows),
    }


def main(artifacts: Path, repeats: int = 2000, batch_rows: int = 10_000) -> dict:
    measured = measure(artifacts, repeats, batch_rows)
    print(f"single-row latency, in-process ({repeats} calls each), risk model {measured['risk_version']}:")
    print(f"  {'(microseconds)':<40} {'wall p50':>10} {'wall p99':>10} {'CPU p50':>10} {'CPU p99':>10}")
    for name, f in measured["single"].items():
        columns = (f["p50_us"], f["p99_us"], f["cpu_p50_us"], f["cpu_p99_us"])
        print(f"  {name:<40}" + "".join(f" {value:10.1f}" for value in columns))
    b, f = measured["batch"], measured["files"]
    print(f"batch ({b['rows']:,} rows): churn_risk {b['churn_risk_rows_per_s']:,.0f} rows/s, raw XGBoost "
          f"inplace_predict {b['xgboost_rows_per_s']:,.0f} rows/s, Scorer.score_many "
          f"{b['score_many_events_per_s']:,.0f} events/s")  # fmt: skip
    print(
        f"retention score risk   {f['rows']:,} rows: {f['score_risk_s']:.2f} s (read, encode, score, write)"
    )
    print(f"retention score accept {f['rows']:,} rows: {f['score_accept_s']:.2f} s")
    return measured
