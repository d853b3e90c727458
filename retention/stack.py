"""The whole system as local processes: the Pub/Sub and Firestore emulators and the four services.

`retention stack up|down|status|topology` on the command line; `Stack` for tests, which start it on
free ports with a project of their own. docker-compose.yml describes the same stack in containers.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from retention.config import REPO_ROOT, RuntimeConfig
from retention.service import READY_MESSAGE

SERVICES = ("scorer", "decider", "messenger", "shield")
PUBSUB, FIRESTORE = "pubsub-emulator", "firestore-emulator"
DEFAULT_STATE_DIR = REPO_ROOT / ".stack"
COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"

PUBSUB_PACKAGE = "google-cloud-cli-pubsub-emulator"
FIRESTORE_PACKAGE = "google-cloud-cli-firestore-emulator"
SDK_ROOTS = (
    "/usr/lib/google-cloud-sdk",
    "/usr/share/google-cloud-sdk",
    "/opt/google-cloud-sdk",
    "~/google-cloud-sdk",
)
PUBSUB_SCRIPT = "platform/pubsub-emulator/bin/cloud-pubsub-emulator"
FIRESTORE_JAR = "platform/cloud-firestore-emulator/cloud-firestore-emulator.jar"
FIRESTORE_MAIN = "com.google.cloud.datastore.emulator.firestore.CloudFirestore"
# Found in a process's command line, so that a pid reused by another program is never signalled.
EMULATOR_MARKERS = {PUBSUB: "pubsub-emulator", FIRESTORE: FIRESTORE_MAIN}

# Messages each service holds at once. Batching services pull half of it at a time (retention/pubsub_bus.py),
# so one batch is processed while the next is pulled; the decider decides each batch in one ledger
# transaction (up to 64 decisions: 2 writes each at most), and its replica's decisions go one batch at a
# time through the ledger anyway. Large windows mean few, large requests to Pub/Sub and Firestore, whose
# cost is mostly per request: 256/128/256 against 32/16/32 took the pipeline from 51-62 to 120-137
# events/s on the emulators (README, Benchmarks). The messenger keeps 32: with the language model each
# message takes a second or more, and what it holds waits its turn.
MAX_MESSAGES = {"scorer": 256, "decider": 128, "messenger": 32, "shield": 256}

EMULATOR_START_S = 60.0
SERVICE_START_S = 120.0  # loading the models takes a few seconds, more on a busy machine
STOP_GRACE_S = 10.0
LOG_TAIL_LINES = 25


class EmulatorMissing(RuntimeError):
    """An emulator (or Java) is not installed; the message names the Debian package."""


class StackError(RuntimeError):
    """The stack could not start or stop; the message says why (and shows the service's last log lines)."""


@dataclass(frozen=True)
class StackConfig:
    """Where everything runs; `from_env()` reads RuntimeConfig's variables and RETENTION_STACK_DIR."""

    runtime: RuntimeConfig = field(default_factory=RuntimeConfig)
    state_dir: Path = DEFAULT_STATE_DIR  # RETENTION_STACK_DIR: pids.json and logs/<name>.log
    python: str = field(default_factory=lambda: default_python())  # runs `-m services.<name>`
    # Set for every service on top of the rest, e.g. the reliability campaign's RETENTION_PERIOD_BUDGET.
    extra_variables: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> StackConfig:
        env = dict(os.environ if environ is None else environ)
        return cls(RuntimeConfig.from_env(env), Path(env.get("RETENTION_STACK_DIR", DEFAULT_STATE_DIR)))

    @classmethod
    def isolated(cls, state_dir: Path, **runtime: object) -> StackConfig:
        """Free ports and a project of its own, for tests: nothing is shared with another stack.

        Only the models come from the environment (RETENTION_ARTIFACTS), as a test run may bring its own.
        """
        host = "127.0.0.1"
        ports = free_ports(3)
        base = replace(
            RuntimeConfig.from_env({}),
            artifacts_dir=RuntimeConfig.from_env().artifacts_dir,
            project=unique_project(),
            pubsub_emulator_host=f"{host}:{ports[0]}",
            firestore_emulator_host=f"{host}:{ports[1]}",
            grpc_address=f"{host}:{ports[2]}",
        )
        return cls(replace(base, **runtime), Path(state_dir))

    @property
    def pids_file(self) -> Path:
        return self.state_dir / "pids.json"

    def log_file(self, name: str) -> Path:
        return self.state_dir / "logs" / f"{name}.log"

    def service_environment(self, name: str) -> dict[str, str]:
        """What a service process gets: this environment with the stack's variables on top."""
        return {**os.environ, **self.service_variables(name), **self.extra_variables, "PYTHONUNBUFFERED": "1"}

    def service_variables(self, name: str) -> dict[str, str]:
        """The variables the stack sets for a service (docker-compose.yml sets the same ones)."""
        runtime = self.runtime
        variables = {
            **runtime.emulator_environment(),
            "RETENTION_PROJECT": runtime.project,
            "DECIDER_GRPC_ADDRESS": runtime.grpc_address,
            "RETENTION_ARTIFACTS": str(runtime.artifacts_dir),
            "RETENTION_BUS": "pubsub",
            "RETENTION_LEDGER": runtime.ledger,
            "RETENTION_LOG_LEVEL": runtime.log_level,
            "RETENTION_MAX_MESSAGES": str(MAX_MESSAGES[service_of(name)]),
        }
        if runtime.ledger == "sqlite":
            variables["RETENTION_SQLITE_PATH"] = str(runtime.sqlite_path)
        if runtime.chaos:  # the reliability campaign's stack only
            variables["RETENTION_CHAOS"] = "1"
        if service_of(name) == "decider":  # the only service that needs the gRPC token
            from retention.config import GRPC_TOKEN_ENV, LOCAL_GRPC_TOKEN

            variables[GRPC_TOKEN_ENV] = runtime.grpc_token or LOCAL_GRPC_TOKEN
        return variables


def service_of(name: str) -> str:
    """The service a stack process runs: "decider" for "decider", and for its replicas "decider-2", ..."""
    service, _, number = name.partition("-")
    if service not in SERVICES or (number and not number.isdigit()):
        raise StackError(f"unknown service {name!r}; known: {', '.join(SERVICES)} (replicas: decider-2, ...)")
    return service


def replicas(service: str, count: int) -> tuple[str, ...]:
    """The process names of `count` replicas of a service: "decider", "decider-2", "decider-3", ..."""
    if count < 1:
        raise StackError(f"{service} needs at least one replica, got {count}")
    return (service, *(f"{service}-{number}" for number in range(2, count + 1)))


def default_python() -> str:
    """The project's virtual environment (`make setup`), else the interpreter running this."""
    venv = REPO_ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


@contextmanager
def emulator_environment(runtime: RuntimeConfig) -> Iterator[None]:
    """The Google clients find the emulators through environment variables: set them for a while."""
    wanted = runtime.emulator_environment()
    saved = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def unique_project() -> str:
    """A project id no one else uses: a namespace of its own in both emulators."""
    return f"retention-test-{uuid.uuid4().hex[:10]}"


def free_ports(count: int) -> list[int]:
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def split_address(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return (host or "127.0.0.1").strip("[]"), int(port)


def port_answers(address: str, timeout_s: float = 0.5) -> bool:
    try:
        with socket.create_connection(split_address(address), timeout=timeout_s):
            return True
    except OSError:
        return False


def require_free(address: str, what: str) -> None:
    if port_answers(address):
        raise StackError(
            f"{address} ({what}) is already in use: another stack may be running (`retention stack status`, "
            f"`retention stack down`), or point the variable for {what} at a free port"
        )


# --- finding the emulators ------------------------------------------------------------------------


def sdk_roots() -> Iterator[Path]:
    """Where a Google Cloud SDK may be installed: beside `gcloud` on the PATH, then the usual places."""
    gcloud = shutil.which("gcloud")
    if gcloud:
        yield Path(os.path.realpath(gcloud)).parent.parent
    for root in SDK_ROOTS:
        yield Path(root).expanduser()


def _installed(relative: str, package: str, what: str) -> Path:
    for root in sdk_roots():
        if (root / relative).is_file():
            return root / relative
    listed = _dpkg_files(package)
    for path in listed:
        if path.endswith(relative):
            return Path(path)
    raise EmulatorMissing(
        f"the {what} is not installed (looked for {relative} under "
        f"{', '.join(SDK_ROOTS)} and beside gcloud): "
        f"install the Debian package {package} (`apt-get install {package}` from Google's Cloud SDK "
        f"repository), or run the stack in containers with {COMPOSE_FILE.name} (`docker compose up`)"
    )


def _dpkg_files(package: str) -> list[str]:
    if not shutil.which("dpkg"):
        return []
    listed = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True, check=False)
    return listed.stdout.splitlines() if listed.returncode == 0 else []


def _java() -> str:
    java = shutil.which("java")
    if not java:
        raise EmulatorMissing(
            "java is not on the PATH and the emulators need it: install default-jre-headless, "
            f"or run the stack in containers with {COMPOSE_FILE.name} (`docker compose up`)"
        )
    return java


def pubsub_command(address: str) -> list[str]:
    _java()
    host, port = split_address(address)
    script = _installed(PUBSUB_SCRIPT, PUBSUB_PACKAGE, "Pub/Sub emulator")
    return [str(script), f"--host={host}", f"--port={port}"]  # the script execs java


def firestore_command(address: str) -> list[str]:
    # Java directly: the SDK's wrapper script does not exec it, so stopping the script would leave Java.
    host, port = split_address(address)
    jar = _installed(FIRESTORE_JAR, FIRESTORE_PACKAGE, "Firestore emulator")
    return [
        _java(),
        "-Duser.language=en",
        "-cp",
        str(jar),
        FIRESTORE_MAIN,
        "start",
        f"--host={host}",
        f"--port={port}",
    ]


def emulators_installed() -> str | None:
    """None when both emulators can be started here, else why not (for pytest skips)."""
    try:
        pubsub_command("127.0.0.1:1")
        firestore_command("127.0.0.1:1")
    except EmulatorMissing as missing:
        return str(missing)
    return None


# --- processes ------------------------------------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


class Stack:
    """Starts and stops the stack's processes; remembers them in `<state_dir>/pids.json`.

    Each process leads its own process group (start_new_session), so stopping it signals the group,
    and a `retention stack down` from another shell finds the processes by their recorded ids.
    """

    def __init__(self, config: StackConfig | None = None):
        self.config = config or StackConfig.from_env()
        self._children: dict[str, subprocess.Popen] = {}  # processes started by this object

    # --- the whole stack ------------------------------------------------------------------------

    def up(self, deciders: int = 1) -> None:
        """Emulators, then topics and subscriptions, then the services (`deciders` decider replicas)."""
        running = [name for name, record in self.status().items() if record["running"]]
        if running:
            raise StackError(
                f"the stack recorded in {self.config.pids_file} is running ({', '.join(running)}): "
                "`retention stack down` first"
            )
        check_artifacts(self.config.runtime.artifacts_dir)
        try:
            self.start_emulators()
            self.ensure_topology()
            self.start_services(("scorer", *replicas("decider", deciders), "messenger", "shield"))
        except BaseException:
            self.stop_all(tuple(reversed(self._children)))  # only what this call started
            raise

    def down(self) -> list[str]:
        """Stop the services, then the emulators; returns what was stopped."""
        stopped = self.stop_services() + self.stop_all((FIRESTORE, PUBSUB))
        self._forget_all()
        return stopped

    def status(self) -> dict[str, dict]:
        """Each recorded process: its pid, whether it is running, its log file."""
        return {
            name: {**record, "running": self._running(name, record)}
            for name, record in self._records().get("processes", {}).items()
        }

    # --- emulators --------------------------------------------------------------------------------

    def start_emulators(self, names: tuple[str, ...] = (PUBSUB, FIRESTORE)) -> None:
        """Start the emulators side by side and wait until each listens on its port."""
        runtime = self.config.runtime
        addresses = {PUBSUB: runtime.pubsub_emulator_host, FIRESTORE: runtime.firestore_emulator_host}
        builders = {PUBSUB: pubsub_command, FIRESTORE: firestore_command}
        # Raises EmulatorMissing before anything is started.
        commands = {name: builders[name](addresses[name]) for name in names}
        for name in names:
            require_free(addresses[name], name)
        started = [
            (name, self._spawn(name, commands[name], dict(os.environ), EMULATOR_MARKERS[name]))
            for name in names
        ]
        for name, process in started:
            address = addresses[name]
            self._wait(
                name,
                process,
                lambda address=address: port_answers(address),
                EMULATOR_START_S,
                f"{name} to listen on {address}",
            )

    def stop_emulators(self) -> None:
        self.stop_all((FIRESTORE, PUBSUB))

    def ensure_topology(self) -> list[str]:
        """Create the project's topics and subscriptions on the Pub/Sub emulator (those missing)."""
        from retention.pubsub_bus import ensure_topology

        with emulator_environment(self.config.runtime):
            return ensure_topology(self.config.runtime.project)

    # --- services ---------------------------------------------------------------------------------

    def start_services(self, names: tuple[str, ...] = SERVICES) -> None:
        """Start services side by side (each loads its models), then wait until each is ready."""
        check_artifacts(self.config.runtime.artifacts_dir)
        if "decider" in names:
            require_free(self.config.runtime.grpc_address, "the decider's gRPC API (DECIDER_GRPC_ADDRESS)")
        for name in names:
            service_of(name)  # an unknown name fails before anything starts
        started = []
        try:
            for name in names:
                started.append(self._spawn_service(name))
            for name, process, ready in started:
                self._wait_ready(name, process, ready)
        except BaseException:
            self.stop_all(tuple(name for name, _, _ in started))  # none half-started is left behind
            raise

    def start_service(self, name: str) -> None:
        """Start one service (e.g. again, after `kill`) and wait until it is ready."""
        self.start_services((name,))

    def stop_services(self) -> list[str]:
        """Stop every service process recorded (replicas too); returns those that ran."""
        recorded = [name for name in self._records().get("processes", {}) if name not in EMULATOR_MARKERS]
        order = {service: rank for rank, service in enumerate(reversed(SERVICES))}
        return self.stop_all(tuple(sorted(recorded, key=lambda name: order[service_of(name)])))

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        """Signal a process's group and wait until it has exited (SIGKILL: a crash, SIGTERM: a stop)."""
        record = self._records().get("processes", {}).get(name)
        if not record:
            raise StackError(f"{name} is not running in this stack")
        _signal_group(record["pid"], sig)
        if not self._wait_exit(name, record["pid"], STOP_GRACE_S):
            raise StackError(f"{name} (pid {record['pid']}) did not exit after {signal.Signals(sig).name}")
        self._forget(name)

    def stop(self, name: str, grace_s: float = STOP_GRACE_S) -> bool:
        """SIGTERM to the process group, then SIGKILL after `grace_s`; False if it was not running."""
        return bool(self.stop_all((name,), grace_s))

    def stop_all(self, names: tuple[str, ...], grace_s: float = STOP_GRACE_S) -> list[str]:
        """Stop several processes at once (SIGTERM, then SIGKILL after `grace_s`); returns those that ran."""
        recorded = self._records().get("processes", {})
        running = [name for name in names if name in recorded and self._running(name, recorded[name])]
        for name in running:
            _signal_group(recorded[name]["pid"], signal.SIGTERM)
        deadline = time.monotonic() + grace_s
        for name in running:
            if not self._wait_exit(name, recorded[name]["pid"], max(0.0, deadline - time.monotonic())):
                _signal_group(recorded[name]["pid"], signal.SIGKILL)
                self._wait_exit(name, recorded[name]["pid"], grace_s)
        for name in names:
            self._forget(name)
        return running

    # --- internals ----------------------------------------------------------------------------

    def _emulator_environment(self) -> dict[str, str]:
        return self.config.runtime.emulator_environment()

    def _spawn_service(self, name: str) -> tuple[str, subprocess.Popen, Callable[[], bool]]:
        service = service_of(name)
        log = self.config.log_file(name)
        offset = log.stat().st_size if log.exists() else 0  # the log is appended to: read only this start
        command = [self.config.python, "-m", f"services.{service}"]
        environment = self.config.service_environment(name)
        if name != service:  # a replica: its own gRPC port, the same ledger and subscriptions
            environment["DECIDER_GRPC_ADDRESS"] = f"127.0.0.1:{free_ports(1)[0]}"
        grpc = {"grpc": environment["DECIDER_GRPC_ADDRESS"]} if service == "decider" else {}
        process = self._spawn(name, command, environment, marker=f"services.{service}", **grpc)
        return name, process, lambda: _logged_ready(log, offset)

    def _wait_ready(self, name: str, process: subprocess.Popen, ready: Callable[[], bool]) -> None:
        self._wait(name, process, ready, SERVICE_START_S, f"{name} to log '{READY_MESSAGE}'")
        if service_of(name) == "decider":
            address = self._records()["processes"][name]["grpc"]
            self._wait(
                name,
                process,
                lambda: grpc_serving(address),
                SERVICE_START_S,
                f"the decider's gRPC health to say SERVING on {address}",
            )

    def _spawn(
        self, name: str, command: list[str], env: dict[str, str], marker: str, **recorded: str
    ) -> subprocess.Popen:
        log = self.config.log_file(name)
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("ab") as out:
            out.write(f"--- {time.strftime('%Y-%m-%dT%H:%M:%S')} starting: {' '.join(command)}\n".encode())
            out.flush()
            process = subprocess.Popen(
                command,
                cwd=REPO_ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, which `stop` signals as a whole
            )
        self._children[name] = process
        record = {"pid": process.pid, "marker": marker, "command": command, "log": str(log), **recorded}
        self._remember(name, record)
        return process

    def _wait(
        self, name: str, process: subprocess.Popen, ready: Callable[[], bool], timeout_s: float, what: str
    ) -> None:
        deadline = time.monotonic() + timeout_s
        while not ready():
            if process.poll() is not None:
                self._forget(name)
                raise StackError(
                    f"{name} exited with status {process.returncode} during start-up; "
                    f"last lines of {self.config.log_file(name)}:\n{log_tail(self.config.log_file(name))}"
                )
            if time.monotonic() > deadline:
                self.stop(name)
                raise StackError(
                    f"timed out after {timeout_s:.0f} s waiting for {what}; "
                    f"last lines of {self.config.log_file(name)}:\n{log_tail(self.config.log_file(name))}"
                )
            time.sleep(0.1)

    def _wait_exit(self, name: str, pid: int, timeout_s: float) -> bool:
        child = self._children.get(name)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if child is not None and child.pid == pid:
                if child.poll() is not None:
                    return True
            elif not _alive(pid):
                return True
            time.sleep(0.05)
        return False

    def _running(self, name: str, record: dict) -> bool:
        child = self._children.get(name)
        if child is not None and child.pid == record["pid"]:
            return child.poll() is None
        # Not our child (another `retention` process started it): make sure the pid was not reused.
        return _alive(record["pid"]) and record.get("marker", "") in _command_line(record["pid"])

    def _records(self) -> dict:
        try:
            return json.loads(self.config.pids_file.read_text())
        except (OSError, ValueError):
            return {}

    def _remember(self, name: str, record: dict) -> None:
        records = self._records()
        records.update(project=self.config.runtime.project, **self._emulator_environment())
        records.setdefault("processes", {})[name] = record
        self._write(records)

    def _forget(self, name: str) -> None:
        records = self._records()
        records.get("processes", {}).pop(name, None)
        self._write(records)

    def _forget_all(self) -> None:
        self.config.pids_file.unlink(missing_ok=True)

    def _write(self, records: dict) -> None:
        self.config.state_dir.mkdir(parents=True, exist_ok=True)
        temporary = self.config.pids_file.with_suffix(".tmp")
        temporary.write_text(json.dumps(records, indent=2))
        temporary.replace(self.config.pids_file)


def _signal_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)  # the process leads its group (start_new_session)
    except ProcessLookupError:
        pass


def _logged_ready(log: Path, offset: int) -> bool:
    """Whether the log, after `offset`, has a JSON line whose message is READY_MESSAGE."""
    try:
        with log.open("rb") as handle:
            handle.seek(offset)
            lines = handle.read().splitlines()
    except OSError:
        return False
    for line in lines:
        try:
            if json.loads(line).get("message") == READY_MESSAGE:
                return True
        except (ValueError, AttributeError):
            continue
    return False


def grpc_serving(address: str) -> bool:
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    with grpc.insecure_channel(address) as channel:
        try:
            answer = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=1.0)
        except grpc.RpcError:
            return False
    return answer.status == health_pb2.HealthCheckResponse.SERVING


def check_artifacts(artifacts_dir: Path) -> None:
    if not any(Path(artifacts_dir).glob("*.model.json")):
        raise StackError(
            f"no trained models in {artifacts_dir} (RETENTION_ARTIFACTS): run `make artifacts` first"
        )


# --- command line ---------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:
    stack = subparsers.add_parser("stack", help="run the emulators and the four services as local processes")
    commands = stack.add_subparsers(title="stack commands", metavar="ACTION", required=True)
    for name, run, helptext in (
        ("up", run_up, "start the emulators, create topics and subscriptions, start the services"),
        ("down", run_down, "stop the services and the emulators"),
        ("status", run_status, "show the stack's processes"),
        (
            "topology",
            run_topology,
            "create the topics and subscriptions on PUBSUB_EMULATOR_HOST (docker compose)",
        ),
    ):
        parser = commands.add_parser(name, help=helptext)
        parser.set_defaults(run=run)
        if name == "up":
            parser.add_argument(
                "--deciders",
                type=int,
                default=1,
                metavar="N",
                help="decider replicas sharing the subscription and the ledger (default 1; each has a "
                "budget lease of its own; the first serves gRPC on DECIDER_GRPC_ADDRESS)",
            )


def run_up(args: argparse.Namespace) -> int:
    stack = Stack()
    stack.up(deciders=args.deciders)
    runtime = stack.config.runtime
    print(
        f"stack up: project {runtime.project}, Pub/Sub {runtime.pubsub_emulator_host}, "
        f"Firestore {runtime.firestore_emulator_host}, gRPC {runtime.grpc_address}; "
        f"logs in {stack.config.state_dir / 'logs'}"
    )
    return 0


def run_down(_args: argparse.Namespace) -> int:
    stopped = Stack().down()
    print("stopped " + ", ".join(stopped) if stopped else "nothing was running")
    return 0


def run_status(_args: argparse.Namespace) -> int:
    status = Stack().status()
    if not status:
        print("stack: nothing recorded (not started, or stopped)")
        return 0
    for name, record in status.items():
        state = "running" if record["running"] else "not running"
        print(f"{name:20} {state:12} pid {record['pid']:<8} {record['log']}")
    return 0 if all(record["running"] for record in status.values()) else 3


def run_topology(_args: argparse.Namespace) -> int:
    """Wait for the Pub/Sub emulator, then create what is missing (the compose init service runs this)."""
    stack = Stack()
    address = stack.config.runtime.pubsub_emulator_host
    deadline = time.monotonic() + EMULATOR_START_S
    while not port_answers(address):
        if time.monotonic() > deadline:
            raise StackError(f"the Pub/Sub emulator does not answer on {address} (PUBSUB_EMULATOR_HOST)")
        time.sleep(0.5)
    created = stack.ensure_topology()
    print(f"project {stack.config.runtime.project}: created {len(created)} topics and subscriptions")
    return 0


def main(argv: list[str] | None = None) -> int:
    from retention import cli

    return cli.main(["stack", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
