"""The HTTP transport seam shared by all connectors.

Connectors only see :class:`Response` and the ``get``/``post`` methods of a transport.
Inside QGIS the transport is ``qgisbridge.transport.QgisTransport`` (proxy, authcfg, cancel);
outside QGIS it is :class:`RequestsTransport`. Both raise the same typed errors.
"""

import json
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .errors import N_, Cancelled, FormatError, HttpError, TransportError

SENSITIVE_QUERY_KEYS = frozenset(
    {"token", "access_token", "apikey", "api_key", "key", "password", "passwd", "secret", "auth"}
)
REASON_MAX_CHARS = 300


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
            return json.loads(self.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise FormatError(
                N_("The server at {url} did not send valid JSON ({detail})."),
                url=redact_url(self.url),
                detail=str(error),
            ) from None


def error_reason(body):
    """A short, single-line reason from an error body (JSON message field or text)."""
    text = body.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, dict):
        for key in ("message", "detail", "description", "error", "title"):
            if isinstance(data.get(key), str):
                text = data[key]
                break
    text = " ".join(text.split())
    return text[:REASON_MAX_CHARS]


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


class RequestsTransport:
    """Transport for use outside QGIS (scripts, tests of the pure core), based on requests."""

    def __init__(self, timeout_s=30.0, auth=None, headers=None, is_cancelled=None):
        import requests

        self._requests = requests
        self._session = requests.Session()
        # user and password as UTF-8 (RFC 7617), so umlauts in passwords work
        self._session.auth = tuple(part.encode("utf-8") for part in auth) if auth else None
        self._session.headers.update(headers or {})
        self.timeout_s = timeout_s
        self._is_cancelled = is_cancelled or (lambda: False)

    def get(self, url, headers=None):
        """GET ``url`` and return the checked :class:`Response`."""
        return self._send("GET", url, headers)

    def post(self, url, body, headers=None):
        """POST ``body`` (bytes) to ``url`` and return the checked :class:`Response`."""
        return self._send("POST", url, headers, body)

    def _send(self, method, url, headers, body=None):
        if self._is_cancelled():
            raise Cancelled()
        try:
            reply = self._session.request(method, url, headers=headers, data=body, timeout=self.timeout_s)
        except self._requests.Timeout:
            raise timeout_error(url, self.timeout_s) from None
        except self._requests.ConnectionError as error:
            raise connection_error(url, type(error).__name__) from None
        if self._is_cancelled():
            raise Cancelled()
        headers = {name.lower(): value for name, value in reply.headers.items()}
        return checked(Response(reply.url, reply.status_code, reply.content, headers))
