"""Pydantic models of the output contract (``shared/output-contract.md``)."""

from .records import (
    SCHEMA_VERSION,
    Award,
    DateMention,
    DocumentResult,
    Metric,
    Official,
    PersonName,
    Quote,
    Role,
    Span,
    json_schema,
    register_html_renderer,
)

__all__ = [
    "SCHEMA_VERSION",
    "Award",
    "DateMention",
    "DocumentResult",
    "Metric",
    "Official",
    "PersonName",
    "Quote",
    "Role",
    "Span",
    "json_schema",
    "register_html_renderer",
]
