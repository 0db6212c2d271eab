"""Fixtures for the channel tests: the queue in immediate mode, the seed round's channels,
and a throwaway Dovecot. Helpers live in channel_components.py and channel_mails.py, put
on sys.path here so that test modules import them under any pytest import mode."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from channel_components import Dovecot, start_dovecot, stop

from xunshi.rounds.models import Channel, Round


@pytest.fixture(autouse=True)
def _immediate_queue() -> Iterator[None]:
    from xunshi.channels.queue import huey

    huey.immediate = True
    yield
    huey.flush()
    huey.immediate = False


@pytest.fixture
def dovecot(tmp_path: Path) -> Iterator[Dovecot]:
    server = start_dovecot(tmp_path / "dovecot")
    try:
        yield server
    finally:
        stop(server.process)


@pytest.fixture
def email_channel(seed_round: Round) -> Channel:
    return seed_round.channels.get(kind=Channel.Kind.EMAIL)


@pytest.fixture
def sms_channel(seed_round: Round) -> Channel:
    return seed_round.channels.get(kind=Channel.Kind.SMS)
