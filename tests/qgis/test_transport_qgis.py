"""The QGIS transport against a real local HTTP server."""

import threading
import time

import pytest
from qgis.core import QgsApplication, QgsFeedback

from smartcity_qgis.core.errors import Cancelled, FormatError, HttpError, TransportError
from smartcity_qgis.core.transport import Limits
from smartcity_qgis.qgisbridge import transport as qgis_transport
from smartcity_qgis.qgisbridge.log import LOG_TAB
from smartcity_qgis.qgisbridge.transport import Exchange, QgisTransport, gui_thread
from smartcity_qgis.ui.background import FunctionTask, Run
from tests.qgis.conftest import destroy_deferred, handle_events_until
from tests.support.http_server import BASIC_PASSWORD, BASIC_USER, SLOW_SECONDS


def test_ok_json(local_server):
    response = QgisTransport().get(local_server.url("/ok"))
    assert response.status == 200
    assert response.json() == {"ok": True, "text": "Grüße"}
    assert response.header("content-type") == "application/json"


def test_answers_are_always_fetched_and_never_kept_in_the_qgis_cache(local_server):
    from qgis.core import QgsNetworkAccessManager
    from qgis.PyQt.QtCore import QUrl

    url = local_server.url("/cacheable")
    cache = QgsNetworkAccessManager.instance().cache()
    assert cache is not None  # QGIS's disk cache is set up, so the test can tell
    answers = [QgisTransport().get(url).json()["served"] for _ in range(2)]
    assert answers[1] > answers[0]  # the second answer came from the server, not the cache
    assert not cache.metaData(QUrl(url)).isValid()


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/notfound", 404, "Not found"),
        ("/boom", 500, "database down"),
        ("/private", 401, "authentication configuration"),
    ],
)
def test_http_errors(local_server, path, status, words):
    with pytest.raises(HttpError) as raised:
        QgisTransport().get(local_server.url(path))
    assert raised.value.status == status
    assert words in str(raised.value) and local_server.url(path) in str(raised.value)


@pytest.mark.parametrize("path", ["/redirect", "/absredirect"])
def test_relative_and_absolute_redirects(local_server, path):
    assert QgisTransport().get(local_server.url(path)).json()["ok"] is True


def test_timeout(local_server):
    started = time.monotonic()
    with pytest.raises(TransportError, match="timeout"):
        QgisTransport(timeout_s=1).get(local_server.url("/slow"))
    assert time.monotonic() - started < SLOW_SECONDS


def test_connection_refused():
    with pytest.raises(TransportError, match="Could not connect"):
        QgisTransport(timeout_s=2).get("http://127.0.0.1:1/nothing")


def test_malformed_json(local_server):
    with pytest.raises(FormatError):
        QgisTransport().get(local_server.url("/malformed")).json()


def test_basic_auth_through_authcfg_keeps_credentials_out_of_the_log(local_server, basic_authcfg, messages):
    response = QgisTransport(authcfg=basic_authcfg).get(local_server.url("/private"))
    assert response.json() == {"private": True}
    [(path, headers)] = local_server.requests_seen
    assert headers["Authorization"].startswith("Basic ")
    assert any(local_server.url("/private") in message for message in messages)
    assert not any(BASIC_PASSWORD in message or BASIC_USER in message for message in messages)
    assert LOG_TAB == "Smart City"


def test_cancel_through_feedback_from_another_thread(local_server):
    feedback = QgsFeedback()
    timer = threading.Timer(0.3, feedback.cancel)
    timer.start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        QgisTransport(feedback=feedback, timeout_s=30).get(local_server.url("/slow"))
    assert time.monotonic() - started < SLOW_SECONDS - 1


def test_post(local_server):
    response = QgisTransport().post(local_server.url("/things"), b'{"name": "Pegel"}')
    assert response.status == 201
    assert response.json() == {"received": '{"name": "Pegel"}'}


def test_an_error_inside_a_download_slot_is_a_transport_error_not_an_abort(local_server, monkeypatch):
    from smartcity_qgis.core import transport

    def broken(self, received, announced=-1):
        raise ValueError("broken check")

    monkeypatch.setattr(transport.Progress, "check", broken)
    with pytest.raises(TransportError, match="failed \\(broken check\\)"):
        QgisTransport().get(local_server.url("/ok"))


def running_exchanges():
    """The GUI thread's exchanges that have not ended (ended ones are deleted first)."""
    destroy_deferred()
    return gui_thread().findChildren(Exchange)


def in_background_task(function):
    """``(ok, result, error)`` of ``function(feedback)`` run as a dock page's background task."""
    done = []
    task = FunctionTask("requests", function, QgsFeedback())
    task.on_finished = lambda ok, result, error: done.append((ok, result, error))
    Run(task, task.feedback).start()
    handle_events_until(lambda: done, 30, "the background task did not finish")
    destroy_deferred()
    return done[0]


def test_requests_from_background_tasks_each_get_their_answer(local_server):
    """1,200 requests from 60 background tasks while the GUI thread handles events (replies
    wrapped and deleted in worker threads were now and then found deleted half-way)."""

    def fetch(feedback):
        transport = QgisTransport(feedback=feedback)
        return [transport.get(local_server.url("/ok")).json() for _request in range(20)]

    answers = []
    for _task in range(60):
        ok, result, error = in_background_task(fetch)
        assert (ok, error) == (True, None)
        answers.extend(result)
    assert answers == [{"ok": True, "text": "Grüße"}] * 1200
    assert running_exchanges() == []


def in_worker_thread(function):
    """Start ``function()`` in a plain thread; returns what it returned or raised, once done."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except Exception as error:  # noqa: BLE001 — handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_a_worker_gives_up_when_the_gui_thread_never_answers_and_nothing_is_sent(local_server, monkeypatch):
    monkeypatch.setattr(qgis_transport, "UNANSWERED_GRACE_S", 0.5)
    transport = QgisTransport()
    transport.limits = Limits(timeout_s=1, deadline_s=1, max_bytes=1 << 20)
    started = time.monotonic()
    thread, outcome = in_worker_thread(lambda: transport.get(local_server.url("/ok")))
    thread.join(10)  # the GUI thread is busy here: it handles no events
    assert 1.4 < time.monotonic() - started < 5
    assert isinstance(outcome["error"], TransportError)
    assert "took longer than 1 s" in str(outcome["error"])
    handle_events_until(lambda: not running_exchanges(), 30, "the request did not end")
    QgsApplication.processEvents()  # the GUI thread now sees the abandoned request: not sent at all
    assert local_server.requests_seen == []


def test_cancel_of_a_request_in_a_worker_thread(local_server):
    feedback = QgsFeedback()
    transport = QgisTransport(feedback=feedback, timeout_s=30)
    thread, outcome = in_worker_thread(lambda: transport.get(local_server.url("/slow")))
    handle_events_until(lambda: running_exchanges(), 30, "the request did not start")
    started = time.monotonic()
    feedback.cancel()
    handle_events_until(
        lambda: not thread.is_alive() and not running_exchanges(), 30, "the request did not end"
    )
    assert time.monotonic() - started < 1
    assert isinstance(outcome["error"], Cancelled)
