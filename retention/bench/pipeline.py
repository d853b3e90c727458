"""Event pipeline: customer events per second from `customer-events` to `retention-actions` through the
Pub/Sub emulator (the four services as processes, the template writer, the Firestore ledger), beside the
emulator's own publish-to-pull throughput in the same run; and the peak memory of each service."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime

from google.api_core import exceptions as gexc

from retention import stack, topology
from retention.bench import machine
from retention.bench.run import Context
from retention.bench.stats import rate
from retention.facts import event_from_telco_row

PULL_BATCH = 1000  # the most one pull asks for
TAKE_TIMEOUT_S = 300.0


def take(subscriber, path: str, until: int, timeout_s: float = TAKE_TIMEOUT_S, key=None) -> int:
    """Pull and acknowledge until `until` distinct messages (by `key(message)`, default the message id)
    have arrived; returns how many arrived in all (a redelivery counts again there)."""
    key = key or (lambda message: message.message_id)
    seen: set[str] = set()
    arrived = 0
    deadline = time.monotonic() + timeout_s
    while len(seen) < until:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{len(seen)} of {until} messages arrived on {path} within {timeout_s:.0f} s")
        try:
            response = subscriber.pull(subscription=path, max_messages=PULL_BATCH, timeout=5.0)
        except gexc.DeadlineExceeded:
            continue
        received = list(response.received_messages)
        if received:
            subscriber.acknowledge(subscription=path, ack_ids=[r.ack_id for r in received])
            seen.update(key(r.message) for r in received)
            arrived += len(received)
    return arrived


def emulator_throughput(emulators: stack.StackConfig, messages: int, payload: bytes) -> dict:
    """The emulator alone: publish `messages` payloads to a topic while one loop pulls them from a
    subscription in batches and acknowledges them; messages per second, first publish to last pull."""
    import threading

    from google.cloud import pubsub_v1

    project = stack.unique_project()
    with stack.emulator_environment(replace(emulators.runtime, project=project)):
        publisher, subscriber = pubsub_v1.PublisherClient(), pubsub_v1.SubscriberClient()
        topic = publisher.topic_path(project, "bench")
        subscription = subscriber.subscription_path(project, "bench")
        publisher.create_topic(name=topic)
        subscriber.create_subscription(name=subscription, topic=topic, ack_deadline_seconds=60)
        pulled: list[int] = []
        puller = threading.Thread(target=lambda: pulled.append(take(subscriber, subscription, messages)))
        started = time.perf_counter()
        puller.start()
        futures = [publisher.publish(topic, payload) for _ in range(messages)]
        for future in futures:
            future.result(timeout=60)
        published_s = time.perf_counter() - started
        puller.join(TAKE_TIMEOUT_S)
        elapsed = time.perf_counter() - started
        subscriber.close()
        publisher.stop()
    return {
        "messages": messages,
        "payload_bytes": len(payload),
        "seconds": elapsed,
        "msgs_per_s": rate(messages, elapsed),
        "publish_msgs_per_s": rate(messages, published_s),
    }


def events(context: Context, count: int, batch: str):
    now = datetime.now(UTC)
    rows = context.telco_rows
    return [
        event_from_telco_row(rows[i % len(rows)], f"row {i}", now, f"{batch}-{i // len(rows)}")
        for i in range(count)
    ]


def publish(publisher, topic: str, batch) -> None:
    futures = [publisher.publish(topic, e.SerializeToString(), event_id=e.event_id) for e in batch]
    for future in futures:
        future.result(timeout=60)


def pipeline_stack(emulators: stack.StackConfig, state_dir) -> stack.StackConfig:
    """A stack of its own on the running emulators: new project, free gRPC port, the template writer."""
    (port,) = stack.free_ports(1)
    runtime = replace(emulators.runtime, project=stack.unique_project(), grpc_address=f"127.0.0.1:{port}")
    return replace(
        emulators,
        runtime=runtime,
        state_dir=state_dir,
        extra_variables={"RETENTION_MESSAGE_WRITER": "template"},
    )


def service_pids(services: stack.Stack) -> dict[str, int]:
    return {name: record["pid"] for name, record in services.status().items() if record["running"]}


def run_pipeline(context: Context, config: stack.StackConfig, count: int) -> dict:
    """Start the four services, warm them with a few events, then time `count` events end to end.
    CPU per event is counted for each service, and for the emulators when this run started them."""
    from google.cloud import pubsub_v1

    services = stack.Stack(config)
    services.ensure_topology()
    services.start_services()
    try:
        with stack.emulator_environment(config.runtime):
            publisher, subscriber = pubsub_v1.PublisherClient(), pubsub_v1.SubscriberClient()
            topic = publisher.topic_path(config.runtime.project, topology.CUSTOMER_EVENTS)
            actions = subscriber.subscription_path(config.runtime.project, topology.ACTIONS_SUBSCRIPTION)
            by_event = lambda message: message.attributes.get("event_id", "")  # noqa: E731
            run = uuid.uuid4().hex[:6]
            warm = events(context, 10, f"warm-{run}")
            publish(publisher, topic, warm)
            take(subscriber, actions, len(warm), key=by_event)
            pids = service_pids(services)
            if context.started_stack is not None:
                pids.update(service_pids(context.started_stack))
            cpu_before = {name: machine.cpu_seconds(pid) for name, pid in pids.items()}
            measured = events(context, count, f"bench-{run}")
            started = time.perf_counter()
            publish(publisher, topic, measured)
            arrived = take(subscriber, actions, count, key=by_event)
            elapsed = time.perf_counter() - started
            cpu = {
                name: (machine.cpu_seconds(pid) or 0.0) - (cpu_before[name] or 0.0)
                for name, pid in pids.items()
            }
            subscriber.close()
            publisher.stop()
        rss = {name: machine.peak_rss_mb(pid) for name, pid in pids.items() if name in stack.SERVICES}
    finally:
        services.stop_services()
    return {
        "events": count,
        "actions_arrived": arrived,
        "seconds": elapsed,
        "events_per_s": rate(count, elapsed),
        "peak_rss_mb": rss,
        "cpu_ms_per_event": {name: seconds * 1000.0 / count for name, seconds in cpu.items()},
    }


def emulator_memory(context: Context) -> dict[str, float | None]:
    """Peak memory of the emulators this run started (none when the caller brought its own)."""
    running = context.started_stack
    if running is None:
        return {}
    return {name: machine.peak_rss_mb(record["pid"]) for name, record in running.status().items()}


def section(context: Context) -> dict:
    emulators = context.emulators()
    sizes = context.sizes
    payload = events(context, 1, "size")[0].SerializeToString()
    emulator = emulator_throughput(emulators, sizes.emulator_messages, payload)
    pipeline = run_pipeline(
        context, pipeline_stack(emulators, context.work / "pipeline"), sizes.pipeline_events
    )
    figures = {
        "pipeline_events_per_s": pipeline["events_per_s"],
        "emulator_msgs_per_s": emulator["msgs_per_s"],
        # Each event is published to every topic once: what the emulator alone carries per event.
        "emulator_events_per_s": emulator["msgs_per_s"] / len(topology.TOPICS),
        "peak_rss_mb": pipeline["peak_rss_mb"],
        "emulator_peak_rss_mb": emulator_memory(context),
    }
    settings = {
        "events": sizes.pipeline_events,
        "emulator_messages": sizes.emulator_messages,
        "writer": "template",
        "ledger": "firestore",
        "max_messages": dict(stack.MAX_MESSAGES),
        "hops": len(topology.LINKS),
        "messages_per_event": len(topology.TOPICS),
    }
    return {"figures": figures, "details": {"emulator": emulator, "pipeline": pipeline, "settings": settings}}
