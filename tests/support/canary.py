"""A loopback HTTP canary: it records every request, so a test can prove that nothing reached the network.

Whatever is asked, it answers with a DTD that would define entities and a default attribute, so that a
parser which did load it would show it in the result too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CANARY_TEXT = "CANARY-WAS-REACHED"
CANARY_DTD = (
    f'<!ENTITY canary "{CANARY_TEXT}">\n'
    f'<!ENTITY % canaryparam "{CANARY_TEXT}">\n'
    f'<!ATTLIST r canary CDATA "{CANARY_TEXT}">\n'
).encode()


@dataclass
class Canary:
    base_url: str
    requests: list[str] = field(default_factory=list)

    def url(self, path: str = "canary.dtd") -> str:
        return f"{self.base_url}/{path}"


def _handler_for(canary: Canary) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            canary.requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/xml-dtd")
            self.send_header("Content-Length", str(len(CANARY_DTD)))
            self.end_headers()
            self.wfile.write(CANARY_DTD)

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

    return Handler


@contextmanager
def serve_canary() -> Iterator[Canary]:
    """Run a canary on 127.0.0.1 at a free port for the duration of the block."""
    canary = Canary("")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(canary))
    canary.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    # A short poll interval: shutdown() waits for the next poll, and tests start many canaries.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield canary
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
