"""Loading a round file: a bad objection window is refused with a clear message, not a
database error (PostgreSQL refuses a negative value, SQLite would keep it)."""

from __future__ import annotations

import pytest

from xunshi.rounds.models import Round
from xunshi.rounds.services import RoundError, round_load, seed_data


@pytest.mark.django_db
@pytest.mark.parametrize("window", [0, -1, 366, "30", None])
def test_a_round_file_with_an_impossible_objection_window_is_refused(window: object) -> None:
    data = {**seed_data(), "slug": "bad-window", "objection_window_days": window}
    with pytest.raises(RoundError, match="评价与异议期限"):
        round_load(data=data)
    assert not Round.objects.filter(slug="bad-window").exists()


@pytest.mark.django_db
def test_a_round_file_sets_its_own_objection_window() -> None:
    rnd, created = round_load(data={**seed_data(), "slug": "own-window", "objection_window_days": 60})
    assert created and rnd.objection_window_days == 60
