"""Reading a round's public announcement into a proposal (issue 7).

`parse(text)` → `Parsed` (contract values + source spans); `Parsed.contract()` is the JSON
object of ../shared/formats/announcement.md. `scoring` compares proposals with labels.
"""

from xunshi.rounds.announcement.parser import KEYS, Parsed, parse

__all__ = ["KEYS", "Parsed", "parse"]
