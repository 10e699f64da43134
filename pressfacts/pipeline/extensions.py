"""Every custom attribute pressfacts puts on spaCy objects, registered in one place.

Doc:   published (DateMention | None), published_from ("input" | "header" | "dateline" | "text"),
       sentences (list of Span, cached by the sentence component: see sentences.sentences()),
       text (the input string, kept by the tokenizer: see text_of()),
       metrics, officials, awards, dates (lists of output records, set by their components)
Span:  quantity (numbers.Quantity) and value, on doc.spans["quantities"];
       ordinal (numbers.Ordinal), on doc.spans["ordinals"]; date (DateMention), on doc.spans["dates"]
Token: parses (pymorphy3 parses, best first)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .morphology import parse

RECORD_EXTENSIONS = ("metrics", "officials", "awards", "dates")


def _set(cls, name: str, **kwargs) -> None:
    if not cls.has_extension(name):
        cls.set_extension(name, **kwargs)


_set(Doc, "published", default=None)
_set(Doc, "sentences", default=None)
_set(Doc, "text", default=None)
_set(Doc, "published_from", default=None)
for _name in RECORD_EXTENSIONS:
    _set(Doc, _name, default=None)

_set(Span, "quantity", default=None)
_set(Span, "value", getter=lambda span: span._.quantity.value if span._.quantity else None)
_set(Span, "ordinal", default=None)
_set(Span, "date", default=None)

_set(Token, "parses", getter=lambda token: parse(token.text))


def text_of(doc: Doc) -> str:
    """The Doc's text, without rebuilding it from every token as ``doc.text`` does on each call."""
    text = doc._.text
    return text if text is not None else doc.text
