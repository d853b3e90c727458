"""A gRPC client that loads servers side by side: one call at a time (latency) and a window of calls in
flight (throughput), in blocks that alternate between the servers, so that each sees the same load of a
shared machine. Requests are serialized once, before timing, and answers are kept as bytes, so the client
does the same work against the decider as against the echo server."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass

import grpc
import numpy as np

from retention.bench import machine
from retention.bench.stats import Samples, rate, time_calls

BLOCK = 100  # calls to one server before the next server's turn


@dataclass(frozen=True)
class Target:
    address: str
    method: str  # "/package.Service/Method"
    metadata: tuple[tuple[str, str], ...] = ()
    pid: int | None = None  # the server process, for its CPU time per call
    timeout_s: float = 30.0


def _callable(channel: grpc.Channel, target: Target) -> grpc.UnaryUnaryMultiCallable:
    # No (de)serializers: bytes in, bytes out.
    return channel.unary_unary(target.method)


def call_once(target: Target, request: bytes) -> tuple[bytes, float]:
    """One call on a new channel, connection included: the answer's bytes and the milliseconds it took."""
    with grpc.insecure_channel(target.address) as channel:
        started = time.perf_counter()
        answer = _callable(channel, target)(request, timeout=target.timeout_s, metadata=target.metadata)
        return answer, (time.perf_counter() - started) * 1000.0


def _server_cpu(targets: Mapping[str, Target]) -> dict[str, float | None]:
    return {name: machine.cpu_seconds(t.pid) if t.pid else None for name, t in targets.items()}


def _per_call_ms(before: float | None, after: float | None, calls: int) -> float | None:
    """The server's CPU per call over a run (an idle server uses next to none meanwhile)."""
    return None if before is None or after is None else (after - before) * 1000.0 / calls


def latency(targets: Mapping[str, Target], requests: Mapping[str, Sequence[bytes]], warmup: int = 20) -> dict:
    """One call at a time, BLOCK calls to each target in turn until each has made all its requests (the
    first `warmup` untimed). Per target: wall-clock and client-CPU percentiles, server CPU per call."""
    with ExitStack() as stack:
        calls = {
            name: _callable(stack.enter_context(grpc.insecure_channel(t.address)), t)
            for name, t in targets.items()
        }
        blocks: dict[str, list[Samples]] = {name: [] for name in targets}
        for name, call in calls.items():
            _timed(call, targets[name], requests[name][:warmup])
        cpu_before = _server_cpu(targets)
        for start in range(warmup, max(len(r) for r in requests.values()), BLOCK):
            for name, call in calls.items():
                chunk = requests[name][start : start + BLOCK]
                if chunk:
                    blocks[name].append(_timed(call, targets[name], chunk))
        cpu_after = _server_cpu(targets)
    out = {}
    for name, parts in blocks.items():
        samples = Samples(np.concatenate([p.wall_s for p in parts]), np.concatenate([p.cpu_s for p in parts]))
        server_cpu = _per_call_ms(cpu_before[name], cpu_after[name], len(samples.wall_s))
        out[name] = {**samples.summary_ms(), "server_cpu_ms_per_call": server_cpu}
    return out


def _timed(call: grpc.UnaryUnaryMultiCallable, target: Target, requests: Sequence[bytes]) -> Samples:
    return time_calls(
        lambda i: call(requests[i], timeout=target.timeout_s, metadata=target.metadata), len(requests), 0
    )


def throughput(
    targets: Mapping[str, Target], requests: Mapping[str, Sequence[bytes]], in_flight: int
) -> dict:
    """Every request once, with `in_flight` calls outstanding at any time, in blocks of 2 * BLOCK calls
    alternating between the targets. Per target: calls per second over its own blocks' time."""
    with ExitStack() as stack:
        calls = {
            name: _callable(stack.enter_context(grpc.insecure_channel(t.address)), t)
            for name, t in targets.items()
        }
        seconds = dict.fromkeys(targets, 0.0)
        for name, call in calls.items():  # connect before timing
            call(requests[name][0], timeout=targets[name].timeout_s, metadata=targets[name].metadata)
        cpu_before = _server_cpu(targets)
        for start in range(0, max(len(r) for r in requests.values()), 2 * BLOCK):
            for name, call in calls.items():
                chunk = requests[name][start : start + 2 * BLOCK]
                if chunk:
                    seconds[name] += _window(call, targets[name], chunk, in_flight)
        cpu_after = _server_cpu(targets)
    return {
        name: {"calls": len(requests[name]), "in_flight": in_flight, "seconds": seconds[name],
               "calls_per_s": rate(len(requests[name]), seconds[name]),
               "server_cpu_ms_per_call": _per_call_ms(cpu_before[name], cpu_after[name], len(requests[name]))}
        for name in targets
    }  # fmt: skip


def _window(
    call: grpc.UnaryUnaryMultiCallable, target: Target, requests: Sequence[bytes], in_flight: int
) -> float:
    """Seconds to make every call with at most `in_flight` outstanding; raises if any failed."""
    slots, done, lock = threading.Semaphore(in_flight), threading.Event(), threading.Lock()
    errors: list[BaseException] = []
    remaining = [len(requests)]

    def finished(future: grpc.Future) -> None:
        if future.exception() is not None:
            errors.append(future.exception())
        slots.release()
        with lock:
            remaining[0] -= 1
            if remaining[0] == 0:
                done.set()

    started = time.perf_counter()
    for request in requests:
        slots.acquire()
        future = call.future(request, timeout=target.timeout_s, metadata=target.metadata)
        future.add_done_callback(finished)
    done.wait()
    elapsed = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{len(errors)} of {len(requests)} calls to {target.method} failed: {errors[0]!r}")
    return elapsed
