"""A small fault-injecting HTTP proxy for the sync tests (DESIGN §9), on 127.0.0.1 only.

It sits between the device and the real control-room server and, for the requests a rule
matches, misbehaves the way a checkpoint's link does: refuses connections (HQ down), resets
the connection while the request is being sent, resets it after HQ has answered (so HQ
committed but the device never hears), cuts the response off halfway, trickles bytes through a
slow link, or answers by itself (``503`` with ``Retry-After``, ``413``, a captive portal's
``200`` HTML page). Requests no rule matches pass through unchanged.

Each request is read whole (headers and ``Content-Length`` body) and sent upstream on a fresh
connection, so faults can be chosen per request even on keep-alive connections. ``close()``
shuts down and closes every socket the proxy holds, so no thread (and no client) is left
waiting for a read to time out; the timeouts only bound a peer that stops talking.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

CAPTIVE_PORTAL = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 76\r\n"
                  b"Connection: close\r\n\r\n<html><body><h1>Welcome! Please log in to the "
                  b"Wi-Fi network</h1></body></html>")
# Bounds a read from a peer that went silent; close() does not wait for it.
TIMEOUT = 30.0
# How long close() waits for the proxy's threads once their sockets are shut.
JOIN_SECONDS = 5.0


def canned(status: int, reason: str, *, headers: dict[str, str] | None = None,
           body: bytes = b"") -> bytes:
    """A whole raw HTTP response the proxy answers with by itself."""
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


@dataclass
class Rule:
    """What to do to requests matching ``method`` and ``path`` prefix, ``times`` times
    (None: for ever)."""

    fault: str  # "reset_request" | "reset_after_upstream" | "cut_response" | "slow" | "answer"
    method: str = "POST"
    path: str = "/api/v1/batches"
    times: int | None = 1
    answer: bytes = b""
    bytes_per_second: int = 2_000
    hits: int = field(default=0, init=False)

    def matches(self, method: str, path: str) -> bool:
        """Whether this rule applies to the request (and still has uses left)."""
        if self.times is not None and self.hits >= self.times:
            return False
        return method == self.method and path.startswith(self.path)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _reset(sock: socket.socket) -> None:
    # SO_LINGER 0: close() sends RST, as a dropped link looks to the other side.
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    finally:
        sock.close()


def _shut(sock: socket.socket) -> None:
    # shutdown() wakes a thread blocked in recv() on this socket and sends FIN to the peer;
    # close() alone would leave both waiting for their timeouts.
    with contextlib.suppress(OSError):  # not connected (any more)
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def _read_message(sock: socket.socket, *, response: bool = False) -> bytes | None:
    """One HTTP message (headers + Content-Length body); None if the peer closed first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data or None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    if response and length == 0 and b"content-length" not in head.lower():
        # A response without a length ends when the server closes.
        while chunk := sock.recv(65536):
            rest += chunk
    return head + b"\r\n\r\n" + rest


class FaultProxy:
    """Listens on 127.0.0.1:``port`` and forwards to ``upstream`` (host, port)."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = _free_port()
        self.rules: list[Rule] = []
        self.seen: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._open: set[socket.socket] = set()
        self.up()

    @property
    def url(self) -> str:
        """The address the device is told HQ is at."""
        return f"http://127.0.0.1:{self.port}"

    def add(self, rule: Rule) -> Rule:
        """Start applying ``rule`` to matching requests."""
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        """Let everything through again."""
        with self._lock:
            self.rules.clear()

    def up(self) -> None:
        """Accept connections (again) on the same port."""
        if self._listener is not None:
            return
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(32)
        listener.settimeout(0.2)
        self._listener = listener
        self._spawn(self._accept_loop, listener)

    def down(self) -> None:
        """Stop listening: connecting now fails with 'connection refused' (HQ down)."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()

    def close(self) -> None:
        """Stop everything: shut every connection (its peer sees it at once), join the threads."""
        self._stopping.set()
        self.down()
        with self._lock:
            held = list(self._open)
        for sock in held:
            _shut(sock)
        for thread in self._threads:
            thread.join(timeout=JOIN_SECONDS)
        alive = [thread.name for thread in self._threads if thread.is_alive()]
        if alive:
            raise RuntimeError(f"the fault proxy's threads did not stop: {alive}")

    def _hold(self, sock: socket.socket) -> socket.socket:
        # Every connection is tracked so close() can shut it; a stopped proxy takes none.
        with self._lock:
            if self._stopping.is_set():
                _shut(sock)
                raise OSError("the fault proxy is closed")
            self._open.add(sock)
        return sock

    def _release(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)
        sock.close()

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True,
                                  name=f"faultproxy:{self.port}:{target.__name__}")
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self, listener: socket.socket) -> None:
        while not self._stopping.is_set() and self._listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(TIMEOUT)
            try:
                self._spawn(self._serve, self._hold(client))
            except OSError:
                return

    def _rule_for(self, method: str, path: str) -> Rule | None:
        with self._lock:
            self.seen.append((method, path))
            for rule in self.rules:
                if rule.matches(method, path):
                    rule.hits += 1
                    return rule
        return None

    def _serve(self, client: socket.socket) -> None:
        try:
            while not self._stopping.is_set():
                request = _read_message(client)
                if not request:
                    return
                method, path = request.split(b" ", 2)[:2]
                rule = self._rule_for(method.decode(), path.decode())
                if rule is not None and rule.fault == "reset_request":
                    _reset(client)
                    return
                if rule is not None and rule.fault == "answer":
                    client.sendall(rule.answer)
                    client.close()
                    return
                response = self._forward(request)
                if response is None:
                    _reset(client)
                    return
                if rule is None:
                    client.sendall(response)
                    continue
                if rule.fault == "reset_after_upstream":
                    _reset(client)  # HQ has committed and answered; the device never hears
                    return
                if rule.fault == "cut_response":
                    client.sendall(response[: len(response) // 2])
                    _reset(client)
                    return
                if rule.fault == "slow":
                    self._trickle(client, response, rule.bytes_per_second)
                    continue
        except OSError:
            return
        finally:
            self._release(client)

    def _forward(self, request: bytes) -> bytes | None:
        try:
            upstream = self._hold(socket.create_connection(self.upstream, timeout=TIMEOUT))
        except OSError:
            return None
        try:
            upstream.sendall(request)
            return _read_message(upstream, response=True)
        except OSError:
            return None
        finally:
            self._release(upstream)

    def _trickle(self, client: socket.socket, response: bytes, rate: int) -> None:
        step = max(1, rate // 10)
        deadline = time.monotonic() + TIMEOUT
        for start in range(0, len(response), step):
            if self._stopping.is_set() or time.monotonic() > deadline:
                return
            client.sendall(response[start:start + step])
            self._stopping.wait(0.1)  # close() cuts the trickle short
