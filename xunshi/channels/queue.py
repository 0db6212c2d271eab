"""The job queue (Huey): SQLite file in the data directory by default, Redis in production.

XUNSHI_QUEUE_URL=redis://host:6379/0 selects Redis; without it the queue is the file
DATA_DIR/queue.sqlite3, so a single machine needs no extra server. Every channel task
goes through `channel_task`, which gives it retries with exponential backoff, fresh
database connections, and a dead-letter row when the last retry fails.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from django.conf import settings
from django.db import close_old_connections
from huey import RedisHuey, SqliteHuey, signals
from huey.api import Huey, Task
from huey.storage import SqliteStorage

from xunshi.core.env import env_int, env_str

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])

# Tasks by name, so that a dead letter can be retried from the workbench.
TASKS: dict[str, Any] = {}


@dataclass(frozen=True)
class DeadLetterHooks:
    """What a task whose arguments name no channel tells the dead-letter list.

    `channel_of(args, kwargs)` finds the channel the job served, so the letter is listed
    (and may be retried) in that channel's round. `requeue(args, kwargs, actor)` replaces
    the plain re-run on retry: a job that only acts on rows in a given state (an answer
    waiting to be sent) must first put them back in that state, or the re-run does nothing.
    It raises RetryRefused (xunshi.channels.health) when the job must not run again."""

    channel_of: Callable[[list[Any], dict[str, Any]], int | None] | None = None
    requeue: Callable[[list[Any], dict[str, Any], Any], None] | None = None


HOOKS: dict[str, DeadLetterHooks] = {}


_together = threading.local()


class TogetherSqliteStorage(SqliteStorage):
    """The SQLite queue, where jobs enqueued inside `enqueue_together` are written in one
    transaction: each write to the queue file is a commit with its own fsync, and an item
    registered on the portal queues two follow-up jobs (triage and matching) that the
    reporter's acknowledgement waits for."""

    def enqueue(self, data: bytes, priority: float | None = None) -> None:
        pending: list[tuple[TogetherSqliteStorage, bytes, float | None]] | None = getattr(
            _together, "pending", None
        )
        if pending is None:
            super().enqueue(data, priority)
        else:
            pending.append((self, data, priority))  # the storage that took it writes it

    def enqueue_many(self, jobs: list[tuple[bytes, float | None]]) -> None:
        with self.db(commit=True) as cursor:
            cursor.executemany(
                "insert into task (queue, data, priority) values (?, ?, ?)",
                [(self.name, self.to_blob(data), priority or 0) for data, priority in jobs],
            )


@contextlib.contextmanager
def enqueue_together() -> Iterator[None]:
    """Jobs enqueued inside the block (on this thread; typically by on_commit hooks of a
    transaction that ends inside it) reach the SQLite queue in one write when it ends, in
    the order they were enqueued. Nested blocks join the outermost; other queues (Redis,
    immediate mode) are written at once as usual.

    They are written even if the block raises, since their transactions have committed. A
    failed write is logged and not raised, as on_commit(robust=True) did for each job: the
    change they follow is already committed and acknowledged."""
    if getattr(_together, "pending", None) is not None:
        yield
        return
    pending: list[tuple[TogetherSqliteStorage, bytes, float | None]] = []
    _together.pending = pending
    try:
        yield
    finally:
        _together.pending = None
        for storage in dict.fromkeys(entry[0] for entry in pending):
            jobs = [(data, priority) for owner, data, priority in pending if owner is storage]
            try:
                storage.enqueue_many(jobs)
            except Exception:
                log.exception("could not enqueue %d jobs", len(jobs))


def make_huey(url: str | None = None) -> Huey:
    """The queue for XUNSHI_QUEUE_URL (or `url`): Redis for redis://…, else the SQLite file."""
    url = env_str("XUNSHI_QUEUE_URL", "") if url is None else url
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey("xunshi", url=url, results=False)
    if url:
        raise RuntimeError(f"XUNSHI_QUEUE_URL must be a redis:// URL or empty, got {url.split(':')[0]}:…")
    path = settings.DATA_DIR / "queue.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("xunshi", filename=str(path), results=False, storage_class=TogetherSqliteStorage)


huey = make_huey()

RETRIES = env_int("XUNSHI_QUEUE_RETRIES", 5)
RETRY_DELAY = env_int("XUNSHI_QUEUE_RETRY_DELAY", 10)


def _fresh_connections() -> None:
    # Consumer threads outlive requests: stale connections are dropped per job, as Django
    # does per request. In immediate mode the job runs inside the caller's transaction,
    # whose connection must stay open.
    if not huey.immediate:
        close_old_connections()


def _with_connections(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _fresh_connections()
        try:
            return fn(*args, **kwargs)
        finally:
            _fresh_connections()

    return wrapper  # type: ignore[return-value]


def channel_task(
    name: str, *, retries: int | None = None, hooks: DeadLetterHooks | None = None
) -> Callable[[F], Any]:
    """A queue task with retries (delay doubling from RETRY_DELAY) and a dead letter at the end."""

    def wrap(fn: F) -> Any:
        task = huey.task(
            retries=RETRIES if retries is None else retries,
            retry_delay=RETRY_DELAY,
            retry_backoff=2,
            name=name,
        )(_with_connections(fn))
        TASKS[name] = task
        if hooks is not None:
            HOOKS[name] = hooks
        return task

    return wrap


def channel_periodic(name: str, validate: Callable[..., bool]) -> Callable[[F], Any]:
    def wrap(fn: F) -> Any:
        task = huey.periodic_task(validate, name=name)(_with_connections(fn))
        TASKS[name] = task
        return task

    return wrap


@huey.signal(signals.SIGNAL_ERROR)
def _dead_letter(signal: str, task: Task, exc: BaseException | None = None) -> None:
    if task.retries:
        return  # it will run again
    from xunshi.channels.health import dead_letter_record

    error = "".join(traceback.format_exception(exc)) if exc is not None else "unknown error"
    try:
        _fresh_connections()
        dead_letter_record(
            task_name=task.name, args=list(task.args or ()), kwargs=dict(task.kwargs or {}), error=error
        )
    except Exception:  # the consumer must survive a failing database; the log keeps the trace
        log.exception("could not record dead letter for %s", task.name)
    finally:
        _fresh_connections()
