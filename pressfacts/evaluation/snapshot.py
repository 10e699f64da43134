"""The output snapshot: ``corpus/expected.jsonl`` compared field by field with a new run."""

from __future__ import annotations

import json
from collections import Counter


def _canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def snapshot_diff(expected: list[dict], actual: list[dict]) -> list[str]:
    """Every difference between two outputs, one readable line each; [] when they are equal.

    Records in lists are compared as a whole: a changed record shows as one removed and one added.
    """
    lines = []
    old = {d["doc_id"]: d for d in expected}
    new = {d["doc_id"]: d for d in actual}
    for doc_id in sorted(old.keys() - new.keys()):
        lines.append(f"{doc_id}: document missing from the output")
    for doc_id in sorted(new.keys() - old.keys()):
        lines.append(f"{doc_id}: document not in the snapshot")
    for doc_id in sorted(old.keys() & new.keys()):
        a, b = old[doc_id], new[doc_id]
        for key in sorted(a.keys() | b.keys()):
            if key == "source":  # where the run read the file from; not output content
                continue
            va, vb = a.get(key), b.get(key)
            if isinstance(va, list) and isinstance(vb, list):
                was, now = Counter(map(_canonical, va)), Counter(map(_canonical, vb))
                for record in (was - now).elements():
                    lines.append(f"{doc_id}: {key} removed {_short(record)}")
                for record in (now - was).elements():
                    lines.append(f"{doc_id}: {key} added {_short(record)}")
            elif _canonical(va) != _canonical(vb):
                lines.append(f"{doc_id}: {key} changed {_short(_canonical(va))} -> {_short(_canonical(vb))}")
    return lines


def _short(text: str, size: int = 160) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
