"""Imports of third-party modules trimmed of what Arena never uses, for a fast start.

sqlite_utils imports numpy when it can (about 0.3 s, a third of the console's
imports) only to map numpy scalar types to column types; Arena's tables are made
by its own migrations and it never stores numpy values. So sqlite_utils is imported
with numpy hidden, unless numpy is loaded already (then nothing changes). Anything
that imports numpy later gets it as usual.
"""

from __future__ import annotations

import sys


def _sqlite_utils_without_numpy():
    if "numpy" in sys.modules:
        import sqlite_utils

        return sqlite_utils
    sys.modules["numpy"] = None  # `import numpy` raises ImportError while this is in place
    try:
        import sqlite_utils
    finally:
        del sys.modules["numpy"]
    return sqlite_utils


sqlite_utils = _sqlite_utils_without_numpy()
