"""The CLI commands of the shared package: demo, publish, decide, retain."""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from google.protobuf import json_format

from retention import arguments, topology
from retention.cli import UserError
from retention.config import GRPC_TOKEN_ENV, LOCAL_GRPC_TOKEN, REPO_ROOT, RuntimeConfig
from retention.facts import InvalidField, event_from_telco_row, facts_from_telco_row, shown, validate_request
from retention.v1 import retention_pb2 as pb


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="replay Telco customers through the embedded pipeline")
    demo.add_argument(
        "--customers", type=arguments.count(1), default=2000, help="customers replayed (default 2000)"
    )
    demo.add_argument(
        "--repeat-share",
        type=arguments.share,
        default=0.3,
        help="share of customers who send a second event a few days later (default 0.3)",
    )
    demo.add_argument("--seed", type=int, default=0)
    demo.add_argument(
        "--output",
        type=Path,
        default=REPO_ROOT / "out" / "demo-actions.jsonl",
        help="JSONL file receiving every RetentionAction",
    )
    demo.add_argument(
        "--artifacts", type=Path, default=None, help="model artifacts (default RETENTION_ARTIFACTS)"
    )
    demo.set_defaults(run=run_demo)

    publish = subparsers.add_parser(
        "publish", help="publish customer events from a Telco-format CSV to Pub/Sub"
    )
    publish.add_argument("--csv", type=Path, required=True, help="Telco-format CSV (customerID, gender, ...)")
    publish.add_argument(
        "--limit", type=arguments.count(1), default=None, help="publish only the first N rows"
    )
    publish.add_argument(
        "--batch-id",
        type=arguments.identifier,
        default=None,
        help="names this replay; event ids are stable per (batch, customer) "
        "(default: a hash of the file, so publishing it again is recognised)",
    )
    publish.set_defaults(run=run_publish)

    for name, helptext in (
        ("decide", "ask the decider for a decision over gRPC"),
        ("retain", "ask the decider for a decision and its approved message over gRPC"),
    ):
        sub = subparsers.add_parser(name, help=helptext)
        source = sub.add_mutually_exclusive_group(required=True)
        source.add_argument("--csv", type=Path, help="take the customer from this Telco-format CSV")
        source.add_argument("--facts-json", help="CustomerFacts as protobuf JSON")
        sub.add_argument("--customer-id", help="which customer of the CSV (default: the first row)")
        sub.add_argument(
            "--request-id", default="", help="idempotency key: the same key returns the same decision"
        )
        sub.add_argument(
            "--address",
            type=arguments.address,
            default=None,
            help="decider address (default DECIDER_GRPC_ADDRESS or 127.0.0.1:50051)",
        )
        sub.add_argument("--timeout", type=arguments.seconds, default=10.0, help="seconds (default 10)")
        sub.set_defaults(run=run_decide, method=name)


# --- demo ---------------------------------------------------------------------------------------


def run_demo(args: argparse.Namespace) -> int:
    import random

    from tqdm import tqdm

    from retention.pipeline import EmbeddedPipeline
    from retention.settings import load as load_settings
    from services.scorer import model as scorer_model

    config = RuntimeConfig.from_env()
    rows = telco_rows()
    rng = random.Random(args.seed)
    chosen = rng.sample(rows, min(args.customers, len(rows)))
    period_start = datetime.now(UTC).replace(day=1, hour=9, minute=0, second=0, microsecond=0)
    events = []
    # First events spread over the first 18 days, repeats 1-9 days later: all inside one budget period.
    for i, row in enumerate(chosen):
        at = period_start + timedelta(minutes=int(i * 18 * 24 * 60 / max(len(chosen), 1)))
        events.append(event_from_telco_row(row, f"row {i}", at, f"demo-{args.seed}-a"))
        if rng.random() < args.repeat_share:  # the same customer again, a few days later
            later = at + timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 12))
            events.append(event_from_telco_row(row, f"row {i}", later, f"demo-{args.seed}-b"))
    events.sort(key=lambda e: e.occurred_at.ToDatetime())

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings()
        models = scorer_model.load(args.artifacts or config.artifacts_dir, settings.offers)
        pipeline = EmbeddedPipeline(models, Path(tmp) / "ledger.sqlite", settings)
        actions = []
        for event in tqdm(events, desc="events", unit="ev", file=sys.stderr):
            pipeline.publish(event)
            done, dead = pipeline.run()
            actions.extend(done)
        totals = pipeline.ledger.totals()
        budget = pipeline.settings.limits.period_budget
        pipeline.close()

    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w") as out:
        for action in actions:
            out.write(json_format.MessageToJson(action, indent=None) + "\n")
    print(summary(len(events), actions, totals.budget_spent, budget, args.output))
    return 0


def summary(
    n_events: int, actions: list[pb.RetentionAction], spent: float, budget: float, output: Path
) -> str:
    outcome = pb.ShieldVerdict.Outcome
    contacts = [a for a in actions if a.decision.contact]
    by_level = Counter(a.decision.offer_level for a in contacts)
    constrained = Counter(c for a in actions for c in a.decision.constrained_by)
    verdicts = Counter(outcome.Name(a.verdict.outcome) for a in contacts)
    percent = {lv: a.decision.offer_percent for a in contacts for lv in [a.decision.offer_level]}
    policies = Counter(a.decision.policy_name for a in actions)
    writers = Counter(a.writer for a in actions if a.HasField("message"))
    lines = [
        "",
        "Retention demo (embedded: in-process bus, SQLite ledger)",
        "  policies               " + ", ".join(f"{k} {v}" for k, v in sorted(policies.items())),
        "  writers                " + (", ".join(f"{k} {v}" for k, v in sorted(writers.items())) or "none"),
        f"  events                 {n_events}",
        f"  retention actions      {len(actions)}",
        f"  contacts               {len(contacts)} ({len(contacts) / max(len(actions), 1):.1%} of events)",
        f"  control group          {sum(a.decision.control_group for a in actions)} (never contacted)",
    ]
    for level in sorted(by_level):
        lines.append(f"    offer level {level} ({percent[level]:g}% off)  {by_level[level]}")
    lines += [
        f"  budget spent           {spent:,.2f} of {budget:,.2f} per period",
        "  limited by             "
        + (", ".join(f"{k} {v}" for k, v in sorted(constrained.items())) or "nothing"),
        f"  messages approved      {verdicts.get('APPROVED', 0) + verdicts.get('REPAIRED', 0)}",
        f"  messages replaced      {verdicts.get('REPLACED', 0)}",
        f"  messages withheld      {verdicts.get('WITHHELD', 0)}",
        f"  actions written to     {output}",
    ]
    return "\n".join(lines)


def telco_rows() -> list[dict[str, str]]:
    """The raw Telco rows as strings, after the data check (which names the file on any problem)."""
    from retention import data

    data.load_telco()
    with (data.data_dir() / data.TELCO_FILE).open(newline="") as handle:
        return list(csv.DictReader(handle))


# --- publish ------------------------------------------------------------------------------------


def read_file(path: Path, argument: str) -> bytes:
    """The bytes of a file named on the command line; one that cannot be read is the user's to fix."""
    where = f"{argument} {shown(str(path), 200)}"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{where}: no such file") from None
    except OSError as error:  # a directory, no permission, too long a name
        raise UserError(f"{where}: cannot be read ({error.strerror})") from None
    except ValueError as error:  # a NUL in the name
        raise UserError(f"{where}: cannot be read ({error})") from None


def csv_records(data: bytes, path: Path) -> list[dict[str, str]]:
    """The rows of the Telco-format CSV given as --csv (an Excel byte-order mark is allowed)."""
    try:
        return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    except (UnicodeDecodeError, csv.Error) as error:
        reason = shown(str(error), 120)
        raise UserError(f"--csv {shown(str(path), 200)}: not a UTF-8 CSV file ({reason})") from None


def read_events(csv_path: Path, limit: int | None, batch_id: str | None) -> list[pb.CustomerEvent]:
    data = read_file(csv_path, "--csv")
    rows = csv_records(data, csv_path)[:limit]
    if not rows:
        raise UserError(f"--csv {shown(str(csv_path), 200)}: no customer rows")
    batch = batch_id or hashlib.sha256(data).hexdigest()[:12]
    now = datetime.now(UTC)
    return [event_from_telco_row(row, f"{csv_path} row {i + 2}", now, batch) for i, row in enumerate(rows)]


def run_publish(args: argparse.Namespace) -> int:
    from google.cloud import pubsub_v1
    from tqdm import tqdm

    events = read_events(args.csv, args.limit, args.batch_id)  # first: a bad file changes nothing
    config = RuntimeConfig.from_env()
    os.environ.update(config.emulator_environment())
    publisher = pubsub_v1.PublisherClient()
    topic = publisher.topic_path(config.project, topology.CUSTOMER_EVENTS)
    futures = [publisher.publish(topic, e.SerializeToString(), event_id=e.event_id) for e in events]
    for future in tqdm(futures, desc="published", unit="ev", file=sys.stderr):
        future.result(timeout=60)
    print(f"published {len(events)} customer events to {topic}")
    return 0


# --- decide / retain ----------------------------------------------------------------------------


def request_from_args(args: argparse.Namespace) -> pb.DecideRequest:
    """The request, checked here as the decider would check it: a bad value is named before any call."""
    request = pb.DecideRequest(request_id=args.request_id)
    if args.facts_json is not None:  # "" too: an empty --facts-json is bad JSON, not "use --csv"
        request.facts.CopyFrom(facts_from_json(args.facts_json))
        request.customer_id = args.customer_id or ""
    else:
        request.customer_id, facts = customer_from_csv(args.csv, args.customer_id)
        request.facts.CopyFrom(facts)
    validate_request(request)
    return request


def facts_from_json(text: str) -> pb.CustomerFacts:
    facts = pb.CustomerFacts()
    try:
        json_format.Parse(text, facts)
    except json_format.ParseError as error:
        raise InvalidField("facts", f"not CustomerFacts JSON: {shown(str(error), 200)}") from None
    return facts


def customer_from_csv(path: Path, customer_id: str | None) -> tuple[str, pb.CustomerFacts]:
    """The id and facts of `customer_id` in the CSV, or of its first customer."""
    for i, row in enumerate(csv_records(read_file(path, "--csv"), path)):
        if customer_id in (None, row.get("customerID")):
            return row.get("customerID") or "", facts_from_telco_row(row, f"{path} row {i + 2}")
    raise InvalidField("customer_id", f"{shown(customer_id or '')} not found in {shown(str(path), 200)}")


def run_decide(args: argparse.Namespace) -> int:
    import grpc

    from retention.v1 import retention_pb2_grpc as pb_grpc

    config = RuntimeConfig.from_env()
    request = request_from_args(args)
    # The local stack's token when none is set, so that `retention decide` works against `stack up`.
    metadata = [("authorization", f"Bearer {config.grpc_token or LOCAL_GRPC_TOKEN}")]
    with grpc.insecure_channel(args.address or config.grpc_address) as channel:
        stub = pb_grpc.DecisionServiceStub(channel)
        call = stub.Decide if args.method == "decide" else stub.Retain
        try:
            answer = call(request, timeout=args.timeout, metadata=metadata)
        except grpc.RpcError as error:
            hint = ""
            if error.code() == grpc.StatusCode.UNAUTHENTICATED:
                hint = f" (set {GRPC_TOKEN_ENV} to the decider's token)"
            print(
                f"retention: {args.method} failed: {error.code().name}: {error.details()}{hint}",
                file=sys.stderr,
            )
            return 1
    print(json.dumps(json_format.MessageToDict(answer), indent=2))
    return 0
