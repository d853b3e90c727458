"""The benchmark report: reports/bench.json (every figure, its floor, the settings, the machine) and
reports/bench.md (the table: each figure beside its floor or goal, and their ratio)."""

from __future__ import annotations

import json
import math
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from retention.bench import machine
from retention.bench.stats import ratio

# Always in bench.json: null when the section did not run (its reason is under "skipped").
REQUIRED_KEYS = (
    "decide_p50_ms",
    "decide_p99_ms",
    "decide_floor_p50_ms",
    "decide_firestore_p99_ms",
    "pipeline_events_per_s",
    "emulator_msgs_per_s",
    "scorer_rows_per_s",
    "xgboost_rows_per_s",
    "sim_steps_per_s",
    "messenger_tokens_per_s",
    "generate_tokens_per_s",
    "peak_rss_mb",
)


@dataclass(frozen=True)
class Goal:
    text: str
    met: Callable[[float, float | None], bool]  # (measured, ratio to the floor) -> met


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure, what it is read against, and the goal if the issue sets one."""

    label: str
    key: str
    unit: str
    floor_key: str | None = None
    floor_label: str = ""
    goal: Goal | None = None


WITHIN_2X = Goal("<= 2x the floor", lambda _measured, r: r is not None and r <= 2.0)
P99_10_MS = Goal("<= 10 ms", lambda measured, _r: measured <= 10.0)
HALF_OF_EMULATOR = Goal(">= 0.5x the emulator", lambda _measured, r: r is not None and r >= 0.5)

ROWS = (
    Row("Decide p50, embedded ledger", "decide_p50_ms", "ms", "decide_floor_p50_ms",
        "echo p50 + models + policy", WITHIN_2X),
    Row("Decide p99, embedded ledger", "decide_p99_ms", "ms", "decide_floor_p99_ms",
        "echo p99 + models + policy", P99_10_MS),
    Row("Decide CPU per call in the server, embedded", "decide_server_cpu_ms", "ms", "echo_server_cpu_ms",
        "echo server"),
    Row("Decide first call after start, embedded", "decide_first_call_ms", "ms", "echo_first_call_ms",
        "echo first call"),
    Row("Decide throughput, embedded ledger", "decide_calls_per_s", "calls/s", "echo_calls_per_s", "echo"),
    Row("Decide p50, Firestore emulator", "decide_firestore_p50_ms", "ms", "decide_floor_p50_ms",
        "echo p50 + models + policy"),
    Row("Decide p99, Firestore emulator", "decide_firestore_p99_ms", "ms", "decide_floor_p99_ms",
        "echo p99 + models + policy"),
    Row("Decide throughput, Firestore emulator", "decide_firestore_calls_per_s", "calls/s",
        "echo_calls_per_s", "echo"),
    Row("Pipeline, events to actions", "pipeline_events_per_s", "events/s", "emulator_msgs_per_s",
        "emulator publish-to-pull, messages/s", HALF_OF_EMULATOR),
    Row("Pipeline, per event's 5 messages", "pipeline_events_per_s", "events/s", "emulator_events_per_s",
        "emulator messages/s ÷ 5"),
    Row("Scorer batch, churn risk", "scorer_rows_per_s", "rows/s", "xgboost_rows_per_s",
        "XGBoost inplace_predict"),
    Row("Scorer batch, whole event (score_many)", "scorer_events_per_s", "events/s",
        "xgboost_event_rows_per_s", "XGBoost: both models + contributions"),
    Row("Scorer one row, churn risk p50", "scorer_risk_p50_us", "µs", "fast_path_p50_us",
        "compiled forest, encoded row"),
    Row("Scorer one event, all three p50", "scorer_event_p50_us", "µs", "xgboost_row_p50_us",
        "XGBoost one encoded row (risk)"),
    Row("Simulator", "sim_steps_per_s", "customer-steps/s"),
    Row("Simulator with the PPO agent acting", "sim_collect_steps_per_s", "customer-steps/s",
        "sim_steps_per_s", "simulator alone"),
    Row("PPO wall time to the rule's return", "ppo_seconds_to_target", "s"),
    Row("PPO wall time per iteration", "ppo_seconds_per_iteration", "s"),
    Row("Messenger fp32", "messenger_tokens_per_s", "tokens/s", "generate_tokens_per_s", "bare generate()"),
    Row("Messenger int8", "messenger_int8_tokens_per_s", "tokens/s", "generate_int8_tokens_per_s",
        "bare generate() int8"),
    Row("Bare generate() fp32 on 1 torch thread", "generate_one_thread_tokens_per_s", "tokens/s",
        "generate_tokens_per_s", "bare generate() on the service's threads"),
    Row("Messenger tokens per forward pass (n-gram lookup)", "messenger_tokens_per_pass", "tokens"),
    Row("Message latency p50, fp32", "messenger_message_p50_ms", "ms"),
    Row("Message latency p50, int8", "messenger_int8_message_p50_ms", "ms"),
)  # fmt: skip


def build(
    results: dict[str, dict],
    config,
    started_at: float,
    load_before: list[float],
    load_after: list[float],
    argv: list[str] | None = None,
) -> dict:
    """The report: flat figures at the top level (REQUIRED_KEYS always there), then goals, sections."""
    figures: dict[str, object] = dict.fromkeys(REQUIRED_KEYS)
    for result in results.values():
        figures.update(result.get("figures", {}))
    floors = {row.floor_key: figures.get(row.floor_key) for row in ROWS if row.floor_key}
    return {
        "date": datetime.fromtimestamp(started_at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": command_line(argv),
        "quick": config.quick,
        "seed": config.seed,
        "machine": machine.description(),
        "load_average": {"before": load_before, "after": load_after},
        **figures,
        "floor": floors,
        "goals": goals(figures),
        "skipped": {name: r["skipped"] for name, r in results.items() if "skipped" in r},
        "sections": {name: {k: v for k, v in r.items() if k != "figures"} for name, r in results.items()},
    }


def command_line(argv: list[str] | None) -> str:
    words = ["retention", "bench", "all", *(argv or [])] if argv is not None else sys.argv
    return shlex.join(words)


def goals(figures: dict) -> list[dict]:
    out = []
    for row in ROWS:
        measured = figures.get(row.key)
        if row.goal is None:
            continue
        r = ratio(measured, figures.get(row.floor_key)) if row.floor_key else None
        met = None if measured is None else bool(row.goal.met(measured, r))
        out.append({"figure": row.key, "row": row.label, "goal": row.goal.text, "measured": measured,
                    "ratio": r, "met": met})  # fmt: skip
    return out


# --- markdown -----------------------------------------------------------------------------------


def number(value: object, unit: str = "") -> str:
    """A figure for the table: 3 significant digits, thousands separated; "–" when missing."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    value = float(value)
    if abs(value) >= 1000:
        text = f"{value:,.0f}"
    elif abs(value) >= 100:
        text = f"{value:.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {unit}".strip()


def markdown(report: dict) -> str:
    """The table of the report, with the date, the machine, the load and the command above it."""
    m = report["machine"]
    load = report["load_average"]
    lines = [
        f"Measured {report['date']} by `{report['command']}`"
        + (" (quick: small samples)" if report["quick"] else ""),
        f"on {m['cpu']}, {m['cores_usable']} cores, {m['memory_gb']} GB; load average (1, 5, 15 min) "
        f"{', '.join(map(str, load['before']))} before, {', '.join(map(str, load['after']))} after.",
        "",
        "| figure | measured | beside it | ratio | goal |",
        "|---|---:|---|---:|---|",
    ]
    goal_by_row = {g["row"]: g for g in report["goals"]}
    for row in ROWS:
        measured = report.get(row.key)
        if measured is None:  # its section was skipped (said below) or not chosen
            continue
        floor = report.get(row.floor_key) if row.floor_key else None
        beside = f"{number(floor, row.unit)} ({row.floor_label})" if row.floor_key else ""
        r = ratio(measured, floor)
        goal = goal_by_row.get(row.label)
        verdict = ""
        if goal:
            verdict = goal["goal"] + (
                "" if goal["met"] is None else (": met" if goal["met"] else ": not met")
            )
        lines.append(
            f"| {row.label} | {number(measured, row.unit)} | {beside} | {'' if r is None else f'{r:.2f}x'} "
            f"| {verdict} |"
        )
    rss = report.get("peak_rss_mb") or {}
    if rss:
        shown = ", ".join(f"{name} {number(mb, 'MB')}" for name, mb in rss.items())
        lines.append(f"| Peak resident memory (VmHWM) | {shown} | | | |")
    for name, why in report["skipped"].items():
        lines.append(f"\nSkipped {name}: {why}")
    return "\n".join(lines) + "\n"


def finite(value: object) -> object:
    """`value` as strict JSON: numpy numbers as Python ones, NaN and infinities as None."""
    if isinstance(value, dict):
        return {str(k): finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def write(report: dict, output: Path) -> tuple[Path, Path]:
    """`output` (JSON) and the markdown table beside it (same name, .md)."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(finite(report), indent=2) + "\n")
    table = output.with_suffix(".md")
    table.write_text(markdown(report))
    return output, table
