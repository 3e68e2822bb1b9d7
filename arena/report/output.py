"""Writing an output file whole or not at all (report, cards, exports).

The file is built beside its target and renamed over it, so a reader (or the
archive's copy job) never sees half a PDF, and a failure leaves any earlier
version in place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..model import InputError
from ..problems import problem


@contextmanager
def atomic_output(out_path) -> Iterator[str]:
    """Yields a temporary path to write to; on success it becomes `out_path`."""
    out = Path(out_path)
    if not out.parent.is_dir():
        raise InputError(problem("no_folder", path=str(out.parent)))
    if out.is_dir():
        raise InputError(problem("is_folder", path=str(out)))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        yield tmp_name
        os.replace(tmp_name, out)
    finally:
        Path(tmp_name).unlink(missing_ok=True)
