"""`retention bench scorer`: in-process latency of the scorer, one customer at a time, and batch throughput.

Speed is measured here, never asserted in tests (shared CI machines make timing asserts flaky).
"""

from __future__ import annotations

import csv
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from retention import data, settings
from retention.facts import facts_from_telco_row
from retention.limits import ContactHistory
from services.scorer import model
from training import score


def latency(call: Callable[[int], object], repeats: int) -> dict[str, float]:
    """Percentiles of the time of call(i), i = 0 .. repeats-1 (each call on another customer).

    Wall-clock time, and this thread's CPU time: on a busy machine the wall-clock tail also holds the
    time spent waiting for a core, which the CPU time leaves out.
    """
    for i in range(min(50, repeats)):  # warm caches
        call(i)
    wall, cpu = np.empty(repeats), np.empty(repeats)
    for i in range(repeats):
        started, started_cpu = time.perf_counter(), time.thread_time()
        call(i)
        wall[i], cpu[i] = time.perf_counter() - started, time.thread_time() - started_cpu
    return {
        "p50_us": float(np.percentile(wall, 50) * 1e6),
        "p99_us": float(np.percentile(wall, 99) * 1e6),
        "cpu_p50_us": float(np.percentile(cpu, 50) * 1e6),
        "cpu_p99_us": float(np.percentile(cpu, 99) * 1e6),
    }


def main(artifacts: Path, repeats: int = 2000, batch_rows: int = 10_000) -> dict:
    models = model.load(artifacts, settings.load().offers)
    with open(data.telco_path(), newline="") as file:
        rows = [row for _, row in zip(range(500), csv.DictReader(file), strict=False)]
    facts = [facts_from_telco_row(row, f"row {i}") for i, row in enumerate(rows)]
    history, at = [ContactHistory()], [datetime.now(UTC)]

    def event(i: int) -> None:  # what the scorer asks for each event
        one = [facts[i % len(facts)]]
        models.churn_risk(one), models.risk_reasons(one), models.accept_probability(one, history, at)

    single = {
        "churn_risk": latency(lambda i: models.churn_risk([facts[i % len(facts)]]), repeats),
        "risk_reasons": latency(lambda i: models.risk_reasons([facts[i % len(facts)]]), repeats),
        "accept_probability": latency(
            lambda i: models.accept_probability([facts[i % len(facts)]], history, at), repeats
        ),
        "all three (one event)": latency(event, repeats),
    }
    batch = (facts * (batch_rows // len(facts) + 1))[:batch_rows]
    started = time.perf_counter()
    models.churn_risk(batch)
    churn_rows_per_s = batch_rows / (time.perf_counter() - started)

    with tempfile.TemporaryDirectory() as tmp:
        telco_file, bank_file = Path(tmp) / "telco.csv", Path(tmp) / "bank.csv"
        data.load_telco().drop(columns=["churn"]).sample(batch_rows, replace=True, random_state=0).to_csv(
            telco_file, index=False
        )
        bank = data.load_bank().drop(columns=["accepted"]).sample(batch_rows, replace=True, random_state=0)
        bank.to_csv(bank_file, sep=";", index=False)
        started = time.perf_counter()
        score.score_risk(artifacts, telco_file, Path(tmp) / "risk_out.csv")
        score_risk_s = time.perf_counter() - started
        started = time.perf_counter()
        score.score_accept(artifacts, bank_file, Path(tmp) / "accept_out.csv")
        score_accept_s = time.perf_counter() - started

    print(f"single-row latency, in-process ({repeats} calls each), risk model {models.risk_version}:")
    print(f"  {'(microseconds)':<24} {'wall p50':>10} {'wall p99':>10} {'CPU p50':>10} {'CPU p99':>10}")
    for name, f in single.items():
        columns = (f["p50_us"], f["p99_us"], f["cpu_p50_us"], f["cpu_p99_us"])
        print(f"  {name:<24}" + "".join(f" {value:10.1f}" for value in columns))
    print(f"batch churn_risk: {churn_rows_per_s:,.0f} rows/s ({batch_rows:,} rows)")
    print(f"retention score risk   {batch_rows:,} rows: {score_risk_s:.2f} s (read, encode, score, write)")
    print(f"retention score accept {batch_rows:,} rows: {score_accept_s:.2f} s")
    return {
        "single": single,
        "batch_rows_per_s": churn_rows_per_s,
        "score_risk_s": score_risk_s,
        "score_accept_s": score_accept_s,
    }
