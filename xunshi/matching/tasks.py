"""Queue job of the matcher (Huey, see xunshi.channels.queue)."""

from __future__ import annotations

from xunshi.channels.queue import channel_task


@channel_task("matching.item", retries=2)
def matching_index_item(item_id: int) -> None:
    """Sketch, band keys, person links and duplicate proposals for one item. Only the item id
    travels through the queue: contact fingerprints were stored at intake."""
    from xunshi.matching.services import item_index_after_commit

    item_index_after_commit(item_id=item_id, identity=None)
