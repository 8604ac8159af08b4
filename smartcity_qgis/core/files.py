"""Output files that appear only when complete: a failed or cancelled run leaves nothing behind."""

import os
import tempfile
from contextlib import contextmanager


@contextmanager
def atomic_output(path, suffix=".tmp"):
    """A binary stream to a temporary file beside ``path``, renamed to ``path`` when the block ends
    without error and removed otherwise."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(suffix=suffix, dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        os.remove(temporary)
        raise


def write_atomically(path, content):
    """Write ``content`` (text as UTF-8, or bytes) to ``path`` through :func:`atomic_output`."""
    with atomic_output(path) as stream:
        stream.write(content.encode("utf-8") if isinstance(content, str) else content)
