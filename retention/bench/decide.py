"""Decision query: gRPC `Decide` latency and throughput with the embedded (SQLite) and the Firestore ledger,
beside the floor measured in the same run: a bare gRPC echo server plus the models and the policy alone."""

from __future__ import annotations

import uuid
from contextlib import ExitStack
from datetime import UTC, datetime

from retention.bench import floor, grpc_load, machine, servers
from retention.bench.run import Context, Skipped
from retention.config import GRPC_TOKEN_ENV, LOCAL_GRPC_TOKEN
from retention.facts import facts_from_telco_row
from retention.stack import free_ports
from retention.v1 import retention_pb2 as pb
from services.decider.grpc_api import SERVICE_NAME

DECIDE_METHOD = f"/{SERVICE_NAME}/Decide"
AUTH = (("authorization", f"Bearer {LOCAL_GRPC_TOKEN}"),)


def requests(context: Context, count: int, run: str) -> list[bytes]:
    """`count` serialized DecideRequests of Telco customers, each with a request id of its own, so that
    every call takes a new decision through the ledger (none is a replay)."""
    rows = context.telco_rows
    out = []
    for i in range(count):
        row = rows[i % len(rows)]
        facts = facts_from_telco_row(row, f"row {i % len(rows)}")
        request = pb.DecideRequest(customer_id=row["customerID"], facts=facts, request_id=f"{run}-{i}")
        out.append(request.SerializeToString())
    return out


def measure(
    targets: dict[str, grpc_load.Target],
    latency_requests: dict[str, list[bytes]],
    load_requests: dict[str, list[bytes]],
    in_flight: int,
) -> dict[str, dict]:
    """Latency, then throughput, of each target, alternating between them; and their peak memory."""
    latency = grpc_load.latency(targets, latency_requests)
    load = grpc_load.throughput(targets, load_requests, in_flight)
    return {
        name: {"latency": latency[name], "throughput": load[name],
               "peak_rss_mb": machine.peak_rss_mb(t.pid) if t.pid else None}
        for name, t in targets.items()
    }  # fmt: skip


def start_echo(context: Context, reply_bytes: int) -> tuple[servers.ServerProcess, grpc_load.Target]:
    """The bare gRPC echo server, answering `reply_bytes` (a Decision's size) to every call."""
    address = f"127.0.0.1:{free_ports(1)[0]}"
    log = context.work / "echo.log"
    server = servers.start("echo", address, log, None, "--reply-bytes", str(reply_bytes))
    return server, grpc_load.Target(address, servers.ECHO_METHOD, pid=server.pid)


def start_decider(context: Context, ledger: str) -> tuple[servers.ServerProcess, grpc_load.Target]:
    """The decider's gRPC server with `ledger` ("sqlite" or "firestore": raises Skipped without emulators)."""
    environment = {
        GRPC_TOKEN_ENV: LOCAL_GRPC_TOKEN,
        "RETENTION_ARTIFACTS": str(context.artifacts),
        "RETENTION_LEDGER": ledger,
        "RETENTION_SQLITE_PATH": str(context.work / f"ledger-{uuid.uuid4().hex[:8]}.sqlite"),
    }
    if ledger == "firestore":
        environment.update(context.emulators().runtime.emulator_environment())
        environment["RETENTION_PROJECT"] = f"bench-{uuid.uuid4().hex[:10]}"
    address = f"127.0.0.1:{free_ports(1)[0]}"
    server = servers.start("decider", address, context.work / f"decider-{ledger}.log", environment)
    return server, grpc_load.Target(address, DECIDE_METHOD, AUTH, pid=server.pid)


def first_call(target: grpc_load.Target, request: bytes, decides: bool) -> tuple[bytes, float]:
    """The first call a server answers after it said it was ready (cold paths show here)."""
    answer, milliseconds = grpc_load.call_once(target, request)
    if decides and not pb.Decision.FromString(answer).event_id:
        raise RuntimeError(f"the decider at {target.address} answered Decide without an event id")
    return answer, milliseconds


def inference_floor(context: Context) -> dict:
    models = context.models
    facts = [facts_from_telco_row(row, f"row {i}") for i, row in enumerate(context.telco_rows[:200])]
    risk_x, accept_x = floor.encoded_rows(models, facts, datetime.now(UTC))
    result = {"models": floor.model_inference(models, risk_x, accept_x, context.sizes.inference_repeats)}
    exported = context.exported_policy()
    if exported is None:
        result["policy"] = None  # the decider serves the rule, whose cost is nil
    else:
        repeats = context.sizes.inference_repeats
        result["policy"] = floor.policy_forward(exported, context.settings, 200, repeats)
    return result


def section(context: Context) -> dict:
    """The decider with each ledger, measured in turns with the echo server, then the compute floor."""
    sizes, run = context.sizes, uuid.uuid4().hex[:8]
    with ExitStack() as running:
        embedded, embedded_target = start_decider(context, "sqlite")
        running.callback(embedded.stop)
        answer, decide_first_ms = first_call(embedded_target, requests(context, 1, f"{run}-first")[0], True)
        echo, echo_target = start_echo(context, len(answer))
        running.callback(echo.stop)
        _, echo_first_ms = first_call(echo_target, answer, False)
        latency_requests = requests(context, sizes.decide_calls, f"{run}-latency")
        load_requests = requests(context, sizes.decide_calls, f"{run}-load")
        both = {"embedded": embedded_target, "echo": echo_target}
        measured = measure(both, dict.fromkeys(both, latency_requests), dict.fromkeys(both, load_requests),
                           sizes.in_flight)  # fmt: skip
        embedded.stop()
        firestore = firestore_beside_echo(context, echo_target, run)
    inference = inference_floor(context)
    settings = {
        "calls": sizes.decide_calls,
        "firestore_calls": sizes.decide_firestore_calls,
        "in_flight": sizes.in_flight,
        "echo_reply_bytes": len(answer),
        "block": grpc_load.BLOCK,
    }
    first_calls = {"embedded": decide_first_ms, "echo": echo_first_ms}
    details = {**measured, "firestore": firestore, "inference": inference, "first_call_ms": first_calls,
               "settings": settings}  # fmt: skip
    return {"figures": figures(measured, firestore, inference, first_calls), "details": details}


def firestore_beside_echo(context: Context, echo_target: grpc_load.Target, run: str) -> dict:
    """The decider on the Firestore emulator, in turns with the echo server again; or why not."""
    try:
        server, target = start_decider(context, "firestore")
    except Skipped as skipped:
        return {"skipped": str(skipped)}
    try:
        calls = context.sizes.decide_firestore_calls
        both = {"firestore": target, "echo": echo_target}
        latency_requests = requests(context, calls, f"{run}-firestore-latency")
        load_requests = requests(context, calls, f"{run}-firestore-load")
        measured = measure(both, dict.fromkeys(both, latency_requests), dict.fromkeys(both, load_requests),
                           context.sizes.in_flight)  # fmt: skip
        return {**measured["firestore"], "echo_alongside": measured["echo"]}
    finally:
        server.stop()


def figures(measured: dict, firestore: dict, inference: dict, first_calls: dict[str, float]) -> dict:
    """The section's top-level figures: the embedded decider beside the echo plus the compute floor."""
    embedded, echo = measured["embedded"], measured["echo"]
    models_us = min(inference["models"][k]["p50_us"] for k in inference["models"])
    policy_us = inference["policy"]["p50_us"] if inference["policy"] else 0.0
    compute_ms = (models_us + policy_us) / 1000.0
    return {
        "decide_p50_ms": embedded["latency"]["p50_ms"],
        "decide_p99_ms": embedded["latency"]["p99_ms"],
        "decide_cpu_p50_ms": embedded["latency"]["cpu_p50_ms"],
        "decide_server_cpu_ms": embedded["latency"]["server_cpu_ms_per_call"],
        "decide_calls_per_s": embedded["throughput"]["calls_per_s"],
        "decide_first_call_ms": first_calls["embedded"],
        "decide_floor_p50_ms": echo["latency"]["p50_ms"] + compute_ms,
        "decide_floor_p99_ms": echo["latency"]["p99_ms"] + compute_ms,
        "echo_p50_ms": echo["latency"]["p50_ms"],
        "echo_server_cpu_ms": echo["latency"]["server_cpu_ms_per_call"],
        "echo_calls_per_s": echo["throughput"]["calls_per_s"],
        "echo_first_call_ms": first_calls["echo"],
        "inference_floor_us": models_us + policy_us,
        "decide_firestore_p50_ms": firestore.get("latency", {}).get("p50_ms"),
        "decide_firestore_p99_ms": firestore.get("latency", {}).get("p99_ms"),
        "decide_firestore_calls_per_s": firestore.get("throughput", {}).get("calls_per_s"),
    }
