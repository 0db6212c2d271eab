"""The trainable part: character n-gram TF-IDF with linear models (scikit-learn).

One model per question: scope (in/out), out-of-scope type, and one-vs-rest topics.
`train_from_rows` refits from labelled items (triage.md label format) and `save`
writes XUNSHI_DATA_DIR/triage/model.pkl. Without a saved model the engine fits one at
first use from the labelled items shipped in the package (`bundled_rows`: the
development split and the batches of real public texts; the held-out split is never in
it), so nothing is downloaded and a fresh checkout works.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import pickle
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xunshi.core.env import data_dir

log = logging.getLogger(__name__)
MODEL_VERSION = 2
# Texts written by real people (a public source address) count double beside synthetic
# and hand-written ones: they are what the model meets in use, and fewer.
REAL_WEIGHT = 2.0
BUNDLED_TRAINING = Path(__file__).parent / "data" / "train.json"  # a JSON array of labelled items
# The batches of real public texts (real2, real3, …), written by `xunshi triage bundle`;
# kept apart from train.json, which tests/data/triage/build_dev.py rewrites.
BUNDLED_REAL = Path(__file__).parent / "data" / "train_real.json"
_lock = threading.Lock()
_cached: TriageModel | None = None


def model_path() -> Path:
    return data_dir() / "triage" / "model.pkl"


@dataclass
class TriageModel:
    vectorizer: Any
    scope: Any
    out_type: Any | None
    topics: Any | None
    topic_names: list[str]
    trained_on: int
    source: str

    def _prepare_weights(self) -> None:
        """The weights as C-contiguous (features × outputs) arrays, made once: a transposed
        view (coef_.T) is copied by every sparse product, which cost a millisecond a text."""
        import numpy as np

        self._out_w = np.ascontiguousarray(self.out_type.coef_.T) if self.out_type is not None else None
        if self.topics is not None:
            self._topic_w = np.ascontiguousarray(np.vstack([est.coef_ for est in self.topics.estimators_]).T)
            self._topic_b = np.array([est.intercept_[0] for est in self.topics.estimators_])
        # Last: a worker thread that sees it set finds the others set too.
        self._scope_w = np.ascontiguousarray(self.scope.coef_[0])

    def predict(self, text: str) -> dict[str, Any]:
        import numpy as np

        # One vectorisation serves all three questions, and the linear scores are taken
        # straight from the coefficients: scikit-learn's per-call input validation costs
        # more than the arithmetic at one text at a time.
        x = self.vectorizer.transform([text])
        if getattr(self, "_scope_w", None) is None:
            self._prepare_weights()
        z = float((x @ self._scope_w)[0] + self.scope.intercept_[0])
        p_second = 1.0 / (1.0 + np.exp(-z))
        p_in = p_second if self.scope.classes_[1] == "in" else 1.0 - p_second
        out: dict[str, Any] = {"p_in": float(p_in), "out_type": None, "out_type_p": 0.0, "topics": {}}
        if self.out_type is not None:
            zz = np.asarray(x @ self._out_w).ravel() + self.out_type.intercept_
            if zz.shape[0] == 1:  # two classes: one score
                probs = np.array([1 - 1 / (1 + np.exp(-zz[0])), 1 / (1 + np.exp(-zz[0]))])
            else:
                e = np.exp(zz - zz.max())
                probs = e / e.sum()
            best = int(probs.argmax())
            out["out_type"] = str(self.out_type.classes_[best])
            out["out_type_p"] = float(probs[best])
        if self.topics is not None:
            probs = 1 / (1 + np.exp(-(np.asarray(x @ self._topic_w).ravel() + self._topic_b)))
            out["topics"] = {t: float(p) for t, p in zip(self.topic_names, probs, strict=True)}
        return out


def _vectorizer() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    # Characters, not words: robust to masked names, typos and both scripts alike.
    return TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True,
                           max_features=60_000)


def _classifier() -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")


def train_from_rows(rows: Iterable[dict[str, Any]], *, source: str) -> TriageModel:
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer

    from xunshi.triage.normalize import prepare

    texts, scopes, out_texts, out_types, topic_sets = [], [], [], [], []
    weights: list[float] = []
    out_weights: list[float] = []
    for row in rows:
        labels = row.get("labels") or {}
        if labels.get("scope") not in ("in", "out"):
            continue
        text = prepare(str(row.get("text") or "")).analysis
        weight = REAL_WEIGHT if str(row.get("source") or "synthetic").startswith("http") else 1.0
        texts.append(text)
        scopes.append(labels["scope"])
        weights.append(weight)
        topic_sets.append(list(labels.get("topics") or []))
        if labels["scope"] == "out" and labels.get("out_type"):
            out_texts.append(text)
            out_types.append(labels["out_type"])
            out_weights.append(weight)
    if len(set(scopes)) < 2:
        raise ValueError("training needs labelled items of both scopes (in and out)")
    vectorizer = _vectorizer().fit(texts)
    x = vectorizer.transform(texts)
    scope = _classifier().fit(x, scopes, sample_weight=weights)
    out_type = None
    if len(set(out_types)) >= 2:
        out_type = _classifier().fit(vectorizer.transform(out_texts), out_types, sample_weight=out_weights)
    topics = None
    binarizer = MultiLabelBinarizer()
    y = binarizer.fit_transform(topic_sets)
    keep = [i for i in range(y.shape[1]) if 2 <= y[:, i].sum() < len(texts)]
    names = [str(binarizer.classes_[i]) for i in keep]
    if keep:
        topics = OneVsRestClassifier(_classifier()).fit(x, y[:, keep])
    return TriageModel(vectorizer=vectorizer, scope=scope, out_type=out_type, topics=topics,
                       topic_names=names, trained_on=len(texts), source=source)


def bundled_rows() -> list[dict[str, Any]]:
    """The labelled items shipped in the package: development split, then real batches."""
    rows: list[dict[str, Any]] = json.loads(BUNDLED_TRAINING.read_text("utf-8"))
    if BUNDLED_REAL.exists():
        rows += json.loads(BUNDLED_REAL.read_text("utf-8"))
    return rows


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return rows


BUNDLED_SOURCE = "bundled development split and real batches"


def bundled_digest() -> str:
    """A fingerprint of the labelled texts shipped in the package: a model fitted from an
    earlier release's texts is refitted after an upgrade instead of shadowing them."""
    digest = hashlib.sha256()
    for path in (BUNDLED_TRAINING, BUNDLED_REAL):
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def save(model: TriageModel, path: Path | None = None, *, bundle: str | None = None) -> Path:
    """Writes the model; `bundle` is the fingerprint of the shipped texts it was fitted from
    (None for a model staff trained from their own labels, which an upgrade never replaces)."""
    path = path or model_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump({"version": MODEL_VERSION, "model": model, "bundle": bundle}, fh)
    tmp.replace(path)
    return path


def load(*, refresh: bool = False) -> TriageModel:
    """The saved model, else one fitted from the bundled labelled items (and saved). A saved
    model fitted from bundled texts that have changed since (a new release) is refitted."""
    global _cached
    with _lock:
        if _cached is not None and not refresh:
            return _cached
        path = model_path()
        model: TriageModel | None = None
        current = bundled_digest()
        if path.exists():
            try:
                with path.open("rb") as fh:
                    blob = pickle.load(fh)  # noqa: S301 - our own file in our own data dir
                if blob.get("version") == MODEL_VERSION:
                    model = blob["model"]
                    # Files saved before fingerprints were kept: bundled ones count as stale.
                    fitted_from = blob.get("bundle", "unknown" if model.source == BUNDLED_SOURCE else None)
                    if fitted_from is not None and fitted_from != current:
                        log.info("triage model fitted from older bundled texts: refitting")
                        model = None
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError):
                model = None
        if model is None:
            model = train_from_rows(bundled_rows(), source=BUNDLED_SOURCE)
            # A read-only data dir still gets a working (in-memory) model.
            with contextlib.suppress(OSError):
                save(model, path, bundle=current)
        _cached = model
        return model


def reset_cache() -> None:
    global _cached
    with _lock:
        _cached = None
