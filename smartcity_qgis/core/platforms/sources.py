"""Reading input given as a URL or a local file path."""

from pathlib import Path

from ..errors import N_, InputError


def is_url(location):
    return location.lower().startswith(("http://", "https://"))


def read_source(location, transport):
    """The bytes behind ``location``: fetched through ``transport`` for URLs, read for files."""
    location = location.strip()
    if not location:
        raise InputError(N_("No input given: enter a URL or choose a file."))
    if is_url(location):
        return transport.get(location).body
    path = Path(location).expanduser()
    if not path.is_file():
        raise InputError(N_("The file {path} does not exist or is not a file."), path=str(path))
    return path.read_bytes()
