"""The gRPC servers the decision benchmark calls, each its own process (`python -m retention.bench.servers`).

  echo     the floor: a bare gRPC server (the same server options and thread pool as the decider) whose
           one method answers every call with a fixed payload the size of a Decision
  decider  the decider's DecisionServer with Components.from_artifacts and a ledger, wired exactly as
           services/decider/__main__.py wires it, without the Pub/Sub consumer (which Decide never uses)

`start(...)` runs one and waits until it answers; `ServerProcess.stop()` ends it.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from retention.config import REPO_ROOT

ECHO_METHOD = "/bench.Echo/Echo"
START_TIMEOUT_S = 120.0  # the decider loads its models first; slower on a busy machine


class ServerFailed(RuntimeError):
    """A benchmark server did not start; the message holds the end of its log."""


@dataclass
class ServerProcess:
    name: str
    process: subprocess.Popen
    address: str
    log: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self, grace_s: float = 10.0) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(grace_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(grace_s)


def start(
    kind: str, address: str, log: Path, environment: dict[str, str] | None = None, *arguments: str
) -> ServerProcess:
    """Start `python -m retention.bench.servers <kind>` on `address`; wait until it serves (gRPC health
    SERVING for the decider, the port open for the echo server)."""
    from retention.stack import default_python, grpc_serving, log_tail, port_answers

    log.parent.mkdir(parents=True, exist_ok=True)
    command = [default_python(), "-m", "retention.bench.servers", kind, "--address", address, *arguments]
    with log.open("ab") as out:
        process = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env={**os.environ, **(environment or {}), "PYTHONUNBUFFERED": "1"},
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = ServerProcess(kind, process, address, log)
    ready = (lambda: grpc_serving(address)) if kind == "decider" else (lambda: port_answers(address))
    deadline = time.monotonic() + START_TIMEOUT_S
    while not ready():
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise ServerFailed(
                f"the {kind} benchmark server did not start on {address} "
                f"(exit status {process.returncode}); last lines of {log}:\n{log_tail(log)}"
            )
        time.sleep(0.1)
    return server


# --- the processes ------------------------------------------------------------------------------


def serve_echo(address: str, reply_bytes: int, workers: int) -> None:
    from concurrent import futures

    import grpc

    from services.decider.grpc_api import MAX_MESSAGE_BYTES

    reply = b"\x01" * reply_bytes
    handler = grpc.unary_unary_rpc_method_handler(lambda _request, _context: reply)
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=workers),
        options=[("grpc.max_receive_message_length", MAX_MESSAGE_BYTES)],
    )
    service, method = ECHO_METHOD.strip("/").split("/")
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(service, {method: handler}),))
    if server.add_insecure_port(address) == 0:
        raise SystemExit(f"echo server: cannot listen on {address}")
    server.start()
    _wait_for_signal()
    server.stop(1.0).wait()


def serve_decider(address: str) -> None:
    from retention import log, service
    from retention import settings as settings_module
    from retention.config import RuntimeConfig
    from retention.pipeline import Components
    from services.decider.grpc_api import DecisionServer

    config = RuntimeConfig.from_env()
    log.setup("decider", config.log_level)
    os.environ.update(config.emulator_environment())
    settings = settings_module.load()
    server = DecisionServer(address, token=config.required_grpc_token()).start()
    ledger = service.make_ledger(config, settings)
    server.ready(Components.from_artifacts(config.artifacts_dir, ledger, settings))
    _wait_for_signal()
    server.stop()
    ledger.close()


def _wait_for_signal() -> None:
    stopping = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stopping.set())
    stopping.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m retention.bench.servers", description=__doc__.splitlines()[0]
    )
    parser.add_argument("kind", choices=("echo", "decider"))
    parser.add_argument("--address", required=True, help="host:port to listen on")
    parser.add_argument("--reply-bytes", type=int, default=512, help="echo: size of every answer")
    parser.add_argument("--workers", type=int, default=8, help="echo: server threads (as the decider's)")
    args = parser.parse_args(argv)
    if args.kind == "echo":
        serve_echo(args.address, args.reply_bytes, args.workers)
    else:
        serve_decider(args.address)
    return 0


if __name__ == "__main__":
    sys.exit(main())
