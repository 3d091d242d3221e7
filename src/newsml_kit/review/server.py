"""The review web application: Starlette routes over a ``Store``, guarded for a local browser.

Guards, in the order a request meets them (``Guard``): the Host must be the loopback address and
port the server bound (no DNS rebinding); the secret token must come with the request (in the
URL printed at start, then in a strict same-site cookie); a state-changing request must be JSON,
carry the page's CSRF token in a header and, when the browser sends one, our Origin; a request
body is limited in size. Every page is sent with a content security policy that allows no inline
script and nothing from elsewhere, and the templates escape every string (autoescape).
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsml_kit.errors import NewsmlKitError, StaleVersion, StoreError
from newsml_kit.model import EventKind, NewsItem, ParticipantRole, ReviewStatus
from newsml_kit.review import edits, view
from newsml_kit.review.store import STATUSES, Loaded, Store, unreviewed_after

MAX_BODY_BYTES = 1024 * 1024
TOKEN_COOKIE = "newsml_kit_review"
CSRF_HEADER = "x-csrf-token"
PACKAGE = Path(str(files("newsml_kit.review")))
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


@dataclass(frozen=True, slots=True)
class Secrets:
    """The two random values of one run: the token in the URL, and the CSRF token in each page."""

    token: str
    csrf: str

    @classmethod
    def new(cls) -> Secrets:
        return cls(secrets.token_urlsafe(32), secrets.token_urlsafe(32))


class Guard:
    """ASGI middleware: refuse what does not come from this server's own page (module docstring)."""

    def __init__(self, app: ASGIApp, secrets_: Secrets, port: int) -> None:
        self.app = app
        self.secrets = secrets_
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal = self._refusal(request)
        if refusal is not None:
            await _plain(refusal[0], refusal[1])(scope, receive, send)
            return
        from_query = request.query_params.get("token")
        if from_query is not None and request.method == "GET":
            # Move the token from the URL into a cookie and drop it from the address bar.
            target = request.url.remove_query_params("token")
            response = RedirectResponse(str(target.path) + (f"?{target.query}" if target.query else ""), 303)
            response.set_cookie(TOKEN_COOKIE, self.secrets.token, httponly=True, samesite="strict", path="/")
            await response(scope, receive, send)
            return
        await self.app(scope, _limited(receive, MAX_BODY_BYTES), _with_headers(send))

    def _refusal(self, request: Request) -> tuple[int, str] | None:
        if request.headers.get("host") not in self.hosts:
            return 403, "refused: this server answers only to 127.0.0.1 and localhost"
        token = request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE) or ""
        if not hmac.compare_digest(token.encode(), self.secrets.token.encode()):
            return 403, "refused: open the URL newsml-kit review printed (it carries the access token)"
        if request.method in ("GET", "HEAD"):
            return None
        if request.method != "POST":
            return 405, "method not allowed"
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return 415, "refused: a change must be sent as application/json"
        csrf = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(csrf.encode(), self.secrets.csrf.encode()):
            return 403, "refused: the CSRF check failed (reload the page)"
        origin = request.headers.get("origin")
        if origin is not None and origin not in self.origins:
            return 403, "refused: the request comes from another site"
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return 413, f"refused: a request body may hold at most {MAX_BODY_BYTES} bytes"
        return None


def _plain(status: int, text: str) -> Response:
    return Response(text + "\n", status, media_type="text/plain; charset=utf-8", headers=SECURITY_HEADERS)


class BodyTooLarge(Exception):
    pass


def _limited(receive: Receive, limit: int) -> Receive:
    """``receive`` that fails once the body passes ``limit`` (a body sent without a length too)."""
    seen = 0

    async def guarded() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge
        return message

    return guarded


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            present = {name.lower() for name, _ in headers}
            for name, value in SECURITY_HEADERS.items():
                if name.encode() not in present:
                    headers.append((name.encode(), value.encode()))
            message = {**message, "headers": headers}
        await send(message)

    return sending


# --- the application ------------------------------------------------------------------------------


def _templates() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(str(PACKAGE / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["verbatim"] = _verbatim
    environment.filters["item_url"] = item_url
    environment.globals.update(
        kinds=view.KINDS,
        entity_kinds=tuple(edits.GROUPS),
        event_kinds=[kind.value for kind in EventKind],
        roles=[role.value for role in ParticipantRole],
        statuses=STATUSES,
    )
    return environment


def _verbatim(text: str) -> Markup:
    """Escaped text that reaches the DOM exactly (HTML parsing turns a raw CR into LF; &#13; stays CR)."""
    return Markup(str(escape(text)).replace("\r", "&#13;"))


class Review:
    """The routes, over one folder."""

    def __init__(self, store: Store, secrets_: Secrets) -> None:
        self.store = store
        self.secrets = secrets_
        self.templates = _templates()

    def routes(self) -> list[Route | Mount]:
        return [
            Route("/", self.queue_page),
            Route("/item", self.item_page),
            Route("/raw", self.raw),
            Route("/api/preview", self.preview, methods=["POST"]),
            Route("/api/save", self.save, methods=["POST"]),
            Route("/api/undo", self.undo, methods=["POST"]),
            Mount("/static", StaticFiles(directory=str(PACKAGE / "static")), name="static"),
        ]

    def _page(self, name: str, **context: Any) -> HTMLResponse:
        template = self.templates.get_template(name)
        html = template.render(csrf=self.secrets.csrf, folder=str(self.store.root), **context)
        return HTMLResponse(html)

    def queue_page(self, request: Request) -> Response:
        entries = self.store.queue()
        status = request.query_params.get("status", "")
        warned = request.query_params.get("warnings", "")
        shown = [
            e
            for e in entries
            if (not status or e.status == status) and (not warned or bool(e.warnings) == (warned == "yes"))
        ]
        counts = {s: sum(1 for e in entries if e.status == s) for s in STATUSES}
        return self._page(
            "queue.html", entries=shown, total=len(entries), counts=counts, status=status, warned=warned
        )

    def item_page(self, request: Request) -> Response:
        path = request.query_params.get("path", "")
        try:
            loaded = self.store.load(path)
        except StoreError as exc:
            return _plain(404, exc.message)
        except NewsmlKitError as exc:
            return _plain(422, f"cannot review this file: {exc}")
        entries = self.store.queue()
        paths = [e.path for e in entries]
        here = paths.index(path) if path in paths else -1
        following = unreviewed_after(entries, path)
        return self._page(
            "item.html",
            loaded=loaded,
            status=(loaded.item.review_status or ReviewStatus.EXTRACTED).value,
            previous=paths[here - 1] if here > 0 else "",
            next=paths[here + 1] if 0 <= here < len(paths) - 1 else "",
            next_unreviewed=following.path if following is not None else "",
            position=here + 1,
            total=len(paths),
            **self._fragments_context(loaded.item),
        )

    def _fragments_context(self, item: NewsItem) -> dict[str, Any]:
        entities = view.entities(item)
        return {
            "item": item,
            "blocks": view.blocks(item),
            "event": view.event_card(item),
            "people": view.people(item),
            "entities": entities,
            "counts": Counter(e.kind for e in entities),
        }

    def _fragments(self, item: NewsItem) -> dict[str, str]:
        context = self._fragments_context(item)
        return {
            "text": self.templates.get_template("_text.html").render(**context),
            "panel": self.templates.get_template("_panel.html").render(**context),
        }

    def raw(self, request: Request) -> Response:
        """The item's file as it is on disk (only item files inside the folder)."""
        path = request.query_params.get("path", "")
        try:
            target = self.store.resolve(path)
        except StoreError:
            return _plain(404, f"no item {path!r} in this folder")
        return FileResponse(target, media_type="application/json; charset=utf-8")

    async def _json(self, request: Request) -> dict[str, Any]:
        try:
            body = await request.body()
        except BodyTooLarge:
            raise _Refused(413, f"a request body may hold at most {MAX_BODY_BYTES} bytes") from None
        try:
            value = json.loads(body)
        except ValueError:
            raise _Refused(400, "the request is not JSON") from None
        if not isinstance(value, dict) or not isinstance(value.get("path"), str):
            raise _Refused(400, "the request names no item")
        if not isinstance(value.get("sha256"), str):
            raise _Refused(400, "the request does not say which version it was made from")
        return value

    async def preview(self, request: Request) -> Response:
        return await self._answer(request, self._preview)

    async def save(self, request: Request) -> Response:
        return await self._answer(request, self._save)

    async def undo(self, request: Request) -> Response:
        return await self._answer(request, self._undo)

    async def _answer(
        self, request: Request, handler: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> Response:
        try:
            value = await self._json(request)
            result: dict[str, Any] = handler(value)
        except _Refused as exc:
            return JSONResponse({"ok": False, "error": exc.message}, exc.status)
        except StaleVersion as exc:
            return JSONResponse({"ok": False, "error": exc.message, "stale": True}, 409)
        except edits.EditRefused as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, 422)
        except StoreError as exc:
            return JSONResponse({"ok": False, "error": exc.message}, 404)
        except NewsmlKitError as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, 422)
        return JSONResponse({"ok": True, **result})

    def _edited(self, value: dict[str, Any]) -> tuple[Loaded, NewsItem]:
        loaded = self.store.load(value["path"], base_sha256=value["sha256"])
        return loaded, edits.apply_all(loaded.item, edits.parse_edits(value.get("edits", [])))

    def _preview(self, value: dict[str, Any]) -> dict[str, Any]:
        _, item = self._edited(value)
        return self._fragments(item)

    def _save(self, value: dict[str, Any]) -> dict[str, Any]:
        status = value.get("status")
        if status not in (ReviewStatus.CORRECTED.value, ReviewStatus.APPROVED.value):
            raise _Refused(400, "a save sets the status corrected or approved")
        loaded, item = self._edited(value)
        saved = self.store.save(value["path"], item, loaded.sha256, ReviewStatus(status))
        following = unreviewed_after(self.store.queue(), saved.path)
        return {
            "sha256": saved.sha256,
            "version": saved.item.version,
            "status": status,
            "next_unreviewed": following.path if following is not None else "",
        }

    def _undo(self, value: dict[str, Any]) -> dict[str, Any]:
        restored = self.store.undo(value["path"], value["sha256"])
        return {"sha256": restored.sha256, "version": restored.item.version}


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def create_app(store: Store, secrets_: Secrets, port: int) -> ASGIApp:
    review = Review(store, secrets_)
    app = Starlette(routes=review.routes())
    return Guard(app, secrets_, port)


def item_url(path: str) -> str:
    return "/item?path=" + quote(path, safe="/")
