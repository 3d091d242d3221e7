"""Starting the review server: loopback only, a free port the system picks, a token in the URL."""

from __future__ import annotations

import socket
import threading
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from newsml_kit.review.server import Secrets, create_app
from newsml_kit.review.store import Store

HOST = "127.0.0.1"


@dataclass
class Running:
    """A server started by ``start``: its URL (with the token) and how to stop it."""

    url: str
    secrets: Secrets
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _bind() -> socket.socket:
    """A listening socket on 127.0.0.1 and a port the system picks (so never one in use)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, 0))
    sock.listen(128)
    return sock


def _server(folder: str | Path, sock: socket.socket) -> tuple[uvicorn.Server, str, Secrets]:
    store = Store(Path(folder))
    port = sock.getsockname()[1]
    secrets_ = Secrets.new()
    app = create_app(store, secrets_, port)
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False, lifespan="off")
    url = f"http://{HOST}:{port}/?token={secrets_.token}"
    return uvicorn.Server(config), url, secrets_


def serve(folder: str | Path, open_browser: bool, announce: Callable[[str], None]) -> None:
    """Serve ``folder`` until interrupted; ``announce`` is given the URL to open."""
    sock = _bind()
    server, url, _ = _server(folder, sock)
    announce(url)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    server.run(sockets=[sock])


def start(folder: str | Path) -> Running:
    """Serve ``folder`` from a background thread (for tests and embedding); ``stop()`` ends it."""
    sock = _bind()
    server, url, secrets_ = _server(folder, sock)
    # uvicorn leaves signals alone outside the main thread; this server stops through should_exit.
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        threading.Event().wait(0.01)
    return Running(url, secrets_, server, thread)
