"""Scorer: batch rows per second and single-row latency, beside raw XGBoost and the compiled fast path
(training/bench.py measures; this section picks the figures)."""

from __future__ import annotations

from retention.bench.run import Context
from training import bench as scorer_bench


def section(context: Context) -> dict:
    sizes = context.sizes
    measured = scorer_bench.measure(
        context.artifacts, sizes.scorer_repeats, sizes.scorer_batch_rows, models=context.models
    )
    single, batch = measured["single"], measured["batch"]
    figures = {
        "scorer_rows_per_s": batch["churn_risk_rows_per_s"],
        "xgboost_rows_per_s": batch["xgboost_rows_per_s"],
        "scorer_events_per_s": batch["score_many_events_per_s"],
        "xgboost_event_rows_per_s": batch["xgboost_event_rows_per_s"],
        "scorer_event_p50_us": single["all three (one event)"]["p50_us"],
        "scorer_event_p99_us": single["all three (one event)"]["p99_us"],
        "scorer_risk_p50_us": single["churn_risk"]["p50_us"],
        "fast_path_p50_us": single["fast path: forest margin (encoded row)"]["p50_us"],
        "xgboost_row_p50_us": single["xgboost inplace_predict (encoded row)"]["p50_us"],
    }
    settings = {"repeats": sizes.scorer_repeats, "batch_rows": sizes.scorer_batch_rows}
    return {"figures": figures, "details": {**measured, "settings": settings}}
