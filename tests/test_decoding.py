"""Input bytes to text: every encoding a Russian press release comes in, on a headline, a long
text and a saved web page, and the bytes that are not text at all."""

from __future__ import annotations

import codecs
import io
import json
import random

import pytest
from typer.testing import CliRunner

from pressfacts.cli import app
from pressfacts.decoding import decode, decode_lines, declared_charset
from pressfacts.inputs import read_inputs, read_text_file

from .conftest import ROOT, TEXTS

PAGE = ROOT / "tests" / "data" / "press_release_page.html"
# koi8-r has no «», dashes or №: the texts use what every encoding can write
PLAIN = str.maketrans({"«": '"', "»": '"', "—": "-", "–": "-", "…": "...", "№": "N", "\u00a0": " "})

HEADLINE = "Губернатор Андрей Бочаров посетил новый офис МФЦ"
CAPS_HEADLINE = "МФЦ РЕГИОНА ДОЛЖНЫ СТРЕМИТЕЛЬНО ДВИГАТЬСЯ ДАЛЬШЕ"
LONG = (TEXTS / "000_5100cdfe7e332adf.txt").read_text(encoding="utf-8").translate(PLAIN)

# (how the file is written, the encoding pressfacts should report, the charset a page declares)
ENCODINGS = [
    ("utf-8", "utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig", "utf-8"),
    ("cp1251", "cp1251", "windows-1251"),
    ("koi8-r", "koi8-r", "koi8-r"),
    ("utf-16", "utf-16", "utf-16"),
]
LEGACY = {"cp1251", "koi8-r"}  # guessed from the bytes, so a warning says so


def page_in(charset: str) -> str:
    html = PAGE.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in html
    return html.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')


@pytest.mark.parametrize("written,reported,charset", ENCODINGS)
@pytest.mark.parametrize("text", [HEADLINE, CAPS_HEADLINE, LONG], ids=["headline", "caps-headline", "long"])
def test_texts_decode_in_every_encoding(written, reported, charset, text):
    decoded = decode(text.encode(written))
    assert (decoded.text, decoded.encoding) == (text, reported)
    assert decoded.warnings == ([f"not UTF-8: decoded as {reported}"] if reported in LEGACY else [])


@pytest.mark.parametrize("written,reported,charset", ENCODINGS)
def test_pages_decode_in_every_encoding(written, reported, charset):
    # a page in a legacy code page writes what it cannot encode as character references
    html = page_in(charset)
    data = html.encode(written, errors="xmlcharrefreplace")
    decoded = decode(data, html=True)
    assert decoded.encoding == reported
    assert decoded.text == data.decode(written)
    assert decoded.warnings == []  # the page's own charset is no guess


@pytest.mark.parametrize("written,reported,charset", ENCODINGS)
def test_page_files_give_the_same_main_text_in_every_encoding(tmp_path, written, reported, charset):
    path = tmp_path / "page.html"
    path.write_bytes(page_in(charset).encode(written, errors="xmlcharrefreplace"))
    document = read_text_file(path)
    assert document.encoding == reported
    assert document.text == read_text_file(PAGE).text
    assert document.title == "Итоги работы сети МФЦ за полугодие подвели в Калуге"


@pytest.mark.parametrize(
    "html,written,reported,warning",
    [
        # a page re-saved as UTF-8 by the scraper keeps its old charset: the bytes win
        ('<meta charset="windows-1251"><p>{}</p>', "utf-8", "utf-8", None),
        # a server that declares the wrong code page: the text reads as koi8-r
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>{}</p>', "koi8-r", "koi8-r",
         "not UTF-8: decoded as koi8-r (the page declares cp1251)"),
        # a charset Python does not know is no hint
        ('<meta charset="x-unknown"><p>{}</p>', "cp1251", "cp1251", "not UTF-8: decoded as cp1251"),
        # no declaration: a guess
        ("<p>{}</p>", "koi8-r", "koi8-r", "not UTF-8: decoded as koi8-r"),
    ],
)
def test_declared_charset_is_a_hint_not_the_law(html, written, reported, warning):
    data = html.format(LONG).encode(written)
    decoded = decode(data, html=True)
    assert decoded.encoding == reported
    assert LONG in decoded.text
    assert decoded.warnings == ([warning] if warning else [])


@pytest.mark.parametrize(
    "meta,expected",
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<META CHARSET=windows-1251>", "cp1251"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', "koi8-r"),
        ('<meta name="description" content="о charset">'.encode(), None),
        (b'<meta charset="x-unknown">', None),
        (b"<p>charset=cp1251</p>", None),  # not in a meta tag
    ],
)
def test_declared_charset(meta, expected):
    assert declared_charset(b"<html><head>" + meta + b"</head></html>") == expected


RANDOM = random.Random(0).randbytes(4096)
UTF8 = LONG.encode("utf-8")


@pytest.mark.parametrize(
    "data,text,encoding,warning",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), None, None, "binary file: not text"),
        (RANDOM, None, None, "binary file: not text"),
        (RANDOM.replace(b"\x00", b""), None, None, "binary file: not text"),  # no NUL to give it away
        (bytes(range(1, 32)) * 20, None, None, "binary file: not text"),  # valid UTF-8, yet control characters
        (b"", "", None, None),  # empty: the reader reports "empty document"
        # cut inside the last character: the whole ones are kept
        (UTF8 + "ё".encode("utf-8")[:1], LONG, "utf-8", "truncated: an incomplete UTF-8 character at the end was dropped"),
        # one stray cp1251 byte in UTF-8 is damage, not a cp1251 text (that would be mojibake)
        (LONG[:100].encode() + b"\xe9" + LONG[100:].encode(), None, "utf-8", "invalid UTF-8: 1 bad bytes replaced by U+FFFD"),
        ("Café déjà vu, garçon.".encode("latin-1"), None, None, "cannot decode"),
        (codecs.BOM_UTF16_LE + HEADLINE.encode("utf-16-le")[:-1], None, None, "cannot decode: starts with a utf-16"),
        (codecs.BOM_UTF16_BE + HEADLINE.encode("utf-16-be"), HEADLINE, "utf-16", None),
        (codecs.BOM_UTF32_LE + HEADLINE.encode("utf-32-le"), HEADLINE, "utf-32", None),
        (HEADLINE.encode("utf-16-le"), None, None, "binary file: not text"),  # no BOM: not supported
    ],
    ids=[
        "png", "random", "random-no-nul", "controls", "empty", "truncated-utf8", "damaged-utf8",
        "latin-1", "utf16-odd-length", "utf16-be", "utf32", "utf16-no-bom",
    ],
)
def test_bad_and_odd_bytes(data, text, encoding, warning):
    decoded = decode(data)
    assert decoded.encoding == encoding
    if text is not None:
        assert decoded.text == text
    elif encoding is None:
        assert decoded.text is None
    else:
        assert "\ufffd" in decoded.text and LONG[:100] in decoded.text
    if warning is None:
        assert decoded.warnings == []
    else:
        assert len(decoded.warnings) == 1 and decoded.warnings[0].startswith(warning)


def test_jsonl_lines_are_decoded_each_and_utf16_whole():
    lines = [json.dumps({"id": "a", "text": HEADLINE}, ensure_ascii=False), json.dumps({"id": "b", "text": LONG}, ensure_ascii=False)]
    cp1251 = [(line + "\n").encode("cp1251") for line in lines]
    assert [(d.encoding, json.loads(d.text)["text"]) for d in decode_lines(cp1251)] == [("cp1251", HEADLINE), ("cp1251", LONG)]
    utf16 = io.BytesIO("\n".join(lines).encode("utf-16"))  # read by lines, its bytes cut at b"\n"
    assert [(d.encoding, json.loads(d.text)["id"]) for d in decode_lines(utf16)] == [("utf-16", "a"), ("utf-16", "b")]
    assert [d.encoding for d in decode_lines(lines)] == [None, None]  # str lines: nothing decoded


def test_documents_record_their_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes(HEADLINE.encode("koi8-r"))
    (tmp_path / "b.jsonl").write_bytes(json.dumps({"id": "b", "text": HEADLINE}, ensure_ascii=False).encode("utf-16"))
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    documents = list(read_inputs([str(tmp_path / name) for name in ("a.txt", "b.jsonl", "c.txt")]))
    assert [(d.doc_id, d.encoding, d.text) for d in documents] == [
        ("a", "koi8-r", HEADLINE), ("b", "utf-16", HEADLINE), ("c", None, None),
    ]


@pytest.mark.parametrize(
    "name,data,encoding,failed",
    [
        ("koi8.txt", HEADLINE.encode("koi8-r"), "koi8-r", False),
        ("utf16.txt", HEADLINE.encode("utf-16"), "utf-16", False),
        ("random.txt", RANDOM, None, True),
        ("empty.html", b"", None, True),
        ("binary.html", b"\x00" * 64, None, True),
    ],
)
def test_cli_writes_the_encoding_and_one_line_per_input(tmp_path, name, data, encoding, failed):
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["extract", str(path)])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1
    assert lines[0]["encoding"] == encoding
    assert result.exit_code == (1 if failed else 0)
    if failed:
        assert lines[0]["warnings"] and lines[0]["metrics"] == lines[0]["officials"] == lines[0]["dates"] == []
