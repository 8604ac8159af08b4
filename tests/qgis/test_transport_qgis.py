"""The QGIS transport against a real local HTTP server."""

import threading
import time

import pytest
from qgis.core import QgsFeedback

from smartcity_qgis.core.errors import Cancelled, FormatError, HttpError, TransportError
from smartcity_qgis.qgisbridge.log import LOG_TAB
from smartcity_qgis.qgisbridge.transport import QgisTransport
from tests.support.http_server import BASIC_PASSWORD, BASIC_USER, SLOW_SECONDS


def test_ok_json(local_server):
    response = QgisTransport().get(local_server.url("/ok"))
    assert response.status == 200
    assert response.json() == {"ok": True, "text": "Grüße"}
    assert response.header("content-type") == "application/json"


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
