"""An item's follow-up jobs (triage, matching) reach the SQLite queue in one write, after
the item's transaction committed, in the order they were queued."""

from __future__ import annotations

import contextlib
import datetime as dt
import pickle
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from xunshi.channels.queue import TogetherSqliteStorage, enqueue_together, huey
from xunshi.intake.services import Incoming, item_receive
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind
from xunshi.rounds.services import round_load_seed


@pytest.fixture
def queue_writes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The real queue file, emptied; each write transaction records the queue size after it."""
    storage = huey.storage
    assert isinstance(storage, TogetherSqliteStorage)
    storage.flush_queue()
    writes: list[int] = []
    real_db = storage.db

    @contextlib.contextmanager
    def db(commit: bool = False, close: bool = False) -> Iterator[Any]:
        with real_db(commit, close) as cursor:
            yield cursor
        if commit:
            writes.append(storage.queue_size())

    monkeypatch.setattr(storage, "db", db)
    yield writes
    storage.flush_queue()


def _queued() -> list[tuple[str, Any]]:
    """(task name, first argument) of the queued jobs, in the order the consumer takes them
    (priority, then arrival)."""
    tasks = [huey.deserialize_task(data) for data in huey.storage.enqueued_items()]
    return [(t.name, t.args[0]) for t in tasks]


@pytest.mark.django_db(transaction=True)
def test_a_registration_queues_triage_and_matching_in_one_write(queue_writes: list[int]) -> None:
    rnd: Round = round_load_seed()[0]
    item = item_receive(
        Incoming(
            round=rnd,
            channel=channel_for_kind(rnd, "web"),
            content="反映青县某镇党委书记李某违规收受购物卡问题。",
            received_at=dt.datetime(2015, 8, 10, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")),
        )
    ).item
    assert queue_writes == [2]  # one transaction that wrote both jobs
    assert _queued() == [("triage.item", item.pk), ("matching.item", item.pk)]


@pytest.mark.django_db(transaction=True)
def test_jobs_are_written_when_the_block_ends_even_if_it_raises(queue_writes: list[int]) -> None:
    storage = huey.storage
    with pytest.raises(RuntimeError), enqueue_together():
        storage.enqueue(pickle.dumps("first"), 0)
        with enqueue_together():  # a nested block joins the outer one
            storage.enqueue(pickle.dumps("second"), 0)
        assert storage.queue_size() == 0
        raise RuntimeError("after the commit")
    assert queue_writes == [2]


def test_outside_a_block_each_job_is_written_at_once(queue_writes: list[int]) -> None:
    huey.storage.enqueue(pickle.dumps("alone"), 0)
    huey.storage.enqueue(pickle.dumps("another"), 0)
    assert queue_writes == [1, 2]
