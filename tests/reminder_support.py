"""Local servers the reminder tests send to: an SMTP server (aiosmtpd) and an HTTP SMS
gateway (http.server), each started by the test on 127.0.0.1 and stopped after it."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

SMTP_USER = "desk@willow.example"
SMTP_PASSWORD = "smtp-secret-123"


@contextmanager
def refused_port() -> Iterator[int]:
    """A loopback port held, bound and never listening, for the whole block: a connection to
    it is refused every time, and no other server of the run can take it meanwhile."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield int(held.getsockname()[1])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Mailbox:
    """What the local SMTP server received, and who signed in to it."""

    host: str
    port: int
    messages: list[EmailMessage] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    # Set ``hold`` to keep each message's answer back until it is set; ``arrived`` is set
    # when a message's data has come in (for a test to act while the sender waits).
    hold: threading.Event | None = None
    arrived: threading.Event = field(default_factory=threading.Event)


class _Handler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_DATA(self, server, session, envelope):
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.box.messages.append(parsed)  # type: ignore[arg-type]
        self.box.arrived.set()
        if self.box.hold is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.box.hold.wait, 30)
        return "250 OK"


def _authenticator(box: Mailbox):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def check(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, password = auth_data.login.decode(), auth_data.password.decode()
        ok = (user, password) == (SMTP_USER, SMTP_PASSWORD)
        if ok:
            box.logins.append(user)
        return AuthResult(success=ok, handled=False)

    return check


@pytest.fixture
def smtp_server() -> Iterator[Mailbox]:
    """A local SMTP server without TLS that wants SMTP_USER / SMTP_PASSWORD."""
    from aiosmtpd.controller import Controller

    box = Mailbox("127.0.0.1", free_port())
    controller = Controller(
        _Handler(box),
        hostname=box.host,
        port=box.port,
        authenticator=_authenticator(box),
        auth_require_tls=False,
        auth_required=True,
    )
    controller.start()
    yield box
    controller.stop()


@dataclass
class Gateway:
    """The local SMS gateway: the queries it was sent; ``status`` is what it answers."""

    url: str
    received: list[dict[str, str]] = field(default_factory=list)
    status: int = 200


@pytest.fixture
def sms_gateway() -> Iterator[Gateway]:
    port = free_port()
    gateway = Gateway(f"http://127.0.0.1:{port}/send?to={{phone}}&text={{message}}")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = parse_qs(urlsplit(self.path).query)
            gateway.received.append({k: v[0] for k, v in query.items()})
            self.send_response(gateway.status)
            self.end_headers()
            self.wfile.write(b"queued" if gateway.status == 200 else b"no")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield gateway
    server.shutdown()
    server.server_close()
    thread.join()
