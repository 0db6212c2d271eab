"""Queue jobs of the triage desk (Huey, see xunshi.channels.queue)."""

from __future__ import annotations

import logging

from xunshi.channels.queue import channel_task, huey

log = logging.getLogger(__name__)
_model_mtime: dict[str, float] = {}


def _model_fresh() -> None:
    """`xunshi triage train` (or the desk's retraining) in another process writes a new
    model file and new attribution weights; a long-running worker picks both up before its
    next judgement."""
    from xunshi.triage import attribution, model

    for key, path, reload in (("model", model.model_path(), model.load),
                              ("attribution", attribution.weights_path(), attribution.load)):
        try:
            mtime = path.stat().st_mtime
        except OSError:
            continue
        if key in _model_mtime and _model_mtime[key] != mtime:
            reload(refresh=True)
        _model_mtime[key] = mtime


@channel_task("triage.item", retries=2)
def triage_item(item_id: int) -> None:
    from xunshi.triage.services import triage_propose

    _model_fresh()
    triage_propose(item_id=item_id)


@huey.on_startup("triage-warm")
def triage_warm() -> None:
    """Load the model, the segmenter and the name tagger when the worker starts, not on the
    first item: a cold start (fitting the bundled model, loading jieba, checking and loading
    the tagger's model files) takes seconds, and a damaged tagger file shows here."""
    if huey.immediate:
        return
    try:
        from xunshi.triage import ner
        from xunshi.triage.engine import judge

        ner.tagger()
        judge("某县县委书记张伟收受红包。")
        _model_fresh()
    except Exception:  # a worker that cannot warm up still serves the other queues
        log.exception("triage warm-up failed")
