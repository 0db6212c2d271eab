"""Related and duplicate items, and person dossiers (issue 5, items 1 and 2).

- `sketch`: normalisation, character 3-gram shingles, datasketch MinHash (xxhash, 128
  permutations) and LSH band keys (32 bands × 4 rows, keys include the round; an item is
  a candidate when it shares at least 2 of them — the S-curve is in sketch.py).
- `models`: ItemSketch (signature, years, triage codes) and SketchBand (one row per band
  key, composite primary key = the lookup index) form the persisted index; ItemGroup and
  its members record groupings that staff confirm or undo; ContactFingerprint holds an
  HMAC of a normalised phone/e-mail; PersonLink ties an item to a roster person as written.
- `services`: indexing after the intake transaction commits (`matching_on_item_created`),
  grouping, undo, person links. `selectors`: near-duplicate lookup (band keys → items
  with ≥ 2 hits, in one SQL → signature estimate → exact Jaccard on the stored text),
  distinct reporters, the dossier (counts over all items, the item list paged).
- `names`: roster candidates by characters and unit, never by pinyin.
- `warmup`: `xunshi worker` reads the band index once at start-up (PostgreSQL only).
- `bench`/`benchrun`/`benchdata`: `xunshi bench matching` on a generated corpus.
"""
