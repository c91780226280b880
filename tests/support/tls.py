"""Self-signed certificates for a control room on https, and a TLS front that shows a chosen
certificate per connection (for the pinning tests, issue 9 item 14).

``self_signed(folder, name)`` writes a certificate and key for ``name`` (a host name that is
deliberately not 127.0.0.1: with a pin, the name does not matter) and gives their paths and the
certificate's SHA-256 fingerprint. ``ControlRoom(db_url, tls=certificate)`` serves HQ itself on
https with it. ``TlsFront(upstream, certificate)`` terminates TLS in front of a plain-http HQ:
``then_present(other, after=n)`` makes every connection after the next ``n`` show ``other``
(a man in the middle who lets the first check pass).
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import ssl
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.support.faultproxy import JOIN_SECONDS, TIMEOUT, _read_message, _shut


@dataclass(frozen=True)
class Certificate:
    """A certificate and its key on disk, and the certificate's SHA-256 fingerprint (hex)."""

    cert_path: Path
    key_path: Path
    fingerprint: str

    def server_context(self) -> ssl.SSLContext:
        """A server-side TLS context presenting this certificate."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_path, self.key_path)
        return context


def self_signed(folder: Path, name: str = "controlroom.invalid") -> Certificate:
    """A new self-signed certificate for ``name`` (P-256), valid from yesterday for a year."""
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - timedelta(days=1))
                   .not_valid_after(now + timedelta(days=365))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]),
                                  critical=False)
                   .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    fingerprint = hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()
    return Certificate(cert_path, key_path, fingerprint)


class TlsFront:
    """https on 127.0.0.1:``port`` in front of a plain-http ``upstream``; each request is
    forwarded on a fresh upstream connection."""

    def __init__(self, upstream: tuple[str, int], certificate: Certificate) -> None:
        self.upstream = upstream
        self._first = certificate.server_context()
        self._other: ssl.SSLContext | None = None
        self._first_left = 0
        self._lock = threading.Lock()
        self.connections = 0
        self.requests: list[str] = []  # "METHOD /path" of each request that reached HQ
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._closed = False
        self._acceptor = threading.Thread(target=self._accept, name="tls-front", daemon=True)
        self._acceptor.start()

    @property
    def base_url(self) -> str:
        """``https://127.0.0.1:<port>``."""
        return f"https://127.0.0.1:{self.port}"

    def then_present(self, other: Certificate, *, after: int) -> None:
        """The next ``after`` connections still show the first certificate; later ones
        ``other``."""
        with self._lock:
            self._other, self._first_left = other.server_context(), after

    def _context(self) -> ssl.SSLContext:
        with self._lock:
            self.connections += 1
            if self._other is None or self._first_left > 0:
                self._first_left = max(0, self._first_left - 1)
                return self._first
            return self._other

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            client.settimeout(TIMEOUT)
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True,
                                      name="tls-front-connection")
            with self._lock:
                self._sockets.add(client)
                self._threads.append(thread)
            thread.start()

    def _serve(self, client: socket.socket) -> None:
        try:
            with self._context().wrap_socket(client, server_side=True) as tls:
                while request := _read_message(tls):
                    line = request.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
                    with self._lock:
                        self.requests.append(f"{line[0]} {line[1].split('?')[0]}")
                    with socket.create_connection(self.upstream, timeout=TIMEOUT) as upstream:
                        upstream.sendall(request)
                        answer = _read_message(upstream, response=True)
                    if answer is None:
                        return
                    tls.sendall(answer)
        except (OSError, ssl.SSLError):
            return  # the client refused the certificate, or went away
        finally:
            with self._lock:
                self._sockets.discard(client)
            _shut(client)

    def close(self) -> None:
        """Stop listening, end every connection and join the threads."""
        self._closed = True
        _shut(self._listener)
        with self._lock:
            sockets, threads = list(self._sockets), list(self._threads)
        for sock in sockets:
            with contextlib.suppress(OSError):
                _shut(sock)
        self._acceptor.join(JOIN_SECONDS)
        for thread in threads:
            thread.join(JOIN_SECONDS)
