"""A small disk that fills up (a tmpfs), for the tests of what a full disk does."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def fill(directory: Path) -> Path:
    """Write a file until the disk holding `directory` is full; returns it (delete it to free the space)."""
    filler = directory / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:  # no space left
        pass
    finally:
        os.close(fd)
    return filler


def mount_small_disk(mount: Path) -> None:
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)


def unmount(mount: Path) -> None:
    subprocess.run(["umount", "-l", str(mount)], check=False)
