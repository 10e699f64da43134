"""The genre corpus: real press releases with exhaustive gold (``../shared/genre-dev``).

Its layout: ``texts/<doc_id>.txt``, ``gold.json`` (records in the contract's shape plus the
alternatives the annotators accept), ``sources.json`` (URL and publication date of each document)
and ``check.txt`` (the ids of the check split; the others are the dev split). Read at run time,
never copied into the repository.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pressfacts.inputs import Document, document_from_dict

from .gold import GoldDocument, GoldError, gold_document

GOLD_FILE, SOURCES_FILE, CHECK_FILE = "gold.json", "sources.json", "check.txt"
SPLITS = ("dev", "check", "all")


def is_genre_corpus(path: Path) -> bool:
    return (Path(path) / GOLD_FILE).is_file()


def read_documents(folder: Path) -> dict:
    """The gold of every document, by id."""
    return json.loads((Path(folder) / GOLD_FILE).read_text(encoding="utf-8"))["documents"]


def split_ids(folder: Path, split: str, documents: dict | None = None) -> list[str]:
    """The document ids of a split, sorted: ``dev`` (not in check.txt), ``check`` or ``all``."""
    if split not in SPLITS:
        raise GoldError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    documents = read_documents(folder) if documents is None else documents
    check_path = folder / CHECK_FILE
    check = set(check_path.read_text(encoding="utf-8").split()) if check_path.exists() else set()
    unknown = check - documents.keys()
    if unknown:
        raise GoldError(f"{check_path}: ids not in the gold: {', '.join(sorted(unknown))}")
    if split == "all":
        return sorted(documents)
    return sorted(doc_id for doc_id in documents if (doc_id in check) == (split == "check"))


def load_genre_gold(folder: Path, split: str = "dev") -> list[GoldDocument]:
    """The gold documents of a split, each validated against its text file (read as the gold says:
    ``newline=""``, so offsets are those of the file)."""
    folder = Path(folder)
    documents = read_documents(folder)
    gold = []
    for doc_id in split_ids(folder, split, documents):
        data = documents[doc_id]
        text = read_text(folder, doc_id)
        if text != data.get("text", text):
            raise GoldError(f"{folder / 'texts' / doc_id}.txt is not the text its gold was made on")
        gold.append(gold_document(
            doc_id, text, {**data, "published": as_contract_published(data.get("published")),
                           "officials": [as_contract_official(o) for o in data.get("officials", [])]},
            published_accept=published_accept(data),
            non_metrics=list(data.get("non_metrics") or []),
        ))
    return gold


def read_text(folder: Path, doc_id: str) -> str:
    with open(folder / "texts" / f"{doc_id}.txt", encoding="utf-8", newline="") as f:
        return f.read()


def as_contract_official(raw: dict) -> dict:
    """The genre gold gives an official's one position flat; the contract keeps it as the first role.
    ``implied`` (the organization only implied) is the contract's ``organization_implied``."""
    official = dict(raw)
    if official.get("position"):
        official["roles"] = [{k: official.get(k) for k in ("position", "position_span", "organization", "organization_span")}]
    official["organization_implied"] = bool(raw.get("implied"))
    return official


def as_contract_published(published: dict | None) -> dict | None:
    """A date known only from the page's URL has no place in the text: an empty span, as for input dates."""
    if published is None or published.get("span") is not None:
        return published
    return {**published, "span": {"start": 0, "end": 0, "text": ""}}


def published_accept(data: dict) -> set[dt.date | None] | None:
    """The publication dates the gold accepts: ``published_accept`` (null meaning "none is also right"),
    else the first days of its ``published``'s accepted readings, else (None) only its own."""
    accept = data.get("published_accept")
    if accept is None and data.get("published") and data["published"].get("accept"):
        accept = [start for start, _ in data["published"]["accept"]]
    if accept is None:
        return None
    return {None if day is None else dt.date.fromisoformat(day) for day in accept}


def genre_inputs(folder: Path, split: str = "dev") -> list[Document]:
    """The documents of a split as a crawl would feed them: the text, its URL, and the publication
    date the page states (sources.json) as the JSONL ``date``."""
    folder = Path(folder)
    sources = json.loads((folder / SOURCES_FILE).read_text(encoding="utf-8"))
    sources = sources.get("documents", sources)
    inputs = []
    for doc_id in split_ids(folder, split):
        source = sources.get(doc_id, {})
        line = {"id": doc_id, "text": read_text(folder, doc_id), "url": source.get("url")}
        if source.get("published"):
            line["date"] = source["published"]
        inputs.append(document_from_dict(line, doc_id))
    return inputs
