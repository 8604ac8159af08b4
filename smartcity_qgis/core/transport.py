"""The HTTP transport seam shared by all connectors.

Connectors only see :class:`Response` and the ``get``/``post`` methods of a transport.
Inside QGIS the transport is ``qgisbridge.transport.QgisTransport`` (proxy, authcfg, cancel);
outside QGIS it is :class:`RequestsTransport`. Both raise the same typed errors and share the rules
here: redirects are followed by this module, not by the HTTP library (relative ``Location``
headers are resolved against the request URL, at most :data:`MAX_REDIRECTS`); credentials go only
to the origin (scheme, host, port) of the configured service, so a paging link or redirect to
another origin is followed without them; an answer larger than ``Limits.max_bytes`` is refused
before it is read whole, and a request that takes longer than ``Limits.deadline_s`` in all is
stopped however steadily its bytes drip in.
"""

import contextlib
import gc
import html
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from .errors import JSON_ERRORS, N_, Cancelled, FormatError, HttpError, TransportError

SENSITIVE_QUERY_KEYS = frozenset(
    {"token", "access_token", "apikey", "api_key", "key", "password", "passwd", "secret", "auth"}
)
REASON_MAX_CHARS = 300
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 10
DEFAULT_PORTS = {"http": 80, "https": 443}
MEGABYTE = 1 << 20


@dataclass(frozen=True)
class Limits:
    """How long a request may wait for the next byte, how long it may take in all, how large its
    answer may be."""

    timeout_s: float = 30.0
    deadline_s: float = 300.0
    max_bytes: int = 100 * MEGABYTE


def origin(url):
    """``(scheme, host, port)`` of ``url``, with the scheme's default port filled in."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port or DEFAULT_PORTS.get(scheme)


def redact_url(url):
    """The URL without user:password and with secret-looking query values masked."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    query = urlencode(
        [
            (key, "***" if key.lower() in SENSITIVE_QUERY_KEYS else value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
        ],
        safe="$@,:()'/ ",
    )
    return urlunsplit((parts.scheme, host, parts.path, query, ""))


def has_secrets(url):
    """Whether ``url`` carries a user name, password or secret-looking query value."""
    parts = urlsplit(url)
    keys = {key.lower() for key, _value in parse_qsl(parts.query, keep_blank_values=True)}
    return bool(parts.username or parts.password or keys & SENSITIVE_QUERY_KEYS)


@dataclass(frozen=True)
class Response:
    """An HTTP answer: final URL, status, lower-case headers and the raw body."""

    url: str
    status: int
    body: bytes
    headers: dict = field(default_factory=dict)

    def header(self, name, default=None):
        """A response header by case-insensitive name."""
        return self.headers.get(name.lower(), default)

    def json(self):
        """The body parsed as JSON, or a :class:`FormatError` naming the URL."""
        try:
            with collector_paused():
                return json.loads(self.body.decode("utf-8-sig"))
        except JSON_ERRORS as error:
            raise FormatError(
                N_("The server at {url} did not send valid JSON ({detail})."),
                url=redact_url(self.url),
                detail=str(error),
            ) from None


@contextlib.contextmanager
def collector_paused():
    """Pause Python's cycle collector while decoding JSON, which makes no reference cycles: in QGIS,
    whose heap holds many objects, its full passes over a page's thousands of new lists cost more
    than the decoding itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def error_reason(body):
    """A short, single-line reason from an error body: its JSON message field, the title of an HTML
    page (never its markup), or the text."""
    text = body.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text)
    except JSON_ERRORS:
        data = None
    if isinstance(data, dict):
        for key in ("message", "detail", "description", "error", "title"):
            if isinstance(data.get(key), str):
                text = data[key]
                break
    elif text.startswith("<"):
        text = html_summary(text)
    text = " ".join(text.split())
    return text[:REASON_MAX_CHARS]


def html_summary(page):
    """The title (else the first heading, else the text) of an HTML page, without markup."""
    for pattern in (r"<title[^>]*>(.*?)</title>", r"<h1[^>]*>(.*?)</h1>"):
        found = re.search(pattern, page, re.IGNORECASE | re.DOTALL)
        if found and found.group(1).strip():
            return html.unescape(re.sub(r"<[^>]+>", " ", found.group(1)))
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.IGNORECASE | re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def checked(response):
    """Return ``response`` if its status is below 400, else raise :class:`HttpError`."""
    if response.status >= 400:
        raise HttpError(response.status, redact_url(response.url), error_reason(response.body))
    return response


def timeout_error(url, seconds):
    return TransportError(
        N_(
            "No answer from {url} within {seconds} s (timeout). Try again later or raise the "
            "network timeout in the Smart City settings."
        ),
        url=redact_url(url),
        seconds=seconds,
    )


def connection_error(url, reason):
    return TransportError(N_("Could not connect to {url}: {reason}"), url=redact_url(url), reason=reason)


class Progress:
    """Checks a download against its :class:`Limits` as bytes arrive."""

    def __init__(self, url, limits):
        self.url = url
        self.limits = limits
        self.started = time.monotonic()

    def check(self, received, announced=-1):
        """Raise :class:`TransportError` once the answer is (or announces to be) too large, or the
        request has taken too long in all."""
        if max(received, announced) > self.limits.max_bytes:
            raise TransportError(
                N_(
                    "The answer from {url} is larger than {limit:g} MB and was not read (the limit is set "
                    "in the Smart City settings)."
                ),
                url=redact_url(self.url),
                limit=self.limits.max_bytes / MEGABYTE,
            )
        if time.monotonic() - self.started > self.limits.deadline_s:
            raise TransportError(
                N_(
                    "The answer from {url} took longer than {seconds:g} s in all and was stopped (the limit "
                    "is set in the Smart City settings)."
                ),
                url=redact_url(self.url),
                seconds=self.limits.deadline_s,
            )


def _follow_redirects(send_once, method, url, body, auth_origin):
    """The checked final :class:`Response` of a request, following redirects here.

    ``send_once(method, url, body, authenticate)`` sends one request without following redirects;
    ``authenticate`` is true only for URLs of ``auth_origin``. A 303 (and a 301/302 after POST)
    continues as GET, as browsers do.
    """
    for _hop in range(MAX_REDIRECTS + 1):
        response = send_once(method, url, body, auth_origin is not None and origin(url) == auth_origin)
        if response.status not in REDIRECT_STATUSES:
            return checked(response)
        location = (response.header("location") or "").strip()
        target = urljoin(url, location)
        if not location or urlsplit(target).scheme.lower() not in DEFAULT_PORTS:
            raise TransportError(
                N_("The server at {url} redirected to an unusable address ({location})."),
                url=redact_url(url),
                location=redact_url(location) if location else "–",
            )
        if response.status == 303 or (response.status in (301, 302) and method == "POST"):
            method, body = "GET", None
        url = target
    raise TransportError(
        N_("Too many redirects (more than {count}) at {url}; stopped."),
        count=MAX_REDIRECTS,
        url=redact_url(url),
    )


class Transport:
    """What both transports share: GET/POST, redirects followed by :func:`_follow_redirects` and
    credentials only for ``auth_origin`` (the configured service's; default: the first URL
    requested). Subclasses send one request in ``_send_once(method, url, headers, body,
    authenticate)`` without following redirects."""

    limits = Limits()
    auth_origin = None

    @property
    def timeout_s(self):
        return self.limits.timeout_s

    def get(self, url, headers=None):
        """GET ``url`` and return the checked :class:`Response`."""
        return self._send("GET", url, headers)

    def post(self, url, body, headers=None):
        """POST ``body`` (bytes) to ``url`` and return the checked :class:`Response`."""
        return self._send("POST", url, headers, body)

    def _send(self, method, url, headers, body=None):
        if self.auth_origin is None:
            self.auth_origin = origin(url)

        def send_once(method, url, body, authenticate):
            return self._send_once(method, url, headers, body, authenticate)

        return _follow_redirects(send_once, method, url, body, self.auth_origin)

    def _send_once(self, method, url, headers, body, authenticate):
        raise NotImplementedError


class RequestsTransport(Transport):
    """Transport for use outside QGIS (scripts, tests of the pure core), based on requests.

    ``auth`` (user, password) is sent only to the origin of ``service_url`` (default: the first
    URL requested).
    """

    def __init__(
        self, timeout_s=30.0, auth=None, headers=None, is_cancelled=None, limits=None, service_url=None
    ):
        import requests

        self._requests = requests
        self._session = requests.Session()
        # user and password as UTF-8 (RFC 7617), so umlauts in passwords work
        self._auth = tuple(part.encode("utf-8") for part in auth) if auth else None
        self._session.headers.update(headers or {})
        self.limits = limits or Limits(timeout_s=timeout_s)
        self.auth_origin = origin(service_url) if service_url else None
        self._is_cancelled = is_cancelled or (lambda: False)

    def _send_once(self, method, url, headers, body, authenticate):
        if self._is_cancelled():
            raise Cancelled()
        progress = Progress(url, self.limits)
        try:
            reply = self._session.request(
                method,
                url,
                headers=headers,
                data=body,
                timeout=self.limits.timeout_s,
                auth=self._auth if authenticate else None,
                allow_redirects=False,
                stream=True,
            )
            with reply:
                content = self._read(reply, progress)
        except self._requests.Timeout:
            raise timeout_error(url, self.limits.timeout_s) from None
        except self._requests.RequestException as error:
            if "timed out" in str(error):  # a read timeout while the body streams in
                raise timeout_error(url, self.limits.timeout_s) from None
            progress.check(0)  # the deadline watchdog closed the connection
            raise connection_error(url, type(error).__name__) from None
        headers = {name.lower(): value for name, value in reply.headers.items()}
        return Response(url, reply.status_code, content, headers)

    def _read(self, reply, progress):
        """The body, read chunk by chunk against the limits. A watchdog shuts the connection at the
        deadline, as a read waiting for a dripping server would not return before."""
        progress.check(0, int(reply.headers.get("Content-Length") or -1))
        remaining = self.limits.deadline_s - (time.monotonic() - progress.started)
        watchdog = threading.Timer(max(remaining, 0.0), shut_connection, (reply,))
        watchdog.start()
        try:
            chunks, received = [], 0
            for chunk in reply.iter_content(64 * 1024):
                received += len(chunk)
                progress.check(received)
                if self._is_cancelled():
                    raise Cancelled()
                chunks.append(chunk)
        finally:
            watchdog.cancel()
        return b"".join(chunks)


def shut_connection(reply):
    """Shut the socket under a streamed requests answer, so a blocked read returns at once."""
    connection = getattr(reply.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):  # already closed
            sock.shutdown(socket.SHUT_RDWR)
