"""Saved web pages as input: the main text of a press-release page and what the page says of itself.

trafilatura finds the main text (the release, without menus, sidebars, footers, cookie
banners and scripts) and the page's title and URL. The extracted text is the document's text:
every span points into it. The publication date is one the page itself states (a meta tag, a
<time> element, JSON-LD, a date line of the page), never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from copy import deepcopy
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from trafilatura.utils import load_html

HTML_SUFFIXES = (".html", ".htm")

# htmldate, as trafilatura calls it for its metadata date, takes a date in the page's URL
# before the page's own meta tags; its extensive search guesses from any text (the
# "© 2015–2020" of a footer gives 2020-01-01), and even its plain search takes the date of
# the first sidebar item marked class="date". So we call it ourselves, with no URL and no
# extensive search, on what the page says about itself only: its head (meta tags, title),
# its JSON-LD, and elements marked as its publication date. Its original publication date,
# not the last modification.
PAGE_DATE_OPTIONS = {"extensive_search": False, "original_date": True, "url": ""}
SELF_DESCRIPTION = (
    "//head",
    "//script[@type='application/ld+json']",  # {"@type": "NewsArticle", "datePublished": ...}
    "//*[@itemprop='datePublished']",  # <time itemprop="datePublished" datetime="2020-09-08">
    "//time[@pubdate]",  # <time pubdate datetime="2020-09-08">
)
MODIFIED = re.compile(r"modif|updat|revis", re.IGNORECASE)  # <meta property="article:modified_time">
MODIFIED_KEY = re.compile(r'"date(Modified|Updated)"\s*:\s*"[^"]*"')  # JSON-LD {"dateModified": "2020-09-09"}
# trafilatura's plain extraction with favor_precision: its fallback extractors return the
# menus and the footer of a page that has no main text at all
EXTRACTION_OPTIONS = {"fast": True, "favor_precision": True, "include_comments": False, "include_tables": True}


@dataclass
class Page:
    """What a saved page gives: its main text (None when it has none), title, date and URL."""

    text: str | None
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None


def is_html_path(name: str) -> bool:
    """A file to read as a web page.

    >>> is_html_path("release.HTM"), is_html_path("release.txt")
    (True, False)
    """
    return name.lower().endswith(HTML_SUFFIXES)


def read_page(html: str) -> Page:
    """The main text and metadata of a web page's HTML."""
    tree = load_html(html)
    if tree is None:
        return Page(None)
    published = page_date(tree)  # first: trafilatura prunes the tree it is given
    extracted = trafilatura.bare_extraction(
        tree, with_metadata=True, date_extraction_params=PAGE_DATE_OPTIONS, **EXTRACTION_OPTIONS
    )
    if extracted is None:  # no main text: the title still says which page it was
        metadata = trafilatura.extract_metadata(html, date_config=PAGE_DATE_OPTIONS)
        return Page(None, metadata.title or None, published, metadata.url or None)
    text = (extracted.text or "").strip()
    return Page(text or None, extracted.title or None, published, extracted.url or None)


def page_date(tree) -> dt.date | None:
    """The publication date the page states about itself, if it states one."""
    statements = tree.makeelement("html")
    for path in SELF_DESCRIPTION:
        for element in tree.xpath(path):
            statements.append(deepcopy(element))
    for element in list(statements.iter("meta", "script", "style")):
        if element.tag == "meta" and MODIFIED.search(" ".join(element.attrib.values())):
            element.drop_tree()  # htmldate falls back to a modification date
        elif element.tag != "meta" and element.get("type") != "application/ld+json":
            element.drop_tree()  # code, whose timestamps htmldate would read as dates
        elif element.tag == "script":
            element.text = MODIFIED_KEY.sub('"_": ""', element.text or "")
    found = find_date(statements, **PAGE_DATE_OPTIONS)
    if found is None:
        return None
    try:
        return dt.date.fromisoformat(found)
    except ValueError:
        return None
