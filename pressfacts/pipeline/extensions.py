"""Every custom attribute pressfacts puts on spaCy objects, registered in one place.

Doc:   published (DateMention | None), published_from ("input" | "header" | "dateline" | "text"),
       sentence_starts (first token of every sentence, set by the sentence component) and
       sentences (their Spans, built from sentence_starts on each read: see sentences.sentences()),
       text (the input string, kept by the tokenizer: see text_of()),
       dates (DateMention records, set by the dates component)
Span:  quantity (numbers.Quantity) and value, on doc.spans["quantities"];
       ordinal (numbers.Ordinal), on doc.spans["ordinals"]; date (DateMention), on doc.spans["dates"]
Token: parses (pymorphy3 parses, best first, from the word's cache in morphology.py)

Every stored value survives ``Doc.to_bytes`` and ``DocBin(store_user_data=True)``: it is plain
data (str, int, lists), a NamedTuple kept as a plain list, or a schemas record, which the msgpack
codec below writes as its JSON fields. What cannot be stored (Spans, pymorphy3 parses) is a getter.
"""

from __future__ import annotations

from functools import partial

import srsly
from pydantic import BaseModel
from spacy.tokens import Doc, Span, Token

from pressfacts import schemas

from .morphology import parse
from .numbers import Ordinal, Quantity


def _set(cls, name: str, **kwargs) -> None:
    if not cls.has_extension(name):
        cls.set_extension(name, **kwargs)


# Getters and setters are module functions (or partials of them), never lambdas: spaCy hands the
# extension table to nlp.pipe's worker processes, which pickle it where they are spawned.

def _get_list(name: str, doc: Doc) -> list | None:
    key = ("._.", name, None, None)  # where spaCy keeps a stored Doc extension
    value = doc.user_data.get(key)
    if isinstance(value, tuple):  # DocBin unpacks msgpack arrays as tuples
        value = doc.user_data[key] = list(value)
    return value


def _set_list(name: str, doc: Doc, value: list | None) -> None:
    doc.user_data[("._.", name, None, None)] = value


def set_list_extension(name: str) -> None:
    """A Doc extension that holds a list (None until set) and reads back as a list after a DocBin."""
    _set(Doc, name, getter=partial(_get_list, name), setter=partial(_set_list, name))


def _get_fields(record: type, name: str, span: Span):
    fields = span._.get(name)
    return None if fields is None else record(**fields)


def _set_fields(name: str, span: Span, value) -> None:
    span._.set(name, None if value is None else value._asdict())


def _sentences(doc: Doc) -> list[Span] | None:
    starts = doc._.sentence_starts
    return None if starts is None else [doc[a:b] for a, b in zip(starts, [*starts[1:], len(doc)])]


def _value(span: Span):
    quantity = span._.quantity
    return quantity.value if quantity else None


def _parses(token: Token) -> tuple:
    return parse(token.text)


_set(Doc, "published", default=None)
_set(Doc, "published_from", default=None)
set_list_extension("sentence_starts")
_set(Doc, "sentences", getter=_sentences)
_set(Doc, "text", default=None)
set_list_extension("dates")

# msgpack packs a NamedTuple as a plain list (a tuple, from a DocBin): keep its fields as a dict, read the tuple.
_set(Span, "quantity_fields", default=None)
_set(Span, "quantity", getter=partial(_get_fields, Quantity, "quantity_fields"), setter=partial(_set_fields, "quantity_fields"))
_set(Span, "value", getter=_value)
_set(Span, "ordinal_fields", default=None)
_set(Span, "ordinal", getter=partial(_get_fields, Ordinal, "ordinal_fields"), setter=partial(_set_fields, "ordinal_fields"))
_set(Span, "date", default=None)

_set(Token, "parses", getter=_parses)


# ---------------------------------------------------------------------------------------------
# The msgpack codec of the schemas' records, for the Doc's user_data

RECORD_KEY = "__pressfacts_record__"
# The models the schemas export, by name: the decoder builds nothing else.
RECORDS = {
    name: model
    for name in schemas.__all__
    if isinstance(model := getattr(schemas, name), type) and issubclass(model, BaseModel)
}


@srsly.msgpack_encoders("pressfacts_records")
def encode_record(obj, chain=None):
    """A schemas record as msgpack data: its class name and its fields as JSON values (dates as ISO strings)."""
    if isinstance(obj, BaseModel) and RECORDS.get(type(obj).__name__) is type(obj):
        return {RECORD_KEY: type(obj).__name__, "fields": obj.model_dump(mode="json")}
    return obj if chain is None else chain(obj)


@srsly.msgpack_decoders("pressfacts_records")
def decode_record(obj, chain=None):
    """The record ``encode_record`` wrote, validated again."""
    if RECORD_KEY in obj:
        return RECORDS[obj[RECORD_KEY]].model_validate(obj["fields"])
    return obj if chain is None else chain(obj)


def text_of(doc: Doc) -> str:
    """The Doc's text, without rebuilding it from every token as ``doc.text`` does on each call."""
    text = doc._.text
    return text if text is not None else doc.text
