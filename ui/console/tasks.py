"""Background work for the console: run a slow function off the GUI thread, get the result back on it.

A PDF or an export can take seconds; the GUI thread must keep drawing the timer.
The worker thread never touches a widget: it emits a signal of a QObject that
lives on the GUI thread, so Qt queues the result there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from arena.model import InputError
from ui.console.problem_text import input_error_text


class Task(QObject):
    """One background call.

    Signals:
        finished(object): the function's return value (GUI thread).
        failed(str): the error message when the function raised (GUI thread).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.thread = threading.Thread(target=self._run, name="arena-console-task", daemon=True)

    def start(self) -> Task:
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            result = self._fn()
        except InputError as exc:  # the core's problems, worded by code in the host's language
            self.failed.emit(input_error_text(exc))
            return
        except Exception as exc:  # reported to the host, never swallowed
            self.failed.emit(f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc))
            return
        self.finished.emit(result)


_running: set[Task] = set()


def run_in_background(
    fn: Callable[[], object], on_done: Callable[[object], None], on_error: Callable[[str], None]
) -> Task:
    """Start `fn` in a worker thread; `on_done`/`on_error` run on the GUI thread afterwards."""
    task = Task(fn)
    _running.add(task)

    def done(result):
        _running.discard(task)
        on_done(result)

    def failed(message):
        _running.discard(task)
        on_error(message)

    task.finished.connect(done)
    task.failed.connect(failed)
    return task.start()
