"""Fault injection for the reliability campaign: a TCP proxy that can cut a service off, and a chaos marker.

`TcpProxy` stands between the services and an emulator. `cut()` resets every connection through it and
every new one, so the clients see the database as unreachable (connection reset), as they would see a
network partition or a Firestore outage; `restore()` forwards again. The port stays bound throughout:
closed, it could be handed to some client's outgoing connection meanwhile, and the restore would fail.

`CHAOS_ATTRIBUTE`: a message attribute naming a service; when that service runs with RETENTION_CHAOS=1
(the campaign's stack only, never production) its stage fails on such a message at every delivery, the
way a poison message that trips a bug would, so that the path "redelivered, then dead-lettered with
the reason" is tested on the real broker.
"""

from __future__ import annotations

import logging
import select
import socket
import threading

from retention import log

logger = logging.getLogger("retention.faults")

CHAOS_ATTRIBUTE = "chaos-fail"
CHAOS_ENV = "RETENTION_CHAOS"


class InjectedFault(RuntimeError):
    """Raised by a stage running with RETENTION_CHAOS=1 for a message marked for it."""


class TcpProxy:
    """Forwards 127.0.0.1:<port> to `upstream` (host:port) until cut."""

    def __init__(self, upstream: str, port: int = 0):
        host, _, upstream_port = upstream.rpartition(":")
        self.upstream = (host or "127.0.0.1", int(upstream_port))
        self.port = port
        self._listener: socket.socket | None = None
        self._connections: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._open = threading.Event()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> TcpProxy:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._open.set()
        threading.Thread(target=self._accept_loop, args=(listener,), name="proxy accept", daemon=True).start()
        return self

    def cut(self) -> None:
        """Reset the open connections, and every new one until `restore()`."""
        self._open.clear()
        with self._lock:
            connections, self._connections = self._connections, set()
        for connection in connections:
            _close(connection)
        log.event(logger, "proxy cut", upstream=f"{self.upstream[0]}:{self.upstream[1]}", port=self.port)

    def restore(self) -> None:
        self._open.set()
        log.event(logger, "proxy restored", port=self.port)

    def stop(self) -> None:
        self.cut()
        with self._lock:
            listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # closed by stop()
            if not self._open.is_set():
                _close(client)  # cut: reset, as a broken network path would
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if not self._open.is_set():
                    _close(client)
                    _close(server)
                    continue
                self._connections |= {client, server}
            threading.Thread(target=self._pump, args=(client, server), name="proxy pump", daemon=True).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        peers = {client: server, server: client}
        try:
            while True:
                readable, _, _ = select.select(list(peers), [], [], 1.0)
                for source in readable:
                    data = source.recv(65536)
                    if not data:
                        return
                    peers[source].sendall(data)
        except (OSError, ValueError):
            return  # reset by cut(), or closed by the other side
        finally:
            with self._lock:
                self._connections -= {client, server}
            _close(client)
            _close(server)


def _close(connection: socket.socket) -> None:
    try:
        # RST rather than FIN: the peer sees a reset connection, as when a network path breaks.
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        connection.close()
    except OSError:
        pass
