"""The library API: ``load``, ``extract``, ``extract_many``.

    >>> import pressfacts
    >>> result = pressfacts.extract("Губернатор Андрей Бочаров посетил МФЦ.", published="2021-02-24")
    >>> result.published.start.isoformat()
    '2021-02-24'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .chunking import MAX_CHARS, merge_results, split_text
from .extractors import EXTRACTOR_STAGES, RECORD_EXTENSIONS
from .inputs import Document, document_from_dict, parse_date
from .pipeline import LINGUISTIC_STAGES, blank
from .schemas import DateMention, DocumentResult, Span

BATCH_SIZE = 32  # documents per nlp.pipe batch: slovnet batches their sentences together


@lru_cache(maxsize=None)
def load(*, slovnet_morph: bool = False, syntax: bool = True) -> Language:
    """The pressfacts spaCy pipeline, built once per process and configuration.

    ``slovnet_morph=True`` adds natasha's slovnet morphology tagger after pymorphy3; it
    disambiguates in context but costs about as much as the NER. ``syntax`` (on by default): slovnet's
    dependency parser after the linguistic stages (``token.head``, ``token.dep_``) on the sentences
    with a person or an award or role word; the extractors read it where it is there.
    """
    nlp = blank()
    for name in LINGUISTIC_STAGES:
        nlp.add_pipe(name)
        if name == "pressfacts_morphology" and slovnet_morph:
            nlp.add_pipe("pressfacts_slovnet_morph")
    if syntax:
        nlp.add_pipe("pressfacts_syntax")
    for name in EXTRACTOR_STAGES:
        nlp.add_pipe(name)
    return nlp


def extract(
    text: str, *, published: str | dt.date | None = None, doc_id: str = "doc", source: str | None = None,
    max_chars: int = MAX_CHARS,
) -> DocumentResult:
    """Extract every record from one text.

    ``published`` (a date or "YYYY-MM-DD") anchors relative dates; without it the date
    printed in the text's header is used, when there is one. A text longer than ``max_chars``
    is processed in chunks cut at paragraph or sentence breaks, its records merged.
    """
    document = Document(doc_id=doc_id, text=text, source=source, published=_as_date(published))
    if not text.strip():
        document.text, document.warnings = None, ["empty document"]
    return next(process([document], max_chars=max_chars))[1]


def extract_many(
    items: Iterable[str | dict | Document],
    *,
    published: str | dt.date | None = None,
    batch_size: int = BATCH_SIZE,
    max_chars: int = MAX_CHARS,
) -> Iterator[DocumentResult]:
    """Stream results for many documents, in input order.

    Items are texts, dicts like a JSONL line (``{"id", "text", "date", "url"}``) or
    ``Document`` objects. ``published`` is the default publication date for items without one.
    """
    default = _as_date(published)

    def documents() -> Iterator[Document]:
        for i, item in enumerate(items):
            if isinstance(item, Document):
                doc = item
            elif isinstance(item, str):
                doc = document_from_dict({"text": item}, default_id=f"doc{i}")
            else:
                doc = document_from_dict(item, default_id=f"doc{i}")
            if doc.published is None:
                doc.published = default
            yield doc

    for _, result in process(documents(), batch_size=batch_size, max_chars=max_chars):
        yield result


def process(
    documents: Iterable[Document], *, batch_size: int = BATCH_SIZE, max_chars: int = MAX_CHARS,
    nlp: Language | None = None,
) -> Iterator[tuple[Document, DocumentResult]]:
    """Run the pipeline (``load()``'s, or ``nlp``) on documents in batches; yield each with its
    result, in input order.

    A document that fails is retried alone so that one bad text never costs its batch;
    if it fails alone, its result has empty record lists and the reason in ``warnings``.
    A document longer than ``max_chars`` characters is processed in chunks (``pressfacts.chunking``).
    """
    nlp = nlp or load()
    documents = iter(documents)
    while batch := list(islice(documents, batch_size)):
        long = {id(d) for d in batch if not d.failed and len(d.text) > max_chars}
        readable = [d for d in batch if not d.failed and id(d) not in long]
        docs = dict(zip(map(id, readable), _run(nlp, readable)))
        for document in batch:
            if id(document) in long:
                yield document, _process_in_chunks(nlp, document, max_chars)
                continue
            doc = docs.get(id(document))
            yield document, to_result(document, doc)


def _process_in_chunks(nlp: Language, document: Document, max_chars: int) -> DocumentResult:
    """One result of a long document from its chunks, run one at a time (memory stays that of
    one chunk). The first runs first: its publication date, or the input's, holds for all."""
    text = document.text
    bounds = split_text(text, max_chars)
    document.warnings.append(f"{len(text)} characters: processed in {len(bounds)} chunks of at most {max_chars}")
    parts, published = [], document.published
    for number, (start, end) in enumerate(bounds):
        chunk = Document(document.doc_id, text[start:end], document.source, published, published_from=document.published_from)
        doc = _run(nlp, [chunk], undated=number > 0 and published is None)[0]
        if number == 0 and published is None and doc is not None and doc._.published is not None:
            published = doc._.published.start
        parts.append((start, to_result(chunk, doc)))
    result = merge_results(text, parts, to_result(document, None))
    document.warnings = list(result.warnings)  # the command line reports them
    return result


def _run(nlp: Language, documents: list[Document], *, undated: bool = False) -> list[Doc | None]:
    try:
        return list(nlp.pipe([_make_doc(nlp, d, undated=undated) for d in documents]))
    except Exception:  # noqa: BLE001  one bad document must not cost the others
        pass
    results: list[Doc | None] = []
    for document in documents:
        try:
            results.append(nlp(_make_doc(nlp, document, undated=undated)))
        except Exception as error:  # noqa: BLE001
            document.warnings.append(f"processing failed: {type(error).__name__}: {error}")
            document.text = None
            results.append(None)
    return results


def _make_doc(nlp: Language, document: Document, *, undated: bool = False) -> Doc:
    doc = nlp.make_doc(document.text)
    if undated:  # a later chunk of a document without a date: cleanup must not take one from its first lines
        doc._.published_from = "input"
    if document.published is not None:
        day = document.published
        # A date given with the input has no place in the text: an empty span at 0 says so.
        doc._.published = DateMention(
            span=Span(start=0, end=0, text=""), start=day, end=day, granularity="day",
            year=day.year, month=day.month, day=day.day,
        )
        doc._.published_from = document.published_from or "input"
    return doc


def to_result(document: Document, doc: Doc | None) -> DocumentResult:
    """The one place where a processed Doc becomes the output record."""
    records = {}
    if doc is not None:
        records = {name: getattr(doc._, name) or [] for name in RECORD_EXTENSIONS}
        records["published"] = doc._.published
        records["published_from"] = doc._.published_from
    return DocumentResult(
        doc_id=document.doc_id, source=document.source, title=document.title, encoding=document.encoding,
        warnings=list(document.warnings), text=document.text, **records
    )


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_date(value)
