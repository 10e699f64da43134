"""Saved web pages as input: the main text, the title, the date the page states, and the same
records as from the plain text of the release."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from typer.testing import CliRunner

import pressfacts
from pressfacts.cli import app
from pressfacts.html_input import read_page
from pressfacts.schemas import DocumentResult

from .conftest import ROOT, TEXTS

PAGE = ROOT / "tests" / "data" / "press_release_page.html"
SEED = TEXTS / "000_5100cdfe7e332adf.txt"  # the release the page wraps
HTML = PAGE.read_text(encoding="utf-8")
TITLE = "Итоги работы сети МФЦ за полугодие подвели в Калуге"
URL = "https://mincifra.admoblkaluga.ru/news/itogi-raboty-seti-mfts-za-polugodie/"
PUBLISHED = "2020-09-08"

runner = CliRunner()


def run(*args, input=None):
    result = runner.invoke(app, ["extract", *args], input=input)
    return result, [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def without(html: str, *patterns: str) -> str:
    for pattern in patterns:
        html, count = re.subn(pattern, "", html, flags=re.S)
        assert count, pattern  # the page must have what the row takes away
    return html


def shifted(value, offset: int):
    """Every span of a JSON record moved by ``offset`` characters."""
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            return {**value, "start": value["start"] + offset, "end": value["end"] + offset}
        return {key: shifted(item, offset) for key, item in value.items()}
    if isinstance(value, list):
        return [shifted(item, offset) for item in value]
    return value


PUBLISHED_META = r'<meta property="article:published_time"[^>]*>'
MODIFIED_META = r'<meta property="article:modified_time"[^>]*>'
NO_DATES = (PUBLISHED_META, MODIFIED_META)


def test_main_text_is_the_release_without_the_page_furniture():
    page = read_page(HTML)
    seed = SEED.read_text(encoding="utf-8").strip()
    assert page.text == f"{TITLE}\n{seed}"  # the headline, then the release as written
    assert (page.title, page.url, page.published) == (TITLE, URL, dt.date(2020, 9, 8))


@pytest.mark.parametrize(
    "furniture",
    ["cookie", "Версия для слабовидящих", "О министерстве", "Главная", "Просмотров", "Поделиться",
     "Другие новости", "Обнинска", "Пролетарская", "©", "dataLayer", "Найти"],
)
def test_furniture_is_not_in_the_main_text(furniture):
    assert furniture in HTML
    assert furniture not in read_page(HTML).text


@pytest.mark.parametrize(
    "page,expected",
    [
        (HTML, PUBLISHED),                                           # article:published_time
        (without(HTML, PUBLISHED_META), None),                       # a modification date is not a publication date
        (without(HTML, *NO_DATES), None),                            # the sidebar's dates are other news items'
        (without(HTML, *NO_DATES).replace("/news/itogi-", "/news/2020/09/08/itogi-"), None),  # nor is a date in the URL
        (without(HTML, *NO_DATES).replace("© 2015–2020", "© 2020"), None),  # nor a copyright year
        (without(HTML, *NO_DATES).replace(
            "</head>", '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-09-10T10:00:00+03:00"}</script></head>'
        ), "2020-09-10"),
        (without(HTML, *NO_DATES).replace(
            "</head>", '<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2020-09-10T10:00:00+03:00"}</script></head>'
        ), None),
        (without(HTML, *NO_DATES).replace('<time class="news-detail__date"', '<time itemprop="datePublished" class="news-detail__date"'), PUBLISHED),
        (without(HTML, *NO_DATES).replace("<head>", '<head>\n  <meta name="date" content="2020-09-07">'), "2020-09-07"),
    ],
    ids=["published-meta", "modified-only", "no-date", "url-date", "copyright", "json-ld", "json-ld-modified", "itemprop", "meta-date"],
)
def test_only_a_date_the_page_states_is_taken(page, expected):
    published = read_page(page).published
    assert (published.isoformat() if published else None) == expected


@pytest.mark.parametrize(
    "page",
    [
        without(HTML, r"<article.*?</article>"),                                  # the template without the release
        without(HTML, r'(?<=<div class="news-detail__text">).*?(?=</div>)'),      # an empty release body
        "<html><head><title>Новости</title></head><body><nav><a href='/'>Главная</a></nav></body></html>",
        "<html></html>",
        "",
    ],
    ids=["no-article", "empty-body", "nav-only", "empty-html", "empty-string"],
)
def test_pages_without_main_text(page):
    assert read_page(page).text is None


def without_implied_spans(records: list[dict]) -> list[dict]:
    """Records with the spans of implied organizations left out: they point to the region's first
    mention, which may be the headline the page adds."""
    out = []
    for record in records:
        if record.get("organization_implied") and "roles" in record:   # an official
            record = {**record, "organization_span": None,
                      "roles": [{**r, "organization_span": None} for r in record["roles"]]}
        out.append(record)
    return out


def test_page_gives_the_records_of_its_plain_text(tmp_path):
    result, [page] = run(str(PAGE), "--include-text", "--published", "1999-01-01")  # the page's own date wins
    assert result.exit_code == 0, result.output
    _, [plain] = run(str(SEED), "--published", PUBLISHED)
    assert (page["title"], page["source"], page["encoding"]) == (TITLE, str(PAGE), "utf-8")
    assert (page["published"]["start"], page["published_from"], page["published"]["span"]["text"]) == (PUBLISHED, "page", "")
    assert plain["published_from"] == "input" and plain["title"] is None
    # the page's text is its headline, then the release: every span moves by the headline's length
    offset = page["text"].index(SEED.read_text(encoding="utf-8").strip())
    assert offset == len(TITLE) + 1
    for kind in ("metrics", "officials", "awards", "dates"):
        assert without_implied_spans(page[kind]) == without_implied_spans(shifted(plain[kind], offset)), kind
    assert page["metrics"] and page["officials"] and page["dates"]
    DocumentResult.model_validate(page).check_spans(page["text"])
    assert "text" not in plain  # only when asked for


def test_include_text_lets_every_span_be_checked(tmp_path):
    _, [page] = run(str(PAGE), "--include-text")
    corrupted = page["text"].replace("Разумовский", "Разумовскиy")
    DocumentResult.model_validate(page).check_spans(page["text"])
    with pytest.raises(ValueError):
        DocumentResult.model_validate(page).check_spans(corrupted)


def test_page_without_main_text_gives_a_warning_and_one_empty_line(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text(without(HTML, r"<article.*?</article>"), encoding="utf-8")
    result, lines = run(str(path))
    assert result.exit_code == 1
    assert len(lines) == 1
    [line] = lines
    assert line["warnings"] == ["no main text in the HTML page"]
    assert line["metrics"] == line["officials"] == line["awards"] == line["dates"] == []
    assert line["title"] == TITLE and line["encoding"] == "utf-8"
    assert "no main text" in result.stderr


def test_jsonl_lines_with_html():
    lines = [
        {"id": "page", "html": HTML},
        {"id": "dated", "html": HTML, "date": "2021-01-15", "url": "https://example.org/release"},
        {"id": "empty", "html": "<html><body><nav>Главная</nav></body></html>"},
        {"id": "text", "text": "Губернатор посетил МФЦ.", "html": HTML},  # a text is taken as it is
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines)
    result, out = run("-", input=stdin.encode("utf-8"))
    assert [line["doc_id"] for line in out] == ["page", "dated", "empty", "text"]
    page, dated, empty, text = out
    assert (page["source"], page["title"], page["published_from"], page["published"]["start"]) == (URL, TITLE, "page", PUBLISHED)
    assert (dated["source"], dated["published_from"], dated["published"]["start"]) == ("https://example.org/release", "input", "2021-01-15")
    assert empty["warnings"] == ["line 3: no main text in the HTML page"] and empty["officials"] == []
    assert text["title"] is None and text["published_from"] is None
    assert {line["encoding"] for line in out} == {"utf-8"}
    assert result.exit_code == 1  # the empty page failed


def test_library_takes_html_dicts_and_strings_have_no_encoding():
    result, = pressfacts.extract_many([{"id": "p", "html": HTML}])
    assert (result.title, result.published_from, result.encoding) == (TITLE, "page", None)
    assert pressfacts.extract("Губернатор посетил МФЦ.").encoding is None


def test_schema_describes_the_new_fields():
    schema = DocumentResult.model_json_schema()
    properties = schema["properties"]
    for name in ("title", "encoding"):
        assert properties[name]["description"]
    published_from = json.dumps(properties["published_from"])
    assert '"page"' in published_from and "web page" in properties["published_from"]["description"]
