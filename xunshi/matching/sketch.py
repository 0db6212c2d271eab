"""Text normalisation, character shingles, MinHash signatures and LSH band keys.

Near-duplicates are found with MinHash over character 3-grams (the scouting notes in
components.md §3: SimHash misses most near-copies of texts this short). An item is a
candidate when it shares at least MIN_BAND_HITS of the BANDS LSH band keys with the new
text; its signature estimate then picks the plausible ones, and every one of those is
confirmed by the exact Jaccard of its shingle set, recomputed from the stored text.

Why two band hits out of 32 rather than one out of 20: reports about the same person
share names, posts, units and stock phrases, so a single band collision is common
between texts that are not copies: in the 1,000,000-item bench corpus a new report
shared one of 20 band keys with ~100 items at the median and ~1,000 at p95, each a
signature to fetch and compare. Two hits out of 32 bands pass a pair at the duplicate
threshold as often as one hit out of 20 did and let through far fewer unrelated pairs
(candidate_probability, and the table below): in the same corpus 1 candidate at the
median, 5 at p95.

    exact Jaccard        0.2     0.3    0.4    0.5    0.6    0.7    0.8
    ≥1 of 20 bands × 4   0.032   0.150  0.405  0.725  0.938  0.996  1.000   (before)
    ≥2 of 32 bands × 4   0.001   0.028  0.197  0.603  0.932  0.998  1.000   (now)

The price is below the threshold: the related-items page, which lists pairs from J 0.5,
now finds a pair at J = 0.5 with p≈0.60 instead of 0.72 (such a pair is a related
report, not a copy; staff group related items by hand). The bench checks the curve on
copies edited down to J 0.6–0.75 against the number it predicts.

Band keys are 64-bit integers that include the round, so a lookup never crosses rounds
(nor the access boundary that goes with them) and the keys fit one B-tree index.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import xxhash
from datasketch import MinHash

SHINGLE = 3
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
# Band keys an item must share with the new text to be a candidate (see the table above).
MIN_BAND_HITS = 2
SEED = 20261126
SIGNATURE_BYTES = NUM_PERM * 4
# A pair at or above this exact Jaccard is proposed as a copy of the same report. The
# LSH S-curve (2 of 32 bands of 4) passes J=0.6 with p≈0.93, J=0.7 with p≈0.998.
DUPLICATE_JACCARD = 0.6
# Estimated Jaccard (share of equal signature slots) below which a candidate is not worth
# fetching its text for: 128 slots estimate J within ±0.09 (2σ at J=0.6).
ESTIMATE_FLOOR = DUPLICATE_JACCARD - 0.2

# Everything that is not a letter or a digit carries no evidence of copying: punctuation,
# spaces, line breaks and the decoration that differs between SMS, OCR and web forms.
_DROP = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


# Full-width ASCII forms and the ideographic space are most of what NFKC changes in a
# Chinese letter; mapping them first lets the common case skip the (slow) full NFKC pass.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def normalise(text: str) -> str:
    """NFKC (full-width digits and letters → ASCII), lower case, only letters and digits."""
    text = text.translate(_FULL_WIDTH)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _DROP.sub("", text.lower())


def shingles(text: str) -> frozenset[str]:
    """The set of character 3-grams of the normalised text (the text itself if shorter)."""
    norm = normalise(text)
    if len(norm) < SHINGLE:
        return frozenset([norm]) if norm else frozenset()
    return frozenset({norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)})


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


@lru_cache(maxsize=1)
def _template() -> MinHash:
    # Permutations are drawn once and shared: drawing them per MinHash costs more than hashing.
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=xxhash.xxh32_intdigest, scheme="affine32")


def minhash(grams: Iterable[str]) -> MinHash:
    base = _template()
    mh = MinHash(
        num_perm=NUM_PERM,
        hashfunc=xxhash.xxh32_intdigest,
        permutations=base.permutations,
        scheme="affine32",
    )
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


def signature(grams: Iterable[str]) -> np.ndarray:
    return np.asarray(minhash(grams).hashvalues, dtype="<u4")


def signature_bytes(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u4").tobytes()


def signature_from_bytes(raw: bytes) -> np.ndarray:
    return np.frombuffer(bytes(raw), dtype="<u4")


def candidate_probability(
    jaccard: float, bands: int = BANDS, rows: int = ROWS, hits: int = MIN_BAND_HITS
) -> float:
    """The LSH S-curve: chance that a pair with this exact Jaccard shares ≥ `hits` band keys."""
    per_band = jaccard**rows
    below = sum(math.comb(bands, k) * per_band**k * (1 - per_band) ** (bands - k) for k in range(hits))
    return 1.0 - below


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(round_id: int, sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band: hash of (round, band number, the band's slots)."""
    raw = np.asarray(sig, dtype="<u4").tobytes()
    width = ROWS * 4
    prefix = int(round_id).to_bytes(8, "little", signed=False)
    keys = []
    for band in range(BANDS):
        digest = xxhash.xxh64_intdigest(
            prefix + band.to_bytes(2, "little") + raw[band * width : (band + 1) * width]
        )
        keys.append(digest - (1 << 64) if digest >= 1 << 63 else digest)
    return keys
