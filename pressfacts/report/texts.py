"""Where a document's text comes from, for highlighting: the results line itself
(``extract --include-text``), else the file named by ``source``, read as extract reads it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..inputs import read_text_file
from ..schemas import DocumentResult
from .loading import summarize


@dataclass(frozen=True)
class DocumentText:
    """The text every span of a result points into, or why there is none."""

    text: str | None
    origin: str  # where the text came from, or why it is missing


def find_text(result: DocumentResult, folders: list[Path]) -> DocumentText:
    """The result's own text, else its source file (tried in each folder, for a relative path);
    the spans are checked against the text found."""
    if result.text is not None:
        return _checked(result, result.text, "текст из файла результатов")
    if not result.source:
        return DocumentText(None, "в результатах нет текста (extract --include-text), и источник не указан")
    path = _existing(Path(result.source), folders)
    if path is None:
        return DocumentText(None, f"в результатах нет текста (extract --include-text), а файла {result.source} нет")
    document = read_text_file(path)
    if document.text is None:
        return DocumentText(None, f"файл {path} не читается: {'; '.join(document.warnings)}")
    return _checked(result, document.text, f"текст из файла {path}")


def _existing(source: Path, folders: list[Path]) -> Path | None:
    candidates = [source] if source.is_absolute() else [folder / source for folder in folders]
    return next((path for path in candidates if path.is_file()), None)


def _checked(result: DocumentResult, text: str, origin: str) -> DocumentText:
    try:
        result.check_spans(text)
    except ValidationError as error:
        return DocumentText(None, f"{origin} не совпадает с отрезками результатов ({summarize(error)})")
    return DocumentText(text, origin)
