"""A place two houses share, their people or teams under one head: "Третье место поделили
сотрудники отдела охраны и батальона ДПС" is the staff of each house, one record each (where a
house's staff is honoured, "сотрудникам больницы и Лесного филиала" is one group)."""

from __future__ import annotations

from .recipients import organization_text
from .view import Recipient, SentenceView

SHARING = frozenset({"разделить", "поделить"})   # a place shared: two or more took it


def each_house(view: SentenceView, recipient: Recipient) -> list[Recipient]:
    """The recipient once per house when its head names two houses joined by "и" ("сотрудники
    отдела охраны и батальона ДПС" → "сотрудники отдела охраны", "сотрудники батальона ДПС");
    the recipient alone otherwise."""
    words = view.words
    head = next((j for j in range(recipient.first, recipient.stop) if words[j].pos_ == "NOUN"), None)
    joint = next((j for j in range(recipient.first, recipient.stop) if words[j].lower_ == "и"), None)
    written = recipient.text.split(" и ")
    if head is None or joint is None or not head + 1 < joint < recipient.stop - 1 or len(written) != 2 or recipient.organization is None:
        return [recipient]
    shared = " ".join(recipient.text.split()[: head + 1 - recipient.first])
    start, end = view.span_of(joint + 1, recipient.stop)
    second = Recipient(
        start, end, f"{shared} {view.text(joint + 1, recipient.stop)}", recipient.kind,
        organization=organization_text(view, joint + 1, recipient.stop), first=joint + 1, stop=recipient.stop,
    )
    first_start, first_end = view.span_of(recipient.first, joint)
    first = Recipient(first_start, first_end, written[0], recipient.kind, organization=recipient.organization, first=recipient.first, stop=joint)
    return [first, second]
