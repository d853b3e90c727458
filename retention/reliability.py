"""The fault campaign: the whole stack on the emulators, duplicated events, faults injected mid-stream.

`retention reliability` (full: 2,000 events, 3 decider replicas) writes reports/reliability.json;
tests/integration/test_reliability.py runs a shorter campaign with every kind of fault. The campaign:

1. starts the Pub/Sub and Firestore emulators, a TCP proxy in front of Firestore (`retention.faults`), and
   the services, the decider in several replicas that share one subscription and one ledger;
2. publishes Telco customers' events in shuffled order (several events per customer, some inside the
   cooldown of each other, so replicas race on the same customer), a share of them twice at once, and
   after the stream a share again (a replay);
3. between batches, in turn: kill -9 of each service process and a restart, Firestore unreachable for
   some seconds, poison messages (undecodable or invalid, and ones that fail at every delivery);
4. waits until every event has its RetentionAction, then checks the ledger and the actions against the
   events: nothing lost, nothing decided twice, budget never over, no contact inside the cooldown or
   over the fatigue cap, no contact without consent, poison in the dead-letter topics with its reason.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from retention import limits, topology
from retention import settings as settings_module
from retention.config import REPO_ROOT
from retention.facts import event_from_telco_row
from retention.faults import CHAOS_ATTRIBUTE, TcpProxy
from retention.v1 import retention_pb2 as pb

DEFAULT_REPORT = REPO_ROOT / "reports" / "reliability.json"
KILL, OUTAGE, POISON = "kill -9", "firestore_outage", "poison"


@dataclass(frozen=True)
class CampaignConfig:
    events: int = 2000
    deciders: int = 3
    duplicate_share: float = 0.10  # published twice at once (at-least-once delivery upstream)
    replay_share: float = 0.05  # published again once the stream is over
    outage_s: float = 8.0  # Firestore unreachable for this long
    poison_invalid: int = 4  # undecodable or invalid: dead-lettered at their first delivery
    poison_failing: int = 2  # fail at every delivery: dead-lettered after MAX_DELIVERY_ATTEMPTS
    seed: int = 0
    timeout_s: float = 1200.0  # for the whole stream to come out as actions
    # The discount budget of the campaign's period, small enough that the stream exhausts it, so that
    # replicas race for the last of it (RETENTION_PERIOD_BUDGET for the services); None: 0.2 per event.
    period_budget: float | None = None

    @property
    def budget(self) -> float:
        return self.period_budget if self.period_budget is not None else round(0.2 * self.events, 2)

    def faults(self) -> list[tuple[str, str]]:
        """The faults in the order they are injected, one between two batches of events."""
        from retention.stack import replicas

        deciders = replicas("decider", self.deciders)
        kills = [
            (KILL, "scorer"),
            (KILL, deciders[0]),
            (KILL, "messenger"),
            (KILL, deciders[-1]),
            (KILL, "shield"),
        ]
        return [*kills[:2], (OUTAGE, "firestore"), *kills[2:4], (POISON, "customer-events"), kills[4]]


@dataclass
class Report:
    events_sent: int
    events_processed: int
    duplicates_injected: dict[str, int]
    faults_injected: dict[str, int]
    events_lost: int
    double_spends: int
    overspend: float
    limit_breaches: int
    details: dict = field(default_factory=dict)

    @property
    def holds(self) -> bool:
        return (self.events_lost, self.double_spends, self.overspend, self.limit_breaches) == (0, 0, 0.0, 0)


# --- events -----------------------------------------------------------------------------------------


def campaign_events(count: int, seed: int, period_start: datetime) -> list[pb.CustomerEvent]:
    """`count` events of Telco customers inside one budget period: most customers have two or three,
    a few days apart (some inside the cooldown), in shuffled order."""
    from retention.commands import telco_rows

    rows = telco_rows()
    rng = random.Random(seed)
    events: list[pb.CustomerEvent] = []
    for index in rng.sample(range(len(rows)), len(rows)):
        at = period_start + timedelta(days=rng.uniform(0, 18))
        for repeat in range(rng.choice((1, 2, 2, 3))):
            when = at + timedelta(days=repeat * rng.uniform(2, 9))
            events.append(event_from_telco_row(rows[index], f"row {index}", when, f"rel-{seed}-{repeat}"))
        if len(events) >= count:
            break
    events = events[:count]
    rng.shuffle(events)
    return events


def poison_messages(
    valid: pb.CustomerEvent, invalid: int, failing: int
) -> list[tuple[bytes, dict[str, str]]]:
    """Payloads no service can take: undecodable or invalid ones, and valid ones marked to fail always."""
    variants = []
    for number in range(invalid):
        bad = pb.CustomerEvent()
        bad.CopyFrom(valid)
        bad.event_id = f"poison-invalid-{number}"
        kind = number % 4
        if kind == 0:
            payload = b"\xff\x00not a protobuf \x9c" + bytes([number])
        else:
            if kind == 1:
                bad.facts.tenure = -1
            elif kind == 2:
                bad.facts.monthly_charges = float("nan")
            else:
                bad.facts.first_name = "Robert'); DROP TABLE customers;--" * 50
            payload = bad.SerializeToString()
        variants.append((payload, {"event_id": bad.event_id}))
    for number in range(failing):
        marked = pb.CustomerEvent()
        marked.CopyFrom(valid)
        marked.event_id = f"poison-failing-{number}"
        variants.append(
            (marked.SerializeToString(), {"event_id": marked.event_id, CHAOS_ATTRIBUTE: "scorer"})
        )
    return variants


# --- reading the outputs ----------------------------------------------------------------------------


class Collector:
    """Pulls a subscription in the background (one long-lived reader), keeping every message."""

    def __init__(self, project: str, subscription: str):
        from google.cloud import pubsub_v1

        self.subscriber = pubsub_v1.SubscriberClient()
        self.path = self.subscriber.subscription_path(project, subscription)
        self.messages: list = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"collect {subscription}", daemon=True)

    def start(self) -> Collector:
        self._thread.start()
        return self

    def event_ids(self) -> set[str]:
        return {message.attributes.get("event_id", "") for message in list(self.messages)}

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)
        self.subscriber.close()

    def _run(self) -> None:
        from google.api_core import exceptions as gexc

        while not self._stop.is_set():
            try:
                response = self.subscriber.pull(subscription=self.path, max_messages=500, timeout=2.0)
            except (gexc.DeadlineExceeded, gexc.ServiceUnavailable):
                continue
            received = list(response.received_messages)
            if received:
                self.subscriber.acknowledge(subscription=self.path, ack_ids=[m.ack_id for m in received])
                self.messages.extend(m.message for m in received)


# --- the campaign -----------------------------------------------------------------------------------


def run_campaign(config: CampaignConfig, state_dir: Path, progress: bool = True) -> Report:
    from google.cloud import pubsub_v1
    from tqdm import tqdm

    from retention import stack
    from retention.firestore_ledger import FirestoreLedger

    budget = {"RETENTION_PERIOD_BUDGET": str(config.budget)}  # for the services and for the checks
    settings = settings_module.load(environ={**os.environ, **budget})
    period_start = datetime.now(UTC).replace(day=1, hour=9, minute=0, second=0, microsecond=0)
    events = campaign_events(config.events, config.seed, period_start)
    poison = poison_messages(events[0], config.poison_invalid, config.poison_failing)
    rng = random.Random(config.seed + 1)
    doubled = {e.event_id for e in rng.sample(events, int(config.duplicate_share * len(events)))}
    replayed = rng.sample(events, int(config.replay_share * len(events)))
    faults = config.faults()

    emulator_config = stack.StackConfig.isolated(state_dir)
    emulators = stack.Stack(emulator_config)
    emulators.start_emulators()
    proxy = TcpProxy(emulator_config.runtime.firestore_emulator_host).start()
    runtime = replace(emulator_config.runtime, firestore_emulator_host=proxy.address, chaos=True)
    services = stack.Stack(replace(emulator_config, runtime=runtime, extra_variables=budget))
    injected: Counter[str] = Counter()
    collectors: dict[str, Collector] = {}
    publisher = None
    started = time.monotonic()
    try:
        with stack.emulator_environment(emulator_config.runtime):
            services.ensure_topology()
            project = runtime.project
            collectors = {
                "actions": Collector(project, topology.ACTIONS_SUBSCRIPTION).start(),
                **{
                    link.service: Collector(project, topology.dead_letter_subscription(link.topic)).start()
                    for link in topology.LINKS
                },
            }
            services.start_services(
                ("scorer", *stack.replicas("decider", config.deciders), "messenger", "shield")
            )
            publisher = pubsub_v1.PublisherClient()
            topic = publisher.topic_path(project, topology.CUSTOMER_EVENTS)

            def publish(items: list[tuple[bytes, dict[str, str]]]) -> None:
                for future in [publisher.publish(topic, body, **attributes) for body, attributes in items]:
                    future.result(timeout=60)

            actions = collectors["actions"]
            bar = tqdm(
                total=len(events),
                desc="events with an action",
                unit="ev",
                disable=not progress,
                file=sys.stderr,
            )
            batches = _split(events, len(faults) + 1)
            sent = 0
            for batch, fault in zip(batches, [*faults, None], strict=True):
                items = [(e.SerializeToString(), {"event_id": e.event_id}) for e in batch]
                items += [
                    (e.SerializeToString(), {"event_id": e.event_id}) for e in batch if e.event_id in doubled
                ]
                publish(items)
                sent += len(batch)
                _wait(lambda sent=sent: len(actions.event_ids()) >= 0.5 * sent, 60, bar, actions)
                if fault is not None:
                    _inject(fault, services, proxy, config, publish, poison)
                    injected[_fault_name(fault)] += 1 if fault[0] != POISON else len(poison)
            publish([(e.SerializeToString(), {"event_id": e.event_id}) for e in replayed])
            wanted = {e.event_id for e in events}
            _wait(lambda: wanted <= actions.event_ids(), config.timeout_s, bar, actions)
            poisoned = {attributes["event_id"] for _, attributes in poison}
            _wait(lambda: poisoned <= _dead_lettered(collectors), 120, bar, actions)
            time.sleep(5)  # redeliveries still on their way show up as duplicates, not as new actions
            bar.close()
            elapsed = time.monotonic() - started
            ledger = FirestoreLedger(project, settings.limits, settings.offers)
            try:
                report = check(events, collectors, ledger, settings, poisoned)
            finally:
                ledger.client.close()
    finally:
        if publisher is not None:
            publisher.stop()
        for collector in collectors.values():
            collector.stop()
        services.stop_services()
        proxy.stop()
        emulators.stop_emulators()
    report.duplicates_injected = {"published_twice": len(doubled), "replayed_after_the_stream": len(replayed)}
    report.faults_injected = dict(injected)
    report.details.update(
        decider_replicas=config.deciders,
        ledger_retries_logged=_logged(emulator_config, "decider", "ledger call failed; retrying"),
        config=asdict(config),
        elapsed_s=round(elapsed, 1),
        fault_order=[_fault_name(f) for f in faults],
        command=(
            f"retention reliability --events {config.events} --deciders {config.deciders} "
            f"--outage-s {config.outage_s:g} --budget {config.budget:g} --seed {config.seed}"
        ),
    )
    return report


def _logged(stack_config, service: str, message: str) -> int:
    """How many log lines of the service's processes (replicas too) carry this message."""
    count = 0
    for log in stack_config.state_dir.glob(f"logs/{service}*.log"):
        for line in log.read_text(errors="replace").splitlines():
            try:
                count += json.loads(line).get("message") == message
            except (ValueError, AttributeError):
                continue
    return count


def _split(items: list, parts: int) -> list[list]:
    size = -(-len(items) // parts)
    return [items[i * size : (i + 1) * size] for i in range(parts)]


def _wait(done, timeout_s: float, bar, actions: Collector) -> None:
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        bar.update(len(actions.event_ids()) - bar.n)
        time.sleep(0.5)
    bar.update(len(actions.event_ids()) - bar.n)


def _fault_name(fault: tuple[str, str]) -> str:
    kind, target = fault
    return f"kill -9 {target}" if kind == KILL else kind


def _inject(fault, services, proxy: TcpProxy, config: CampaignConfig, publish, poison) -> None:
    import signal

    kind, target = fault
    if kind == KILL:
        services.kill(target, signal.SIGKILL)
        services.start_service(target)
    elif kind == OUTAGE:
        proxy.cut()
        time.sleep(config.outage_s)
        proxy.restore()
    else:
        publish(poison)


def _dead_lettered(collectors: dict[str, Collector]) -> set[str]:
    return set().union(*(c.event_ids() for name, c in collectors.items() if name != "actions"))


# --- the checks -------------------------------------------------------------------------------------


def check(events, collectors: dict[str, Collector], ledger, settings, poisoned: set[str]) -> Report:
    """Compares what came out (actions, dead letters, the ledger) with what went in."""
    rules = settings.limits
    sent = {e.event_id: e for e in events}
    copies: dict[str, list[pb.RetentionAction]] = defaultdict(list)
    for message in collectors["actions"].messages:
        action = pb.RetentionAction.FromString(message.data)
        copies[action.event_id].append(action)
    processed = set(sent) & set(copies)
    decisions = {event_id: copies[event_id][0].decision for event_id in processed}
    # A redelivered event may come out twice, but always with the decision the ledger recorded first.
    disagreeing = sum(
        1 for event_id in processed if any(a.decision != decisions[event_id] for a in copies[event_id])
    )
    differing_from_ledger = sum(1 for event_id, d in decisions.items() if ledger.recorded(event_id) != d)
    totals = ledger.totals()
    spent_by_actions = round(sum(d.offer_cost for d in decisions.values()), 2)
    spend_mismatch = round(totals.budget_spent - spent_by_actions, 2)
    periods = {d.budget_period for d in decisions.values()}
    overspend = round(sum(max(0.0, ledger.budget_spent(p) - rules.period_budget) for p in periods), 2)

    breaches: Counter[str] = Counter()
    customers: dict[str, list[pb.CustomerEvent]] = defaultdict(list)
    for event in events:
        customers[event.customer_id].append(event)
    for customer, theirs in customers.items():
        contacts = sorted(ledger.contacts(customer))
        for i, when in enumerate(contacts):
            others = contacts[:i] + contacts[i + 1 :]
            breaches["cooldown"] += limits.in_cooldown(rules, others, when)
            breaches["fatigue"] += limits.over_fatigue(rules, others, when)
        contacted_by_actions = sum(decisions[e.event_id].contact for e in theirs if e.event_id in decisions)
        breaches["ledger_contacts_differ_from_actions"] += contacted_by_actions != len(contacts)
        for event in theirs:
            if event.event_id in decisions and decisions[event.event_id].contact:
                breaches["consent"] += not event.facts.contact_consent
    for theirs in copies.values():
        for action in theirs:
            if action.HasField("message") and not action.decision.contact:
                breaches["message_without_contact"] += 1

    dead = {
        message.attributes.get("event_id", ""): {
            "service": message.attributes.get("service", ""),
            "reason": message.attributes.get("reason", "")[:160],
        }
        for name, collector in collectors.items()
        if name != "actions"
        for message in collector.messages
    }
    valid_dead_lettered = sorted(set(sent) & set(dead))
    return Report(
        events_sent=len(sent),
        events_processed=len(processed),
        duplicates_injected={},
        faults_injected={},
        events_lost=len(sent) - len(processed),
        double_spends=disagreeing + differing_from_ledger + (1 if abs(spend_mismatch) > 0.01 else 0),
        overspend=overspend,
        limit_breaches=sum(breaches.values()),
        details={
            "ledger_decisions": totals.decisions,
            "ledger_budget_spent": totals.budget_spent,
            "offers_granted_in_actions": spent_by_actions,
            "spend_mismatch": spend_mismatch,
            "budget_spent_by_period": {p: ledger.budget_spent(p) for p in sorted(periods)},
            "budget_allocated_by_period": {p: ledger.budget_allocated(p) for p in sorted(periods)},
            "period_budget": rules.period_budget,
            "contacts": sum(d.contact for d in decisions.values()),
            "control_group": sum(d.control_group for d in decisions.values()),
            "actions_published": sum(len(c) for c in copies.values()),
            "actions_published_more_than_once": sum(len(c) > 1 for c in copies.values()),
            "unexpected_actions": sorted(set(copies) - set(sent))[:10],
            "breaches_by_kind": dict(breaches),
            "poison_sent": len(poisoned),
            "poison_dead_lettered": len(poisoned & set(dead)),
            "poison_reasons": {event_id: dead[event_id] for event_id in sorted(poisoned & set(dead))},
            "valid_events_dead_lettered": valid_dead_lettered[:10],
            "customers": len(customers),
        },
    )


# --- command line -----------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "reliability",
        help="the fault campaign on the emulators (kill -9, Firestore outage, duplicates, poison): "
        "writes reports/reliability.json",
    )
    defaults = CampaignConfig()
    parser.add_argument(
        "--events", type=int, default=defaults.events, help="customer events (default %(default)s)"
    )
    parser.add_argument(
        "--deciders", type=int, default=defaults.deciders, help="decider replicas (default %(default)s)"
    )
    parser.add_argument("--outage-s", type=float, default=defaults.outage_s, help="Firestore outage, seconds")
    parser.add_argument(
        "--budget", type=float, default=None, help="the period's discount budget (default 0.2 per event)"
    )
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_REPORT, help="report JSON (default %(default)s)"
    )
    parser.set_defaults(run=run_reliability)


def run_reliability(args: argparse.Namespace) -> int:
    config = CampaignConfig(
        events=args.events,
        deciders=args.deciders,
        outage_s=args.outage_s,
        seed=args.seed,
        period_budget=args.budget,
    )
    with tempfile.TemporaryDirectory(prefix="retention-reliability-") as state_dir:
        report = run_campaign(config, Path(state_dir))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(asdict(report), indent=2) + "\n")
    for key in (
        "events_sent",
        "events_processed",
        "events_lost",
        "double_spends",
        "overspend",
        "limit_breaches",
    ):
        print(f"{key:20} {getattr(report, key)}")
    print(f"faults injected     {report.faults_injected}")
    print(f"duplicates injected {report.duplicates_injected}")
    print(f"report written to {args.output}")
    return 0 if report.holds else 1
