"""Character spans already taken: what a later step must not read again."""

from __future__ import annotations

from bisect import bisect_right


class Blocked:
    """Sorted, merged character intervals that hold no quantity."""

    def __init__(self, intervals: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            elif start < end:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a blocked interval (an empty span counts as one)."""
        i = bisect_right(self.starts, max(end, start + 1) - 1) - 1
        return i >= 0 and self.ends[i] > start


def without_overlaps(items: list) -> list:
    """Sorted by start; of two overlapping items the earlier (then the longer) one stays."""
    kept = []
    for item in sorted(set(items), key=lambda i: (i.start, -i.end)):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept

