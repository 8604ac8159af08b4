"""The in-QGIS transport: QGIS's network access manager with the user's proxy, authcfg and cancel.

Requests go through QGIS's network access manager of the GUI thread (proxy, SSL and cache
settings). A request made in a worker thread (a background task) is sent and read there too, and
the worker waits for its outcome as plain values: PyQt watches every C++-made QObject that Python
wraps and hears of its deletion through a signal queued to the GUI thread, so a reply wrapped and
deleted in a worker thread could have a later reply at the same address marked as deleted, or
corrupt that bookkeeping. Replies are therefore only ever wrapped and deleted in the GUI thread.

QgsBlockingNetworkRequest is not used: it follows redirects itself and applies the authentication
configuration to wherever they point (and QGIS 3.40 does not resolve a relative ``Location``).
Here every redirect comes back as it is and the core's rules decide: resolve against the request
URL, credentials only for the origin of the configured service, a bounded number of hops. Each
request watches its size and overall duration and is aborted once over the limits of the Smart City
settings.
"""

import functools
import threading
import time
import traceback

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QObject, QTimer, QUrl, pyqtSignal, pyqtSlot
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
WATCH_MS = 100  # how often a running request looks at cancel and its overall deadline
UNANSWERED_GRACE_S = 5  # a worker gives up this long after the deadline if the GUI thread never answers


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
        log_info(f"{method} {redact_url(url)}")
        here = threading.current_thread() is threading.main_thread()
        outcome = Outcome(
            url,
            {**self.headers, **(headers or {})},
            body,
            self.authcfg if authenticate else "",
            Progress(url, self.limits),
            self.feedback if here else None,  # a worker watches its own feedback
        )
        if here:
            self._run_here(outcome)
        else:
            self._run_in_gui_thread(outcome)
        if self._cancelled():
            raise Cancelled()
        if outcome.refused:
            raise outcome.refused[0]
        if outcome.status is None:
            if outcome.timed_out:
                raise timeout_error(url, self.limits.timeout_s)
            raise connection_error(url, outcome.error_text)
        return Response(url, outcome.status, b"".join(outcome.chunks), outcome.headers)

    def _run_here(self, outcome):
        """Send and read ``outcome``'s request in this (the GUI) thread, in a local event loop."""
        exchange = Exchange(outcome)
        loop = QEventLoop()
        exchange.ended.connect(loop.quit)
        exchange.start()
        if not outcome.ended.is_set():
            loop.exec()

    def _run_in_gui_thread(self, outcome):
        """Have the GUI thread send and read ``outcome``'s request and wait for it; on cancel, or
        when the GUI thread does not answer in time, the request is abandoned (and aborted there)."""
        gui_thread().requested.emit(outcome)
        give_up = time.monotonic() + self.limits.deadline_s + UNANSWERED_GRACE_S
        while not outcome.ended.wait(WATCH_MS / 1000):
            if self._cancelled():
                outcome.abandoned = True
                raise Cancelled()
            if time.monotonic() > give_up:
                outcome.abandoned = True
                outcome.progress.check(outcome.received)  # raises: over the deadline


class Outcome:
    """One request and its answer as plain values: filled in the GUI thread, read by the caller."""

    def __init__(self, url, headers, body, authcfg, progress, feedback):
        self.url = url
        self.headers_sent = headers
        self.body = body
        self.authcfg = authcfg
        self.progress = progress
        self.feedback = feedback
        self.chunks = []
        self.received = 0
        self.refused = []
        self.status = None
        self.headers = {}
        self.timed_out = False
        self.error_text = ""
        self.abandoned = False
        self.ended = threading.Event()

    def should_stop(self):
        """Whether the caller gave up waiting or (in the GUI thread) cancelled."""
        return self.abandoned or (self.feedback is not None and self.feedback.isCanceled())


class GuiThread(QObject):
    """Starts the requests of worker threads in the GUI thread (it lives there)."""

    requested = pyqtSignal(object)

    def __init__(self):
        super().__init__()
        self.requested.connect(self.start)

    @pyqtSlot(object)
    def start(self, outcome):
        if outcome.abandoned:  # nobody waits for it any more: not sent at all
            return
        exchange = Exchange(outcome, self)
        exchange.ended.connect(exchange.deleteLater)
        exchange.start()


_GUI_THREAD = []
_GUI_THREAD_LOCK = threading.Lock()


def gui_thread():
    """The :class:`GuiThread` (made on first use, and moved to the GUI thread if need be)."""
    with _GUI_THREAD_LOCK:
        if not _GUI_THREAD:
            starter = GuiThread()
            starter.moveToThread(QgsApplication.instance().thread())
            _GUI_THREAD.append(starter)
        return _GUI_THREAD[0]


def guarded(slot):
    """A step of an :class:`Exchange` run from the GUI thread's event loop: an exception escaping
    it would abort QGIS (PyQt), so it stops the download and is reported as a transport error
    instead."""

    @functools.wraps(slot)
    def run(exchange, *arguments):
        try:
            slot(exchange, *arguments)
        except Exception as error:  # noqa: BLE001 — see above; the log keeps the traceback
            log_error(traceback.format_exc())
            exchange.outcome.refused.append(
                TransportError(
                    N_("Reading the answer from {url} failed ({detail})."),
                    url=redact_url(exchange.outcome.url),
                    detail=str(error),
                )
            )
            exchange.stop()

    return run


class Exchange(QObject):
    """One request in the GUI thread: sends it, collects the body as it arrives, aborts it on
    cancel or once over the limits, and fills its :class:`Outcome` when the reply has finished.
    Qt buffers at most :data:`READ_BUFFER` bytes ahead, so a huge answer is stopped before it is
    downloaded."""

    ended = pyqtSignal()

    def __init__(self, outcome, parent=None):
        super().__init__(parent)
        self.outcome = outcome
        self.reply = None
        self.watch = QTimer(self)
        self.watch.timeout.connect(self.check)

    @guarded
    def start(self):
        """Send the request; :attr:`ended` follows (also when it cannot be sent)."""
        outcome = self.outcome
        request = QNetworkRequest(QUrl(outcome.url))
        for name, value in outcome.headers_sent.items():
            request.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        request.setTransferTimeout(int(outcome.progress.limits.timeout_s * 1000))
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.ManualRedirectPolicy,
        )
        # Platform answers are data, not map tiles: always fresh, and never written to QGIS's disk
        # cache, where they would displace the user's tiles (and cost a write and a scan of the
        # cache folder in every new QGIS process).
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.AlwaysNetwork,
        )
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        auth = QgsApplication.authManager()
        if outcome.authcfg and not auth.updateNetworkRequest(request, outcome.authcfg):
            outcome.refused.append(
                TransportError(
                    N_("The authentication configuration of {url} cannot be applied."),
                    url=redact_url(outcome.url),
                )
            )
            self.stop()
            return
        manager = QgsNetworkAccessManager.instance()
        body = outcome.body
        self.reply = manager.get(request) if body is None else manager.post(request, QByteArray(body))
        self.reply.finished.connect(self.finish)
        if outcome.authcfg:
            auth.updateNetworkReply(self.reply, outcome.authcfg)
        self.reply.setReadBufferSize(READ_BUFFER)
        self.reply.readyRead.connect(self.take)
        self.reply.downloadProgress.connect(self.announced)
        self.watch.start(WATCH_MS)  # a silent server still meets the deadline; cancel is seen

    @pyqtSlot()
    @guarded
    def take(self):
        chunk = bytes(self.reply.readAll())
        if chunk and not self.outcome.refused:
            self.outcome.chunks.append(chunk)
            self.outcome.received += len(chunk)
            self._check()

    @pyqtSlot("qint64", "qint64")
    @guarded
    def announced(self, _received, total):
        self._check(total)

    @pyqtSlot()
    @guarded
    def check(self):
        if self.outcome.should_stop():
            self.stop()
        else:
            self._check()

    @pyqtSlot()
    def finish(self):
        try:
            self._collect()
        finally:
            self.reply.deleteLater()
            self.reply = None
            self._end()

    @guarded
    def _collect(self):
        self.take()
        reply, outcome = self.reply, self.outcome
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        outcome.status = None if status is None else int(status)
        outcome.headers = {
            bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
            for name in reply.rawHeaderList()
        }
        outcome.timed_out = reply.error() in TIMEOUT_ERRORS
        outcome.error_text = reply.errorString()

    def stop(self):
        """Abort the reply (its end follows), or end at once if none is running."""
        if self.reply is not None:
            self.reply.abort()
        elif not self.outcome.ended.is_set():
            self._end()

    def _end(self):
        self.watch.stop()
        self.outcome.ended.set()
        self.ended.emit()

    def _check(self, announced=-1):
        try:
            self.outcome.progress.check(self.outcome.received, announced)
        except TransportError as error:
            self.outcome.refused.append(error)
            self.stop()
