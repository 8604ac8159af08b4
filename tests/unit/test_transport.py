"""The requests-based transport against a real local HTTP server."""

import pytest

from smartcity_qgis.core.errors import Cancelled, FormatError, HttpError, TransportError
from smartcity_qgis.core.transport import RequestsTransport, Response, redact_url
from tests.support.http_server import BASIC_PASSWORD, BASIC_USER


def test_ok_json_with_umlauts(local_server):
    response = RequestsTransport().get(local_server.url("/ok"))
    assert response.status == 200
    assert response.json() == {"ok": True, "text": "Grüße"}
    assert response.header("Content-Type") == "application/json"


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/notfound", 404, "Not found"),
        ("/boom", 500, "database down"),
        ("/private", 401, "authentication configuration"),
    ],
)
def test_http_errors_name_status_and_url(local_server, path, status, words):
    with pytest.raises(HttpError) as raised:
        RequestsTransport().get(local_server.url(path))
    assert raised.value.status == status
    assert words in str(raised.value)
    assert local_server.url(path) in str(raised.value)


@pytest.mark.parametrize("path", ["/redirect", "/absredirect"])
def test_redirects_are_followed(local_server, path):
    response = RequestsTransport().get(local_server.url(path))
    assert response.json()["ok"] is True
    assert response.url.endswith("/ok")


def test_timeout_is_reported(local_server):
    with pytest.raises(TransportError, match="timeout"):
        RequestsTransport(timeout_s=0.5).get(local_server.url("/slow"))


def test_connection_refused():
    with pytest.raises(TransportError, match="Could not connect"):
        RequestsTransport(timeout_s=2).get("http://127.0.0.1:1/nothing")


def test_basic_auth(local_server):
    response = RequestsTransport(auth=(BASIC_USER, BASIC_PASSWORD)).get(local_server.url("/private"))
    assert response.json() == {"private": True}


def test_malformed_json_is_a_format_error(local_server):
    response = RequestsTransport().get(local_server.url("/malformed"))
    with pytest.raises(FormatError, match="valid JSON"):
        response.json()


def test_decoding_pauses_the_cycle_collector_and_restores_it_whatever_happens(local_server):
    import gc

    passes = []
    gc.callbacks.append(count := lambda phase, info: phase == "start" and passes.append(info))
    body = b"[" + b",".join(b"[1, 2]" for _ in range(7000)) + b"]"
    try:
        page = Response("u", 200, body).json()
        assert len(page) == 7000 and gc.isenabled()
        assert len(passes) <= 1  # 7,000 new lists would start ten or more passes; one may follow it
        with pytest.raises(FormatError):
            Response("u", 200, b"[[1, 2], ").json()
        assert gc.isenabled()
        gc.disable()
        Response("u", 200, b"[]").json()
        assert not gc.isenabled()  # left as found
    finally:
        gc.callbacks.remove(count)
        gc.enable()


def test_cancel_before_request(local_server):
    with pytest.raises(Cancelled):
        RequestsTransport(is_cancelled=lambda: True).get(local_server.url("/ok"))
    assert local_server.requests_seen == []


def test_post_sends_body(local_server):
    response = RequestsTransport().post(local_server.url("/things"), "Grüße".encode())
    assert response.status == 201
    assert response.json() == {"received": "Grüße"}


def test_redact_url_hides_credentials_and_tokens():
    url = "https://anna:geheim@example.org:8443/v1.1/Things?$top=5&token=abc123&apikey=xyz"
    redacted = redact_url(url)
    assert "geheim" not in redacted and "anna" not in redacted
    assert "abc123" not in redacted and "xyz" not in redacted
    assert redacted.startswith("https://example.org:8443/v1.1/Things?$top=5")
