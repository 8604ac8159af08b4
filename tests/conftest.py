"""Shared fixtures for all test layers."""

from pathlib import Path

import pytest

from tests.support.http_server import LocalServer

TEST_DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def test_data():
    return TEST_DATA


@pytest.fixture
def local_server():
    """A real HTTP server on 127.0.0.1 serving the test data files under /data/<name>."""
    files = {
        f"/data/{path.name}": (200, "application/octet-stream", path.read_bytes())
        for path in TEST_DATA.iterdir()
        if path.is_file()
    }
    with LocalServer(files) as server:
        yield server
