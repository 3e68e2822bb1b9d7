"""Group commit for the server: callers on the event loop hand over items, one writer thread commits
whatever piled up while the disk synced in one transaction, and each caller is answered only after
the commit holding its item. The intake's GroupWriter (ballots) and the audience's JoinWriter (joins)
are the two kinds; each says how to commit a batch, this class does the queueing and the answering.
Qt-free."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .store import Store

log = logging.getLogger(__name__)


class BatchCommitter:
    """Queue items from the event loop; `commit(items)` (in the writer thread) returns one result or
    exception per item, and each caller of `submit` gets its own."""

    thread_name = "arena-writer"

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._pending: list[tuple[object, asyncio.Future]] = []
        self._thread: ThreadPoolExecutor | None = None
        self._store: Store | None = None  # opened and used in the writer thread only
        self._writing = False

    def commit(self, items: list) -> list:
        raise NotImplementedError

    def store(self) -> Store:
        """The writer thread's own connection (the file was checked by whoever opened it first)."""
        if self._store is None:
            self._store = Store.open(self.path, check="none")
        return self._store

    async def submit(self, item):
        loop = asyncio.get_running_loop()
        answer = loop.create_future()
        self._pending.append((item, answer))
        if not self._writing:
            self._write_pending(loop)
        return await answer

    def close(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.submit(self._close_store).result()
            thread.shutdown()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def _write_pending(self, loop: asyncio.AbstractEventLoop) -> None:
        batch, self._pending = self._pending, []
        self._writing = True
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.thread_name)
        done = loop.run_in_executor(self._thread, self._commit_safely, [item for item, _ in batch])
        done.add_done_callback(lambda future: self._answer(loop, batch, future.result()))

    def _commit_safely(self, items: list) -> list:
        try:
            return self.commit(items)
        except Exception as exc:  # never leave a caller waiting for an answer that will not come
            log.exception("committing a batch failed")
            return [exc] * len(items)

    def _answer(self, loop, batch, results) -> None:
        for (_, answer), result in zip(batch, results):
            if answer.done():  # the caller hung up meanwhile; its item is committed all the same
                continue
            if isinstance(result, Exception):
                answer.set_exception(result)
            else:
                answer.set_result(result)
        self._writing = False
        if self._pending:
            self._write_pending(loop)
