"""Both transports (QGIS's and the requests one) against a hostile server: credentials stay with
their origin, redirects are resolved here and bounded, answers are bounded in size and duration."""

import time

import pytest

from smartcity_qgis.core.errors import HttpError, TransportError
from smartcity_qgis.core.platforms.connection import Platform, load_streams
from smartcity_qgis.core.transport import MEGABYTE, Limits, RequestsTransport
from tests.support.hostile_server import DRIP_INTERVAL_S, HUGE_BYTES, HostileServer
from tests.support.http_server import BASIC_PASSWORD, BASIC_USER

LIMITS = Limits(timeout_s=10, deadline_s=3, max_bytes=20 * MEGABYTE)


@pytest.fixture(params=["qgis", "requests"])
def make_transport(request):
    """``make_transport(service_url, authenticated)``: a transport of each kind with test limits."""
    if request.param == "requests":

        def requests_transport(service_url, authenticated=True):
            auth = (BASIC_USER, BASIC_PASSWORD) if authenticated else None
            return RequestsTransport(auth=auth, limits=LIMITS, service_url=service_url)

        return requests_transport
    from smartcity_qgis.qgisbridge.transport import QgisTransport

    authcfg = request.getfixturevalue("basic_authcfg")

    def qgis_transport(service_url, authenticated=True):
        transport = QgisTransport(authcfg=authcfg if authenticated else "", service_url=service_url)
        transport.limits = LIMITS
        return transport

    return qgis_transport


@pytest.fixture
def servers():
    with HostileServer() as home, HostileServer() as other:
        yield home, other


def test_a_redirect_to_another_origin_gets_no_credentials(servers, make_transport):
    home, other = servers
    transport = make_transport(home.url("/"))
    response = transport.get(home.url("/redirect-to?url=" + other.url("/secret")))
    assert response.json() == {"secret": True}
    assert home.authorizations("/redirect-to")[0].startswith("Basic ")
    assert other.authorizations("/secret") == [None]


def test_a_relative_redirect_is_resolved_and_keeps_credentials_on_the_same_origin(servers, make_transport):
    home, _other = servers
    response = make_transport(home.url("/")).get(home.url("/relative"))
    assert response.url == home.url("/secret")
    assert home.authorizations("/secret")[0].startswith("Basic ")


def test_a_paging_link_to_another_origin_is_followed_without_credentials(servers, make_transport):
    home, other = servers
    home.httpd.next_link = other.url("/things")
    other.httpd.next_link = None
    streams = load_streams(
        make_transport(home.url("/")), Platform("sensorthings", home.url("/")), max_items=2
    )
    with pytest.raises((HttpError, TransportError, Exception)):
        list(streams)  # the answers are not a SensorThings service; what matters is who got credentials
    assert all(auth is None for auth in other.authorizations("/things"))


def test_a_redirect_loop_says_too_many_redirects(servers, make_transport):
    home, _other = servers
    with pytest.raises(TransportError, match="Too many redirects"):
        make_transport(home.url("/")).get(home.url("/loop"))
    assert len(home.authorizations("/loop")) == 11


@pytest.mark.parametrize("route", ["/huge", "/huge-unannounced"])
def test_an_answer_over_the_size_limit_is_refused_before_it_is_read_whole(servers, make_transport, route):
    home, _other = servers
    with pytest.raises(TransportError, match="larger than 20 MB"):
        make_transport(home.url("/"), authenticated=False).get(home.url(route))
    time.sleep(0.2)  # let the server notice that the client went away
    assert home.httpd.bytes_sent < 2 * LIMITS.max_bytes < HUGE_BYTES  # stopped near the limit


def test_a_dripping_server_hits_the_overall_deadline(servers, make_transport):
    home, _other = servers
    started = time.monotonic()
    with pytest.raises(TransportError, match="took longer than 3 s"):
        make_transport(home.url("/"), authenticated=False).get(home.url("/drip"))
    assert time.monotonic() - started < LIMITS.deadline_s + 2 * DRIP_INTERVAL_S + 1


def test_an_html_error_page_is_summarised_not_quoted_as_markup(servers, make_transport):
    home, _other = servers
    with pytest.raises(HttpError) as raised:
        make_transport(home.url("/"), authenticated=False).get(home.url("/html-error"))
    message = str(raised.value)
    assert "502" in message and "Bad Gateway" in message
    assert "<" not in message and "font:13px" not in message
