"""The output records: the single source of truth for what pressfacts emits.

Field names follow ``shared/output-contract.md`` exactly; they are public API.
Every ``Span`` points into the ORIGINAL input text. Validate a whole result
against its text with ``DocumentResult.model_validate(data, context={"text": text})``
(or ``result.check_spans(text)``): every span is then checked to be a slice of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

SCHEMA_VERSION = "1.1"
READABLE_VERSIONS = Literal["1", "1.1"]  # 1.1 is additive: lines written by version 1 still read

Number = int | float
Granularity = Literal["day", "month", "quarter", "half_year", "year", "range"]
MetricKind = Literal["count", "percent", "money", "ratio", "duration", "measure"]
Qualifier = Literal["exact", "approx", "more_than", "less_than", "range"]
Direction = Literal["up", "down"]
QuoteKind = Literal["direct", "indirect"]
RecipientKind = Literal["person", "organization"]
PublishedFrom = Literal["input", "header", "dateline", "text", "page"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Span(Record):
    """Character offsets (end exclusive) into the original text, and the text there."""

    start: int = Field(ge=0, description="Offset of the first character (Python str index).")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="original[start:end], verbatim.")

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> Span:
        if self.start > self.end:
            raise ValueError(f"span start {self.start} > end {self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span {self.start}:{self.end} has text of length {len(self.text)}")
        original = (info.context or {}).get("text") if info else None
        if original is not None and original[self.start : self.end] != self.text:
            raise ValueError(
                f"span {self.start}:{self.end} says {self.text[:40]!r} "
                f"but the original has {original[self.start:self.end][:40]!r}"
            )
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])


class DateMention(Record):
    """A date or period as written, with what it covers."""

    span: Span = Field(description="The mention as written: 'с апреля по май 2020 года'.")
    start: dt.date | None = Field(None, description="First day covered, inclusive; null when the year is unknown.")
    end: dt.date | None = Field(None, description="Last day covered, inclusive; null when the year is unknown.")
    granularity: Granularity = Field(description="How precise the mention is.")
    year: int | None = Field(None, ge=1, le=9999, description="The year the text itself fixes.")
    month: int | None = Field(None, ge=1, le=12, description="The month the text itself fixes.")
    day: int | None = Field(None, ge=1, le=31, description="The day the text itself fixes.")
    time: str | None = Field(None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="'HH:MM' when given.")
    relative: bool = Field(False, description="True when resolved against the publication date.")

    @model_validator(mode="after")
    def _check(self) -> DateMention:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"date start {self.start} is after end {self.end}")
        return self


class Metric(Record):
    """A reported figure: what it counts, how much, when, and compared with what."""

    span: Span = Field(description="The whole claim: 'более 240 тысяч обращений'.")
    value: Number = Field(description="Multipliers applied: 240000; 97 for '97%'; 2.5 for 'в 2,5 раза'.")
    value_span: Span = Field(description="The figure itself: '240 тысяч'.")
    kind: MetricKind
    unit: str | None = Field(None, description="Lemma of what is counted or measured: 'обращение', '%', 'раз'.")
    subject: str | None = Field(None, description="What the figure is about, normalized: 'обращение в колл-центр'.")
    qualifier: Qualifier = "exact"
    value_low: Number | None = Field(None, description="Lower bound of a range ('80–90 литров': 80; value is 90).")
    previous: Number | None = Field(None, description="The earlier value in 'выросло с 5 до 27 тысяч': 5000.")
    change: bool = Field(False, description="True when value is a difference ('увеличился на миллион'), not a level.")
    direction: Direction | None = Field(None, description="Of a change: 'снижение на 10,5%' is down.")
    target: bool = Field(False, description="A planned or target figure ('довести до 60% к 2030 году'), not a reported one.")
    period: DateMention | None = Field(None, description="The time the figure refers to.")
    organization: str | None = Field(None, description="Whose figure, where the text says.")
    organization_implied: bool = Field(
        False, description="The organization is the region or district the text is about, not named in the figure's clause."
    )
    quote: int | None = Field(None, ge=0, description="Index into this document's quotes: a figure a speaker claimed.")


class PersonName(Record):
    full: str = Field(description="Nominative: 'Дмитрий Разумовский'; initials kept as written: 'Михин С.В.'.")
    last: str | None = None
    first: str | None = None
    middle: str | None = None


class Role(Record):
    position: str = Field(description="Nominative: 'заместитель губернатора'.")
    position_span: Span = Field(description="As written: 'заместителя губернатора'.")
    organization: str | None = Field(None, description="Where the position is held: 'Оренбургская область'.")
    organization_span: Span | None = None


class Official(Record):
    """One person per document, with every mention and every role the text gives."""

    name: PersonName
    name_span: Span = Field(description="The first full mention.")
    mentions: list[Span] = Field(default_factory=list, description="Every mention, surname-only ones included.")
    roles: list[Role] = Field(default_factory=list, description="In order of first mention.")
    position: str | None = Field(None, description="The first role's position, repeated for convenience.")
    position_span: Span | None = None
    organization: str | None = None
    organization_span: Span | None = None
    organization_implied: bool = Field(
        False, description="The organization comes from the headline, dateline or context, not the role phrase."
    )

    @model_validator(mode="before")
    @classmethod
    def _fill_from_first_role(cls, data):
        # The flat fields repeat the first role; fill them when the caller gave only roles.
        if isinstance(data, dict) and data.get("roles") and data.get("position") is None:
            first = data["roles"][0]
            first = first.model_dump() if isinstance(first, BaseModel) else first
            data = {**data, **{k: first.get(k) for k in ("position", "position_span", "organization", "organization_span")}}
        return data

    @model_validator(mode="after")
    def _check(self) -> Official:
        expected = self.roles[0].position if self.roles else None
        if self.position != expected:
            raise ValueError(f"position {self.position!r} is not the first role's {expected!r}")
        return self


class Award(Record):
    """An honour or a contest result, for one recipient."""

    span: Span
    award: str | None = Field(None, description="The honour: 'почётная грамота губернатора', 'диплом 1 степени'.")
    contest: str | None = None
    nomination: str | None = None
    category: str | None = None
    rank: int | None = Field(None, ge=1, description="1 for '1 место', 'лауреат 1 степени'.")
    recipient: str
    recipient_span: Span
    recipient_kind: RecipientKind
    recipient_organization: str | None = None
    recipient_position: str | None = None
    project: str | None = None
    prize: Metric | None = Field(None, description="What came with the result: '1 место и 100 тыс. рублей'.")
    date: DateMention | None = None


class Quote(Record):
    """Who said what: one quoted statement and its attribution."""

    span: Span = Field(description="The whole construction, attribution included.")
    text: str = Field(description="The statement as written, without quote marks or attribution.")
    text_span: Span
    kind: QuoteKind = Field(description="direct: quotation marks or a dash; indirect: 'по словам X', 'X отметил, что'.")
    speaker: str | None = Field(None, description="Nominative: 'Андрей Бочаров'.")
    speaker_span: Span | None = None
    speaker_role: str | None = Field(None, description="When the text gives the role: 'заместитель губернатора'.")
    speaker_official: int | None = Field(None, ge=0, description="Index into this document's officials.")
    verb: str | None = Field(None, description="Lemma: 'подчеркнуть', 'отметить', 'сообщить'.")
    verb_span: Span | None = None


class DocumentResult(Record):
    """Everything extracted from one input document: one JSON line of output."""

    schema_version: READABLE_VERSIONS = SCHEMA_VERSION
    doc_id: str = Field(description="File stem, or the 'id' of a JSONL line.")
    source: str | None = Field(None, description="The file path, or the line's 'url', or the URL a web page gives.")
    title: str | None = Field(None, description="The page's title, for a web page (HTML input); null otherwise.")
    encoding: str | None = Field(
        None,
        description="The encoding the input's bytes were decoded with ('utf-8', 'utf-8-sig', 'cp1251', 'koi8-r', "
        "'utf-16', …); null for text given as a string, or bytes that are not text.",
    )
    published: DateMention | None = Field(None, description="From the input's date, --published, or the text's header.")
    published_from: PublishedFrom | None = Field(
        None,
        description="Where the publication date came from: the input (empty span), a header line "
        "('Posted …'), a dateline (a line that is only a date), the first full date of the text, "
        "or the page: a web page's own metadata (a meta tag, JSON-LD; empty span).",
    )
    metrics: list[Metric] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text_sha1: str | None = Field(
        None,
        description="SHA-1 (hex) of the document's text in UTF-8; null when it could not be read or processed. "
        "Finds reposts; lets extract --resume recognise documents already done.",
    )
    text: str | None = Field(
        None,
        description="The document's text, which every span points into. Set by the library; "
        "written to the output only when asked for (extract --include-text).",
    )

    @model_validator(mode="before")
    @classmethod
    def _hash_text(cls, data):
        # filled when the result is made from its text; a line read back keeps the hash it has
        if isinstance(data, dict) and data.get("text") is not None and data.get("text_sha1") is None:
            data = {**data, "text_sha1": text_sha1(data["text"])}
        return data

    def check_spans(self, text: str) -> DocumentResult:
        """Re-validate against the original text; raises ValidationError on a span that is not its slice."""
        return DocumentResult.model_validate(self.model_dump(), context={"text": text})

    def to_json(self, *, include_text: bool = False) -> str:
        """One output line: UTF-8 text, not ASCII-escaped; the text itself only when asked for."""
        return self.model_dump_json(exclude=None if include_text else {"text"})

    def _repr_html_(self) -> str | None:
        # None: IPython shows the plain repr
        return None if _html_renderer is None else _html_renderer(self)


# How a notebook shows a result: pressfacts.display registers its renderer when pressfacts is
# imported; the schemas sit below the display and import nothing else of the package.
_html_renderer: Callable[[DocumentResult], str] | None = None


def register_html_renderer(render: Callable[[DocumentResult], str]) -> None:
    """Make ``render(result)`` the HTML of ``DocumentResult`` in notebooks (``_repr_html_``)."""
    global _html_renderer
    _html_renderer = render


def text_sha1(text: str | None) -> str | None:
    """The hex SHA-1 of a text in UTF-8 (None for None): ``DocumentResult.text_sha1``.

    >>> text_sha1("Текст.")
    '055aef612eaeca8fa17cfd9dbfe24b3dcda70c15'
    """
    return None if text is None else hashlib.sha1(text.encode("utf-8")).hexdigest()


def json_schema() -> dict:
    """The JSON Schema of one output line."""
    return DocumentResult.model_json_schema()
