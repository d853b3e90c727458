"""The campaign's TCP proxy: forwards, cuts (every connection reset) and restores on the same port."""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest

from retention.faults import TcpProxy


def _echo(connection: socket.socket) -> None:
    with connection, contextlib.suppress(ConnectionResetError):  # the proxy resets what it cuts
        for data in iter(lambda: connection.recv(1024), b""):
            connection.sendall(data)


@pytest.fixture
def echo_server():
    listener = socket.create_server(("127.0.0.1", 0))

    def serve():
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_echo, args=(connection,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    yield f"127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


def _echoes(address: str) -> bool:
    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=2) as connection:
            connection.sendall(b"ping")
            return connection.recv(4) == b"ping"
    except OSError:
        return False


def test_a_cut_resets_every_connection_until_restored_on_the_same_port(echo_server):
    proxy = TcpProxy(echo_server).start()
    try:
        port = proxy.port
        assert _echoes(proxy.address)
        proxy.cut()
        assert not _echoes(proxy.address)
        proxy.restore()
        assert proxy.port == port and _echoes(proxy.address)
    finally:
        proxy.stop()
    assert not _echoes(proxy.address)


def test_the_port_stays_bound_while_cut(echo_server):
    proxy = TcpProxy(echo_server).start()
    try:
        proxy.cut()
        other = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(OSError):
            other.bind(("127.0.0.1", proxy.port))
        other.close()
    finally:
        proxy.stop()
