"""Fixtures for the channel tests: the queue in immediate mode, the seed round's channels,
and a throwaway Dovecot. Helpers live in channel_components.py and channel_mails.py, put
on sys.path here so that test modules import them under any pytest import mode."""

from __future__ import annotations

import shutil
import sys
import tempfile
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
def server_dir() -> Iterator[Path]:
    """A private directory for a server's files. Not under pytest's basetemp, which a
    concurrent pytest run of the same user may prune while the server still writes."""
    path = Path(tempfile.mkdtemp(prefix="xunshi-test-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def dovecot(server_dir: Path) -> Iterator[Dovecot]:
    server = start_dovecot(server_dir / "dovecot")
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
