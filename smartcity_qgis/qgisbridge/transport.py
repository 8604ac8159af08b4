"""The in-QGIS transport: QGIS's network access manager with the user's proxy, authcfg and cancel.

Requests go through QGIS's network access manager of the calling thread (proxy, SSL, cache
settings) with a local event loop. QgsBlockingNetworkRequest is not used: it follows redirects
itself and applies the authentication configuration to wherever they point (and QGIS 3.40 does
not resolve a relative ``Location``). Here every redirect comes back as it is and the core's
rules decide: resolve against the request URL, credentials only for the origin of the configured
service, a bounded number of hops. Each request watches its size and overall duration and is
aborted once over the limits of the Smart City settings.
"""

import contextlib
import functools
import traceback

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QObject, Qt, QTimer, QUrl, pyqtSlot
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.errors import N_, Cancelled, TransportError
from ..core.transport import (
    MEGABYTE,
    Limits,
    Progress,
    Response,
    Transport,
    connection_error,
    origin,
    redact_url,
    timeout_error,
)
from .log import log_error, log_info
from .settings import setting

TIMEOUT_ERRORS = (QNetworkReply.NetworkError.TimeoutError, QNetworkReply.NetworkError.OperationCanceledError)
READ_BUFFER = 1 << 20  # bytes Qt reads ahead of this transport


def limits_from_settings(timeout_s=None):
    """The request :class:`Limits` of the Smart City settings (``timeout_s`` overrides one)."""
    return Limits(
        timeout_s=timeout_s if timeout_s is not None else setting("network/timeout_s"),
        deadline_s=setting("network/deadline_s"),
        max_bytes=setting("network/max_response_mb") * MEGABYTE,
    )


class QgisTransport(Transport):
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

    def _cancelled(self):
        return self.feedback is not None and self.feedback.isCanceled()

    def _send_once(self, method, url, headers, body, authenticate):
        if self._cancelled():
            raise Cancelled()
        request = QNetworkRequest(QUrl(url))
        for name, value in {**self.headers, **(headers or {})}.items():
            request.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        request.setTransferTimeout(int(self.limits.timeout_s * 1000))
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.ManualRedirectPolicy,
        )
        authenticate = authenticate and bool(self.authcfg)
        if authenticate and not QgsApplication.authManager().updateNetworkRequest(request, self.authcfg):
            raise TransportError(
                N_("The authentication configuration of {url} cannot be applied."), url=redact_url(url)
            )
        log_info(f"{method} {redact_url(url)}")
        manager = QgsNetworkAccessManager.instance()  # this thread's: proxy, SSL and timeout settings
        reply = manager.get(request) if body is None else manager.post(request, QByteArray(body))
        if authenticate:
            QgsApplication.authManager().updateNetworkReply(reply, self.authcfg)
        try:
            body, refused = self._read(reply, Progress(url, self.limits))
            if self._cancelled():
                raise Cancelled()
            if refused:
                raise refused[0]
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            if status is None:
                if reply.error() in TIMEOUT_ERRORS:
                    raise timeout_error(url, self.limits.timeout_s)
                raise connection_error(url, reply.errorString())
            response_headers = {
                bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
                for name in reply.rawHeaderList()
            }
            return Response(url, int(status), body, response_headers)
        finally:
            reply.deleteLater()

    def _read(self, reply, progress):
        """The body of ``reply``, read as it arrives in an event loop; the reply is aborted on cancel
        or once over the limits. Returns ``(body, limit errors met)``. Qt buffers at most
        :data:`READ_BUFFER` bytes ahead, so a huge answer is stopped before it is downloaded."""
        reader = ReplyReader(reply, progress)
        reply.setReadBufferSize(READ_BUFFER)
        loop = QEventLoop()
        reply.readyRead.connect(reader.take)
        reply.downloadProgress.connect(reader.announced)
        reply.finished.connect(loop.quit)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(reader.check)  # a silent server still meets the deadline
        deadline.start(int(self.limits.deadline_s * 1000) + 1)
        if self.feedback is not None:
            # direct: the user's cancel may come from any thread while this one waits for the reply
            self.feedback.canceled.connect(reader.abort, Qt.ConnectionType.DirectConnection)
        try:
            if not reply.isFinished():
                loop.exec()
            reader.take()
        finally:
            deadline.stop()
            if self.feedback is not None:
                self.feedback.canceled.disconnect(reader.abort)
        return b"".join(reader.chunks), reader.refused


def guarded(slot):
    """A :class:`ReplyReader` slot: an exception escaping it would abort QGIS (PyQt), so it stops
    the download and is reported as a transport error instead."""

    @functools.wraps(slot)
    def run(reader, *arguments):
        try:
            slot(reader, *arguments)
        except Exception as error:  # noqa: BLE001 — see above; the log keeps the traceback
            log_error(traceback.format_exc())
            reader.refused.append(
                TransportError(
                    N_("Reading the answer from {url} failed ({detail})."),
                    url=redact_url(reader.progress.url),
                    detail=str(error),
                )
            )
            with contextlib.suppress(RuntimeError):
                reader.reply.abort()

    return run


class ReplyReader(QObject):
    """Collects a reply's body as it arrives and aborts it once over the limits.

    Its slots are methods of a QObject, so no Python function is connected to the reply or the
    feedback: each such connection goes through a PyQt slot proxy, and with those, requests in
    worker threads while the GUI thread handled events now and then found their reply's wrapper
    already marked as deleted, or crashed QGIS.
    """

    def __init__(self, reply, progress):
        super().__init__()
        self.reply = reply
        self.progress = progress
        self.chunks = []
        self.received = 0
        self.refused = []

    @pyqtSlot()
    @guarded
    def take(self):
        chunk = bytes(self.reply.readAll())
        if chunk and not self.refused:
            self.chunks.append(chunk)
            self.received += len(chunk)
            self._check()

    @pyqtSlot("qint64", "qint64")
    @guarded
    def announced(self, _received, total):
        self._check(total)

    @pyqtSlot()
    @guarded
    def check(self):
        self._check()

    @pyqtSlot()
    def abort(self):
        self.reply.abort()

    def _check(self, announced=-1):
        try:
            self.progress.check(self.received, announced)
        except TransportError as error:
            self.refused.append(error)
            self.reply.abort()
