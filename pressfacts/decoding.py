"""Bytes to text: which encoding a Russian document was saved in.

UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are certain. Anything else is a guess
among the legacy Cyrillic code pages, and a guess has to work on a headline as well as on a
page. charset-normalizer proposes candidates, but on short texts it often names the wrong one
(a koi8-r headline comes back as cp1255 or shift_jis), and every Cyrillic code page decodes
the bytes of every other into Cyrillic letters. So each candidate's text is scored as Russian:
how frequent its letters are in Russian, and whether its words are cased like words
(koi8-r read as cp1251 turns "Губернатор" into "гХАЕПМЮРНП"). A charset declared by an HTML
page is a strong hint, taken when its text reads as Russian nearly as well as the best guess.
"""

from __future__ import annotations

import codecs
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain

from charset_normalizer import from_bytes

# Legacy Cyrillic code pages tried on every text that is not UTF-8, whatever the detector says,
# with how likely each is before reading the text: Windows' cp1251 is by far the most common.
ENCODING_PRIOR = {"cp1251": 0.6, "koi8-r": 0.25, "cp866": 0.05, "mac-cyrillic": 0.05, "iso8859-5": 0.04}
OTHER_PRIOR = 0.01  # any other encoding charset-normalizer proposes

BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
WIDE_BOMS = tuple(bom for bom, encoding in BOMS if encoding in ("utf-16", "utf-32"))

# Share of each letter in Russian text, in percent (the Russian National Corpus counts).
LETTER_FREQUENCY = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04,
}
# Non-ASCII characters that are not letters but are common in Russian press releases.
COMMON_SIGNS = {
    "«": 0.3,  # «МФЦ Калужской области»
    "»": 0.3,
    "—": 0.2,  # Латошинки, Забазного — и т. д.
    "–": 0.1,  # лауреаты 3 степени – А и Б
    "№": 0.05,  # приказ № 12
    "…": 0.02,
    "„": 0.02,  # „лапки“
    "“": 0.02,
    "”": 0.02,
    "\u00a0": 0.1,  # no-break space
}
RARE = 1e-4  # the share (in percent, as above) of any other non-ASCII character
MIXED_CASE_COST = math.log(1e-3)  # a lower-case letter followed by a capital inside a word
DECLARED_BONUS = 0.25  # nats per non-ASCII character (a wrong reading loses about 0.8): a page's own charset wins near-ties
CYRILLIC_SHARE = 0.5  # of the letters, for a legacy decoding to count as Russian text
MOSTLY_UTF8 = 4  # valid non-ASCII characters per invalid byte, for damaged UTF-8 to stay UTF-8
BINARY_CONTROLS = 0.01  # share of control characters beyond which bytes are not text

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
MIXED_CASE = re.compile(r"[а-яё][А-ЯЁ]")
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class Decoded:
    """The text of some bytes (None when they are not text), its encoding, and what to warn about."""

    text: str | None
    encoding: str | None
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, *, html: bool = False) -> Decoded:
    """Decode a document's bytes; ``html`` lets a charset the page declares count as a hint.

    >>> decode("Губернатор посетил МФЦ".encode("koi8-r"))
    Decoded(text='Губернатор посетил МФЦ', encoding='koi8-r', warnings=['not UTF-8: decoded as koi8-r'])
    >>> decode(b"\\xef\\xbb\\xbf\\xd0\\x9c\\xd0\\xa4\\xd0\\xa6").encoding
    'utf-8-sig'
    """
    if not data:
        return Decoded("", None)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, encoding)
    if b"\x00" in data[:8192]:
        return Decoded(None, None, ["binary file: not text"])
    utf8 = _decode_utf8(data)
    if utf8 is not None:
        return utf8
    declared = declared_charset(data) if html else None
    return _decode_legacy(data, declared)


def decode_lines(lines: Iterable[bytes | str]) -> Iterator[Decoded]:
    """Each line of a JSON Lines stream, decoded on its own (a str line as it is).

    A UTF-16 or UTF-32 stream, which starts with its byte order mark, is decoded whole:
    its bytes cut at b"\\n" are not lines.
    """
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    if isinstance(first, bytes) and first.startswith(WIDE_BOMS):
        decoded = decode(first + b"".join(lines))
        if decoded.text is None:
            yield decoded
            return
        for line in decoded.text.split("\n"):
            yield Decoded(line, decoded.encoding, list(decoded.warnings))
        return
    for line in chain([first], lines):
        yield Decoded(line, None) if isinstance(line, str) else decode(line)


def declared_charset(html: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, as a Python codec name.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    'cp1251'
    >>> declared_charset(b'<meta charset="no-such-charset">') is None
    True
    """
    found = META_CHARSET.search(html[:16384])
    if found is None:
        return None
    return _codec_name(found.group(1).decode("ascii"))


def russian_score(text: str) -> tuple[float, int]:
    """How much like Russian a text's non-ASCII characters read: their log-likelihood, and their number.

    >>> russian_score("Губернатор посетил МФЦ")[0] > russian_score("гХАЕПМЮРНП ОНЯЕРХК лтж")[0]
    True
    """
    total = count = 0
    for char in text:
        if char.isascii():
            continue
        lower = char.lower()
        share = LETTER_FREQUENCY.get(lower) or COMMON_SIGNS.get(lower) or RARE
        total += math.log(share / 100)
        count += 1
    return total + MIXED_CASE_COST * len(MIXED_CASE.findall(text)), count


def looks_like_text(text: str) -> bool:
    """Few control characters: text, not binary data read as characters."""
    return len(CONTROLS.findall(text)) <= BINARY_CONTROLS * len(text)


def looks_russian(text: str) -> bool:
    """Mostly Cyrillic letters, and text."""
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in letters)
    return bool(letters) and cyrillic / len(letters) >= CYRILLIC_SHARE and looks_like_text(text)


def _decode_with_bom(data: bytes, encoding: str) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        return Decoded(None, None, [f"cannot decode: starts with a {encoding} byte order mark but {error.reason}"])
    if not looks_like_text(text):
        return Decoded(None, None, ["binary file: not text"])
    return Decoded(text, encoding)


def _decode_utf8(data: bytes) -> Decoded | None:
    """UTF-8, possibly cut short or damaged; None when the bytes are not UTF-8 at all."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.end == len(data):
            # a download or copy cut short inside a character: keep what is whole
            decoded = _decode_utf8(data[: error.start])
            if decoded is not None and decoded.text is not None:
                decoded.warnings.append("truncated: an incomplete UTF-8 character at the end was dropped")
            return decoded
        text = data.decode("utf-8", errors="replace")
        invalid = text.count("\ufffd")
        valid = sum(not c.isascii() for c in text) - invalid
        if valid < MOSTLY_UTF8 * invalid:
            return None
        return _checked(text, "utf-8", [f"invalid UTF-8: {invalid} bad bytes replaced by U+FFFD"])
    return _checked(text, "utf-8", [])


def _checked(text: str, encoding: str, warnings: list[str]) -> Decoded:
    if not looks_like_text(text):
        return Decoded(None, None, ["binary file: not text"])
    return Decoded(text, encoding, warnings)


def _decode_legacy(data: bytes, declared: str | None) -> Decoded:
    """The best-scoring Russian reading among the Cyrillic code pages and the detector's guesses."""
    candidates = dict.fromkeys([*ENCODING_PRIOR, *_detected(data)])
    readings = {}  # encoding: (text, log-likelihood with the prior, mean log-likelihood per character)
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if looks_russian(text):
            score, count = russian_score(text)
            readings[encoding] = (text, score + math.log(ENCODING_PRIOR.get(encoding, OTHER_PRIOR)), score / max(count, 1))
    if not readings:
        if not looks_like_text(data.decode("latin-1")):
            return Decoded(None, None, ["binary file: not text"])
        return Decoded(None, None, ["cannot decode: not UTF-8 and no Russian text in any known encoding"])
    best = max(readings, key=lambda e: readings[e][1])
    if declared in readings and readings[declared][2] + DECLARED_BONUS >= readings[best][2]:
        return Decoded(readings[declared][0], declared)
    warning = f"not UTF-8: decoded as {best}"
    if declared is not None and declared != best:
        warning += f" (the page declares {declared})"
    return Decoded(readings[best][0], best, [warning])


def _detected(data: bytes) -> list[str]:
    """charset-normalizer's candidates, best first, as Python codec names."""
    names = (_codec_name(match.encoding) for match in from_bytes(data))
    return [name for name in names if name is not None]


def _codec_name(label: str) -> str | None:
    """A canonical codec name ('cp1251', 'koi8-r', 'utf-8'), or None for an unknown label."""
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return name

