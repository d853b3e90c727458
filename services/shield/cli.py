"""`retention shield`: check messages from a JSONL file, or measure the shield on its labelled suite."""

from __future__ import annotations

import argparse
import json
import math
import os
import tempfile
from collections import Counter
from pathlib import Path

from google.protobuf import json_format

from retention.config import REPO_ROOT
from retention.facts import InvalidField, validate_event
from retention.v1 import retention_pb2 as pb
from services.shield.handler import Shield

DEFAULT_REPORT = REPO_ROOT / "reports" / "shield.json"


class InputError(ValueError):
    """A bad input line, naming the file, the line and the field."""


def register(subparsers: argparse._SubParsersAction) -> None:
    shield = subparsers.add_parser("shield", help="check messages with the shield, or measure it")
    commands = shield.add_subparsers(title="shield commands", metavar="COMMAND")
    shield.set_defaults(run=lambda args: shield.print_help() or 2)

    check = commands.add_parser(
        "check",
        help="check the messages of a JSONL file",
        description="Each input line holds customer (CustomerEvent, protobuf JSON), decision (Decision, "
        "protobuf JSON) and message; each output line adds verdict, reasons, final_message and "
        "deliver_after.",
    )
    check.add_argument("--input", type=Path, required=True, help="JSONL file of messages to check")
    check.add_argument("--output", type=Path, required=True, help="JSONL file receiving the verdicts")
    check.set_defaults(run=run_check)

    report = commands.add_parser("report", help="measure the shield on its labelled suite")
    report.add_argument(
        "--output", type=Path, default=DEFAULT_REPORT, help=f"report file (default {DEFAULT_REPORT})"
    )
    report.add_argument("--repeats", type=int, default=3, help="timing passes over the suite (default 3)")
    report.add_argument("--seed", type=int, default=0, help="seed of the timing order (default 0)")
    report.set_defaults(run=run_report)

    bench = commands.add_parser("bench", help="time the checks on the labelled suite, print the figures")
    bench.add_argument("--repeats", type=int, default=3, help="timing passes over the suite (default 3)")
    bench.add_argument("--seed", type=int, default=0, help="seed of the timing order (default 0)")
    bench.set_defaults(run=run_bench)


# --- check --------------------------------------------------------------------------------------


def parse_line(line: str, where: str) -> tuple[dict, pb.MessageDraft]:
    """The line's object and the draft it describes; InputError names `where` and the field at fault."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with customer, decision and message")
    event = _message(record, "customer", pb.CustomerEvent(), where)
    decision = _message(record, "decision", pb.Decision(), where)
    try:
        validate_event(event)
    except InvalidField as error:
        raise InputError(f"{where}: field customer.{error.field}: {error.problem}") from None
    _validate_decision(decision, where)
    if "message" not in record:
        raise InputError(f"{where}: field message is missing")
    text = record["message"]
    if text is not None and not isinstance(text, str):
        raise InputError(f"{where}: field message: expected a string or null, got {type(text).__name__}")
    draft = pb.MessageDraft(event=event, decision=decision, text=text or "", writer="input")
    return record, draft


def _message(record: dict, field: str, message, where: str):
    if field not in record:
        raise InputError(f"{where}: field {field} is missing")
    value = record[field]
    if not isinstance(value, dict):
        raise InputError(f"{where}: field {field}: expected an object")
    try:
        return json_format.ParseDict(value, message)
    except json_format.ParseError as error:
        name = message.DESCRIPTOR.full_name
        raise InputError(f"{where}: field {field}: not a {name} in protobuf JSON ({error})") from None


def _validate_decision(decision: pb.Decision, where: str) -> None:
    if not (math.isfinite(decision.offer_percent) and 0 <= decision.offer_percent <= 100):
        raise InputError(f"{where}: field decision.offer_percent: {decision.offer_percent} is not in 0..100")
    if decision.offer_months < 0:
        raise InputError(f"{where}: field decision.offer_months: {decision.offer_months} is negative")


def verdict_record(record: dict, action: pb.RetentionAction) -> dict:
    out = dict(record)
    out["verdict"] = pb.ShieldVerdict.Outcome.Name(action.verdict.outcome)
    out["reasons"] = list(action.verdict.reasons)
    out["final_message"] = action.message if action.HasField("message") else None
    out["deliver_after"] = (
        action.deliver_after.ToDatetime().isoformat() + "Z" if action.HasField("deliver_after") else None
    )
    return out


def check_file(source: Path, target: Path, shield: Shield | None = None) -> Counter:
    """Checks every line of `source` into `target`, written whole or not at all; the verdict counts."""
    shield = shield or Shield()
    if not source.is_file():
        raise InputError(f"{source}: no such file")
    lines = []
    counts: Counter = Counter()
    with source.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record, draft = parse_line(line, f"{source} line {number}")
            out = verdict_record(record, shield.check(draft))
            counts[out["verdict"]] += 1
            lines.append(json.dumps(out, ensure_ascii=False))
    _write_atomically(target, "".join(f"{line}\n" for line in lines))
    return counts


def _write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, target)


def run_check(args: argparse.Namespace) -> int:
    from retention.cli import UserError

    try:
        counts = check_file(args.input, args.output)
    except InputError as error:
        raise UserError(str(error)) from None
    summary = ", ".join(f"{name} {n}" for name, n in sorted(counts.items())) or "no messages"
    print(f"{sum(counts.values())} messages checked into {args.output}: {summary}")
    return 0


# --- report -------------------------------------------------------------------------------------


def run_report(args: argparse.Namespace) -> int:
    from services.shield import report

    built = report.build(repeats=args.repeats, seed=args.seed)
    _write_atomically(args.output, json.dumps(built, indent=2, ensure_ascii=False) + "\n")
    print(
        f"{built['measured_split']}: {built['n_cases']} cases ({built['n_unsafe']} unsafe, {built['n_good']} "
        f"good), unsafe recall {built['unsafe_recall']:.4f}, false blocks {built['false_block_rate']:.4f}, "
        f"{built['mean_check_ms']:.3f} ms per check; written to {args.output}"
    )
    return 0


def run_bench(args: argparse.Namespace) -> int:
    from services.shield import report, suite

    figures = report.timing(suite.all_cases(), Shield(), args.repeats, args.seed)
    print(json.dumps(figures, indent=2))
    return 0
