"""Output files that appear only when complete: a failed or cancelled run leaves nothing behind.

A file is written to a temporary file beside its target, named
``.<target>.<pid>.smartcity-tmp<extension>`` (the extension kept, so GDAL still picks the format),
and renamed onto the target only when complete. Such a temporary whose process no longer runs was
left by a killed run and is removed by the next run writing into the same folder. Finished files
get the permissions any new file gets under the user's umask (0644 under umask 022), not the
private 0600 of a temporary file.
"""

import os
import re
from contextlib import contextmanager

TEMPORARY_SUFFIX = ".smartcity-tmp"
_TEMPORARY_NAME = re.compile(
    r"^\..+\.(\d+)" + re.escape(TEMPORARY_SUFFIX) + r"(\.[^.]*)?(-wal|-shm|-journal)?$"
)


def temporary_path(path):
    """The temporary file (or folder) name for ``path`` in this process."""
    folder, name = os.path.split(os.path.abspath(path))
    extension = os.path.splitext(name)[1]
    return os.path.join(folder, f".{name}.{os.getpid()}{TEMPORARY_SUFFIX}{extension}")


def process_running(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_stale_temporaries(folder):
    """Remove temporaries that runs killed before they finished left in ``folder``."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        found = _TEMPORARY_NAME.match(name)
        if found and int(found.group(1)) != os.getpid() and not process_running(int(found.group(1))):
            remove_path(os.path.join(folder, name))


def remove_path(path):
    """Remove a file or a folder tree, if it exists."""
    if os.path.isdir(path) and not os.path.islink(path):
        for entry in os.scandir(path):
            remove_path(entry.path)
        os.rmdir(path)
    elif os.path.lexists(path):
        os.remove(path)


def current_umask():
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def publish(temporary, path):
    """Give ``temporary`` (a file, or a folder and its files) the permissions of a new one and
    rename it onto ``path``; a folder already at ``path`` is replaced whole."""
    umask = current_umask()
    if os.path.isdir(temporary):
        for folder, _folders, names in os.walk(temporary):
            os.chmod(folder, 0o777 & ~umask)
            for name in names:
                os.chmod(os.path.join(folder, name), 0o666 & ~umask)
        if os.path.isdir(path):
            replaced = temporary_path(path + ".old")
            os.replace(path, replaced)
            os.replace(temporary, path)
            remove_path(replaced)
            return
    else:
        os.chmod(temporary, 0o666 & ~umask)
    os.replace(temporary, path)


@contextmanager
def atomic_output(path):
    """A binary stream to a temporary file beside ``path``, renamed to ``path`` when the block ends
    without error and removed otherwise."""
    folder = os.path.dirname(os.path.abspath(path))
    remove_stale_temporaries(folder)
    temporary = temporary_path(path)
    try:
        with open(temporary, "wb") as stream:
            yield stream
        publish(temporary, path)
    except BaseException:
        remove_path(temporary)
        raise
