"""The in-QGIS transport: QgsBlockingNetworkRequest with the user's proxy, authcfg and cancel.

QGIS's request would follow a redirect itself and send the authcfg's credentials to wherever it
points (and QGIS 3.40 does not resolve a relative ``Location``); here Qt stops at every redirect
and the core's rules decide: resolve against the request URL, credentials only for the origin of
the configured service, a bounded number of hops. The same request watches its size and overall
duration and is aborted once over the limits of the Smart City settings.
"""

from qgis.core import QgsBlockingNetworkRequest, QgsFeedback
from qgis.PyQt.QtCore import QByteArray, Qt, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.errors import Cancelled, TransportError
from ..core.transport import (
    MEGABYTE,
    Limits,
    Progress,
    Response,
    connection_error,
    origin,
    redact_url,
    send_following_redirects,
    timeout_error,
)
from .log import log_info
from .settings import setting

TIMEOUT_ERRORS = (QNetworkReply.TimeoutError, QNetworkReply.OperationCanceledError)


def limits_from_settings(timeout_s=None):
    """The request :class:`Limits` of the Smart City settings (``timeout_s`` overrides one)."""
    return Limits(
        timeout_s=timeout_s if timeout_s is not None else setting("network/timeout_s"),
        deadline_s=setting("network/deadline_s"),
        max_bytes=setting("network/max_response_mb") * MEGABYTE,
    )


class QgisTransport:
    """GET/POST through QGIS's network manager; raises the core's typed transport errors.

    ``authcfg`` is the id of a QGIS authentication configuration: credentials stay in the
    QGIS auth database and never appear in URLs, logs or project files. They are applied only to
    requests to the origin of ``service_url`` (default: the first URL requested).
    """

    def __init__(self, authcfg="", timeout_s=None, feedback=None, headers=None, service_url=None):
        self.authcfg = authcfg or ""
        self.limits = limits_from_settings(timeout_s)
        self.feedback = feedback
        self.headers = dict(headers or {})
        self.auth_origin = origin(service_url) if service_url else None

    @property
    def timeout_s(self):
        return self.limits.timeout_s

    def get(self, url, headers=None):
        """GET ``url`` and return the checked :class:`Response`."""
        return self._send("GET", url, headers)

    def post(self, url, body, headers=None):
        """POST ``body`` (bytes) to ``url`` and return the checked :class:`Response`."""
        return self._send("POST", url, headers, body)

    def _cancelled(self):
        return self.feedback is not None and self.feedback.isCanceled()

    def _send(self, method, url, headers, body=None):
        if self.auth_origin is None:
            self.auth_origin = origin(url)

        def send_once(method, url, body, authenticate):
            return self._send_once(method, url, headers, body, authenticate)

        return send_following_redirects(send_once, method, url, body, self.auth_origin)

    def _send_once(self, method, url, headers, body, authenticate):
        if self._cancelled():
            raise Cancelled()
        request = QNetworkRequest(QUrl(url))
        for name, value in {**self.headers, **(headers or {})}.items():
            request.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        request.setTransferTimeout(int(self.limits.timeout_s * 1000))
        # Qt stops at the first redirect and hands it back (as "too many redirects") with its Location
        request.setAttribute(
            QNetworkRequest.RedirectPolicyAttribute, QNetworkRequest.NoLessSafeRedirectPolicy
        )
        request.setMaximumRedirectsAllowed(0)
        blocking = QgsBlockingNetworkRequest()
        if authenticate:
            blocking.setAuthCfg(self.authcfg)
        stop = QgsFeedback()  # aborts this request: on cancel, or when over the limits
        if self.feedback is not None:
            # direct: the user's cancel may come from any thread while this one waits for the reply
            self.feedback.canceled.connect(stop.cancel, Qt.DirectConnection)
        progress = Progress(url, self.limits)
        refused = []

        def watch(received, total):
            try:
                progress.check(received, total)
            except TransportError as error:
                refused.append(error)
                stop.cancel()

        # direct: checked in the thread that downloads, as the bytes arrive
        blocking.downloadProgress.connect(watch, Qt.DirectConnection)
        log_info(f"{method} {redact_url(url)}")
        try:
            if body is None:
                blocking.get(request, True, stop)
            else:
                blocking.post(request, QByteArray(body), True, stop)
        finally:
            if self.feedback is not None:
                self.feedback.canceled.disconnect(stop.cancel)
        if self._cancelled():
            raise Cancelled()
        if refused:
            raise refused[0]
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if status is None:
            if reply.error() in TIMEOUT_ERRORS:
                raise timeout_error(url, self.limits.timeout_s)
            raise connection_error(url, reply.errorString() or blocking.errorMessage())
        response_headers = {
            bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
            for name in reply.rawHeaderList()
        }
        content = bytes(reply.content())
        progress.check(len(content))  # a body that arrived in one piece
        return Response(url, int(status), content, response_headers)
