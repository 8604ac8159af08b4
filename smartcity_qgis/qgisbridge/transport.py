"""The in-QGIS transport: QgsBlockingNetworkRequest with the user's proxy, authcfg and cancel."""

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.errors import Cancelled
from ..core.transport import Response, checked, connection_error, redact_url, timeout_error
from .log import log_info
from .settings import setting

TIMEOUT_ERRORS = (QNetworkReply.TimeoutError, QNetworkReply.OperationCanceledError)


class QgisTransport:
    """GET/POST through QGIS's network manager; raises the core's typed transport errors.

    ``authcfg`` is the id of a QGIS authentication configuration: credentials stay in the
    QGIS auth database and never appear in URLs, logs or project files.
    """

    def __init__(self, authcfg="", timeout_s=None, feedback=None, headers=None):
        self.authcfg = authcfg or ""
        self.timeout_s = timeout_s if timeout_s is not None else setting("network/timeout_s")
        self.feedback = feedback
        self.headers = dict(headers or {})

    def get(self, url, headers=None):
        """GET ``url`` and return the checked :class:`Response`."""
        return self._send(url, headers)

    def post(self, url, body, headers=None):
        """POST ``body`` (bytes) to ``url`` and return the checked :class:`Response`."""
        return self._send(url, headers, body)

    def _cancelled(self):
        return self.feedback is not None and self.feedback.isCanceled()

    def _send(self, url, headers, body=None):
        if self._cancelled():
            raise Cancelled()
        request = QNetworkRequest(QUrl(url))
        for name, value in {**self.headers, **(headers or {})}.items():
            request.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        request.setTransferTimeout(int(self.timeout_s * 1000))
        request.setAttribute(
            QNetworkRequest.RedirectPolicyAttribute, QNetworkRequest.NoLessSafeRedirectPolicy
        )
        blocking = QgsBlockingNetworkRequest()
        blocking.setAuthCfg(self.authcfg)
        log_info(f"{'POST' if body is not None else 'GET'} {redact_url(url)}")
        if body is None:
            blocking.get(request, True, self.feedback)
        else:
            blocking.post(request, QByteArray(body), True, self.feedback)
        if self._cancelled():
            raise Cancelled()
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if status is None:
            if reply.error() in TIMEOUT_ERRORS:
                raise timeout_error(url, self.timeout_s)
            raise connection_error(url, reply.errorString() or blocking.errorMessage())
        final_url = reply.request().url().toString() or url
        response_headers = {
            bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
            for name in reply.rawHeaderList()
        }
        return checked(Response(final_url, int(status), bytes(reply.content()), response_headers))
