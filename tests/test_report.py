"""pressfacts report: the pure parts as tables, then the page of the sample corpus in headless Chromium."""

from __future__ import annotations

import datetime as dt
import json
import struct
import subprocess
import sys
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pressfacts.cli import app
from pressfacts.report import Results, read_results, render_report
from pressfacts.report.charts import LOG_SPAN, date_scale, place_labels, unit_chart, uses_log, value_scale
from pressfacts.report.sections import LIST_LIMIT, awards_section, quotes_section, unit_figure
from pressfacts.report.corpus import group_awards, merge_officials, normalize_name, top_series, top_units, unit_series
from pressfacts.report.texts import find_text
from pressfacts.schemas import Award, DateMention, DocumentResult, Metric, Official, PersonName, Quote, Role, Span

from .conftest import ROOT, TEXTS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
HEADINGS = ["Сводка", "Показатели во времени", "Должностные лица", "Цитаты", "Награды", "Документы"]

# --- small records to build results from --------------------------------------------------

X = Span(start=0, end=1, text="x")


def day(iso: str) -> DateMention:
    d = dt.date.fromisoformat(iso)
    return DateMention(span=Span(start=0, end=0, text=""), start=d, end=d, granularity="day")


def metric(unit: str, value: float, period: str | None = None, change: bool = False) -> Metric:
    return Metric(span=X, value_span=X, value=value, kind="count", unit=unit, change=change, period=period and day(period))


def official(full: str, position: str | None = None, organization: str | None = None) -> Official:
    roles = [Role(position=position, position_span=X, organization=organization)] if position else []
    return Official(name=PersonName(full=full), name_span=X, roles=roles)


def award(contest: str | None, nomination: str | None, rank: int | None, recipient: str, category: str | None = None) -> Award:
    return Award(span=X, contest=contest, nomination=nomination, category=category, rank=rank, recipient=recipient,
                 recipient_span=X, recipient_kind="organization")


def result(doc_id: str, published: str | None = None, **records) -> DocumentResult:
    return DocumentResult(doc_id=doc_id, published=published and day(published), **records)


# --- chart scales ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "values,log",
    [
        ([5], False),                      # one point
        ([7, 7, 7], False),                # all equal
        ([0, 0], False),                   # all zero
        ([1, LOG_SPAN], False),            # exactly three orders of magnitude: still linear
        ([1, LOG_SPAN + 1], True),         # more than three: log
        ([97, 2_900_000], True),
        ([240_000, 4_300_000], False),
        ([0, 1_000_000], False),           # a zero cannot go on a log scale
        ([-5, 5], False),                  # nor a negative value
        ([0.002, 0.5, 30], True),
    ],
)
def test_value_scale(values, log):
    scale = value_scale(values)
    assert uses_log(values) is log and scale.log is log
    assert scale.lo < scale.hi
    assert scale.lo <= min(values) and max(values) <= scale.hi
    assert all(0 <= scale.fraction(v) <= 1 for v in values)
    assert list(scale.ticks) == sorted(scale.ticks) and scale.lo <= scale.ticks[0] and scale.ticks[-1] <= scale.hi
    if not log:
        assert 0 in scale.ticks  # a linear axis starts at zero: bars of counts are not cut off
    if len(set(values)) == 1 and values[0] > 0:
        assert 0 < scale.fraction(values[0]) <= 1  # equal values sit on the chart, not on the axis


@pytest.mark.parametrize(
    "days,centred",
    [
        (["2021-02-24"], True),                        # one day: in the middle
        (["2021-02-24", "2021-02-24"], True),
        (["2019-01-01", "2023-01-16"], False),
        (["2020-03-01", "2020-03-09"], False),         # a week: day ticks
        (["2020-01-01", "2020-12-31"], False),         # a year: month ticks
    ],
)
def test_date_scale(days, centred):
    dates = [dt.date.fromisoformat(d) for d in days]
    scale = date_scale(dates)
    assert scale.lo < min(dates) and max(dates) < scale.hi  # no point on an edge
    assert all(scale.lo <= tick <= scale.hi for tick, _ in scale.ticks)
    labels = [label for _, label in scale.ticks]
    assert labels and len(labels) == len(set(labels)) <= 7
    if centred:
        assert scale.fraction(dates[0]) == pytest.approx(0.5, abs=0.01)


def test_labels_do_not_overlap_and_give_way_when_there_is_no_room():
    area = (0, 0, 500, 200)
    spots = place_labels([(100, 100), (100, 100), (100, 100), (100, 100), (100, 100)], ["doc_0001"] * 5, area)
    placed = [s for s in spots if s]
    assert len(placed) == 4 and spots[4] is None  # above, below, right, left: then no room
    assert len(set(placed)) == 4
    assert place_labels([(5, 5)], ["a long label"], (0, 0, 20, 20)) == [None]


def test_chart_has_a_circle_per_dated_point_and_a_title_naming_its_document():
    series = unit_series(
        [result("a", "2020-01-01", metrics=[metric("услуга", 5), metric("услуга", 5)]),
         result("b", None, metrics=[metric("услуга", 9, period="2021-01-01"), metric("услуга", 1)]),
         result("c", "2022-01-01", metrics=[metric("услуга", 3, change=True)])],
        ["услуга"],
    )[0]
    assert [p.entry.doc_id for p in series.points] == ["a", "a", "b"]
    assert [p.source for p in series.points] == ["published", "published", "period"]
    assert [p.entry.doc_id for p in series.undated] == ["b"]   # neither a period nor a publication date
    assert [p.entry.doc_id for p in series.changes] == ["c"]   # a difference is not a level
    svg = unit_chart(series).svg
    assert svg.count("<circle") == 3
    assert svg.count("<title>a ·") == 2 and svg.count("<title>b ·") == 1
    assert 'cx="' in svg and len({part.split('"')[1] for part in svg.split("cx=")[1:]}) == 3  # coincident points moved apart


def test_one_unit_is_a_chart_per_subject_or_kind_and_a_chart_has_at_most_its_limit_of_points():
    """The "%" of coverage and the "%" of satisfaction are two charts; a long series keeps its latest points."""
    def percent(value, subject, when):
        return Metric(span=X, value_span=X, value=value, kind="percent", unit="%", subject=subject, period=when and day(when))

    documents = [
        result(f"d{i}", "2023-01-16", metrics=[percent(90, "Охват", f"2023-01-{i + 1:02d}"), percent(70, "удовлетворённость", None)])
        for i in range(20)
    ] + [result("z", "2023-02-01", metrics=[Metric(span=X, value_span=X, value=5, kind="ratio", unit="%")])]
    keys = top_series(documents, 8)
    assert keys == [("%", "охват"), ("%", "удовлетворенность"), ("%", "ratio")]
    coverage, satisfaction, ratio = unit_series(documents, keys, limit=6)
    assert len(coverage.points) == 6 and len(coverage.overflow) == 14
    assert max(p.day for p in coverage.overflow) < min(p.day for p in coverage.points)  # the latest are plotted
    assert unit_chart(coverage).svg.count("<circle") == 6
    assert len(satisfaction.points) + len(satisfaction.overflow) == 20 and satisfaction.title == "% — удовлетворенность"
    assert len(ratio.points) == 1 and ratio.title == "% — ratio"
    html = unit_figure(coverage)
    assert html.count("<li>") == 14 and 'data-topic="охват"' in html
    long = unit_series(documents * 2, keys, limit=6)[0]
    assert "… и ещё" in unit_figure(long) and unit_figure(long).count("<li>") == LIST_LIMIT + 1


def test_top_units_by_frequency_then_name():
    documents = [result("a", metrics=[metric("%", 1), metric("услуга", 1), metric("услуга", 2), metric("раз", 2)])]
    assert top_units(documents, 2) == ["услуга", "%"]
    assert top_units([], 8) == []


# --- officials and awards across documents -------------------------------------------------


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Дмитрий Разумовский", "Дмитрий  Разумовский", True),
        ("Дмитрий Разумовский", "дмитрий разумовский", True),
        ("Пётр Семёнов", "Петр Семенов", True),
        ("Михин С. В.", "Михин С.В.", True),
        ("Дмитрий Разумовский", "Разумовский", False),      # a surname alone is not the same full name
        ("Михин С.В.", "Михин С.А.", False),
        ("Андрей Бочаров", "Андрей Бочарова", False),
    ],
)
def test_normalize_name(a, b, same):
    assert (normalize_name(a) == normalize_name(b)) is same


def test_officials_merged_across_documents_most_documents_first():
    documents = [
        result("d1", officials=[official("Иван Петров", "директор", "МФЦ"), official("Анна Орлова", "министр")]),
        result("d2", officials=[official("иван  петров", "директор", "МФЦ")]),
        result("d3", officials=[official("Иван Пётров", "губернатор"), official("Олег Ким")]),
    ]
    people = merge_officials(documents)
    assert [(p.name, len(p.entries)) for p in people] == [("Иван Петров", 3), ("Анна Орлова", 1), ("Олег Ким", 1)]
    assert people[0].positions == ["директор, МФЦ", "губернатор"]
    assert [e.doc_id for e in people[0].entries] == ["d1", "d2", "d3"]
    assert people[2].positions == []


def test_quotes_listed_per_official():
    said = Quote(span=X, text="Работа будет продолжена", text_span=X, kind="direct", speaker="Иван Петров")
    nobody = Quote(span=X, text="Без автора", text_span=X, kind="direct")
    documents = [
        result("d1", officials=[official("Иван Петров", "директор")], quotes=[said, nobody]),
        result("d2", officials=[official("Иван Петров", "директор")], quotes=[said] * 7),
    ]
    people = merge_officials(documents)
    assert [(e.doc_id, text) for e, text in people[0].quotes][:2] == [("d1", "Работа будет продолжена"), ("d2", "Работа будет продолжена")]
    html = quotes_section(people)
    assert "<h3>Иван Петров</h3>" in html and html.count("<li>«Работа будет продолжена»") == 5 and "ещё 3" in html
    assert "Без автора" not in html
    assert "Цитат нет" in quotes_section(merge_officials([result("d3")]))


def test_awards_grouped_by_contest_and_nomination_by_rank():
    documents = [
        result("d1", awards=[award("Конкурс", "Лучший МФЦ", 2, "Б"), award("Конкурс", "Лучший МФЦ", None, "В"),
                             award("Конкурс", "Команда", 1, "Г")]),
        result("d2", awards=[award("Конкурс", "Лучший МФЦ", 1, "А"), award(None, None, None, "Д")]),
    ]
    groups = group_awards(documents)
    assert [(g.contest, g.nomination) for g in groups] == [("Конкурс", "Лучший МФЦ"), ("Конкурс", "Команда"), (None, None)]
    assert [(a.recipient, e.doc_id) for a, e in groups[0].awards] == [("А", "d2"), ("Б", "d1"), ("В", "d1")]


def test_the_categories_of_one_nomination_are_groups_of_their_own():
    """«Лучший МФЦ» in two size categories: two tables, each with its own first place."""
    big, small = "с количеством окон не менее 20", "с количеством окон до 5"
    documents = [result("d1", awards=[
        award("Лучший МФЦ", None, 1, "МФЦ г. Орска", big), award("Лучший МФЦ", None, 1, "МФЦ с. Ивановка", small),
        award("Лучший МФЦ", None, 2, "МФЦ г. Бузулука", big),
    ])]
    groups = group_awards(documents)
    assert [(g.contest, g.category) for g in groups] == [("Лучший МФЦ", big), ("Лучший МФЦ", small)]
    assert [[a.recipient for a, _ in g.awards] for g in groups] == [["МФЦ г. Орска", "МФЦ г. Бузулука"], ["МФЦ с. Ивановка"]]
    html = awards_section(groups)
    assert html.count('<div class="award-group">') == 2 and f"категория «{big}»" in html


# --- reading results, texts, escaping -------------------------------------------------------


def test_bad_lines_are_skipped_with_their_numbers(tmp_path):
    good = result("ok", "2023-01-16").to_json()
    path = tmp_path / "out.jsonl"
    path.write_bytes(
        b"\n".join([good.encode(), b"{not json", b"[1, 2]", b'{"doc_id": 5}', b"", "нет".encode("cp1251"), good.encode()])
    )
    results = read_results(path)
    assert [r.doc_id for r in results.documents] == ["ok", "ok"]
    assert [(e.number, e.reason.split(":")[0]) for e in results.skipped] == [
        (2, "invalid JSON"), (3, "not a JSON object"), (4, "not a pressfacts result"), (6, "not UTF-8"),
    ]
    assert all("\n" not in str(e) for e in results.skipped)


def test_report_command_names_bad_lines_and_still_writes_the_page(tmp_path):
    path, html = tmp_path / "out.jsonl", tmp_path / "page.html"
    path.write_text(result("ok").to_json() + "\n{oops\n", encoding="utf-8")
    outcome = CliRunner().invoke(app, ["report", str(path), "--html", str(html)])
    assert outcome.exit_code == 1
    errors = [line for line in outcome.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "line 2" in errors[0]
    page = html.read_text(encoding="utf-8")
    assert "line 2: invalid JSON" in page and "Пропущено строк файла</th><td>1<" in page


def test_empty_results_give_a_valid_page(tmp_path):
    path, html = tmp_path / "empty.jsonl", tmp_path / "empty.html"
    path.write_text("", encoding="utf-8")
    outcome = CliRunner().invoke(app, ["report", str(path), "--html", str(html)])
    assert outcome.exit_code == 0, outcome.output
    tags = Tags.of(html.read_text(encoding="utf-8"))
    assert tags.headings("h2") == HEADINGS
    assert tags.count("svg") == 0 and tags.count("details") == 0


def test_text_comes_from_the_result_or_its_source_file_and_must_match_the_spans(tmp_path):
    text = "Губернатор Андрей Бочаров."
    name = Span.of(text, 11, 25)
    records = {"officials": [Official(name=PersonName(full="Андрей Бочаров"), name_span=name)]}
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "other.txt").write_text("Совсем другой текст, длиннее прежнего.", encoding="utf-8")
    cases = [
        (DocumentResult(doc_id="a", text=text, **records), text, "результатов"),
        (DocumentResult(doc_id="b", source="doc.txt", **records), text, "doc.txt"),
        (DocumentResult(doc_id="c", source="other.txt", **records), None, "не совпадает"),
        (DocumentResult(doc_id="d", source="missing.txt", **records), None, "missing.txt"),
        (DocumentResult(doc_id="e", **records), None, "--include-text"),
    ]
    for item, expected, origin in cases:
        found = find_text(item, [tmp_path])
        assert found.text == expected and origin in found.origin, item.doc_id


EVIL = '</script><img src=x onerror=alert(1)><style>*{display:none}</style>"\'><svg onload=alert(2)>'


def test_everything_from_the_results_is_escaped():
    text = f"Директор {EVIL} сказал: 5 тысяч {EVIL}."
    value = Span.of(text, text.index("5 тысяч"), text.index("5 тысяч") + 7)
    evil_span = Span.of(text, 9, 9 + len(EVIL))
    document = DocumentResult(
        doc_id=EVIL, source=EVIL, warnings=[EVIL], text=text, published=day("2023-01-16"),
        metrics=[Metric(span=value, value_span=value, value=5000, kind="count", unit=EVIL, subject=EVIL)],
        officials=[Official(name=PersonName(full=EVIL), name_span=evil_span,
                            roles=[Role(position=EVIL, position_span=evil_span, organization=EVIL)])],
        awards=[Award(span=evil_span, contest=EVIL, nomination=EVIL, award=EVIL, recipient=EVIL, recipient_span=evil_span,
                      recipient_kind="person")],
    )
    page = render_report(Results([document]), name=EVIL)
    tags = Tags.of(page)
    assert tags.count("img") == 0 and tags.count("script") == 1 and tags.count("style") == 1
    assert tags.count("svg") == 1  # the chart's, and no other
    assert not [attr for _, attrs in tags.all for attr, _ in attrs if attr.startswith("on")]
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert tags.count("mark") > 0  # the text is highlighted, escaped


class Tags(HTMLParser):
    """Every start tag of a page, with its attributes, and the text of its headings."""

    def __init__(self):
        super().__init__()
        self.all: list[tuple[str, list]] = []
        self.texts: list[tuple[str, str]] = []
        self._open: str | None = None

    @classmethod
    def of(cls, page: str) -> Tags:
        tags = cls()
        tags.feed(page)
        return tags

    def handle_starttag(self, tag, attrs):
        self.all.append((tag, attrs))
        self._open = tag

    def handle_data(self, data):
        if self._open in ("h1", "h2", "h3"):
            self.texts.append((self._open, data.strip()))
            self._open = None

    def count(self, tag: str) -> int:
        return sum(t == tag for t, _ in self.all)

    def headings(self, level: str) -> list[str]:
        return [text for tag, text in self.texts if tag == level]


# --- the page of the sample corpus, in a browser -------------------------------------------


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    """The sample corpus extracted and reported by the real commands, as a user runs them."""
    folder = tmp_path_factory.mktemp("report")
    results, html = folder / "out.jsonl", folder / "report.html"
    command = [sys.executable, "-m", "pressfacts.cli"]
    subprocess.run([*command, "extract", str(TEXTS), "--out", str(results)], cwd=ROOT, check=True, capture_output=True)
    done = subprocess.run([*command, "report", str(results), "--html", str(html)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    return lines, html


def _topic(m: dict) -> str:
    return " ".join((m["subject"] or "").casefold().replace("ё", "е").split()) or m["kind"]


def _plotted(lines: list[dict], unit: str, topic: str) -> int:
    """Metrics of a chart (a unit and a subject or kind) it should show: levels with a period start or a publication date."""
    return sum(
        1 for line in lines for m in line["metrics"]
        if m["unit"] == unit and _topic(m) == topic and not m["change"]
        and ((m["period"] or {}).get("start") or (line["published"] or {}).get("start"))
    )


@contextmanager
def chromium_page(tmp_path: Path, problems: list[str]):
    """A page of headless Chromium at 1280 px; console errors and warnings and page errors go to ``problems``."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1280, "height": 900},
        )
        try:
            page = browser.new_page()
            page.on("console", lambda message: problems.append(f"console {message.type}: {message.text}")
                    if message.type in ("error", "warning") else None)
            page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
            yield page
        finally:
            browser.close()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium here (apt-get install chromium); CI installs it")
def test_report_in_headless_chromium(sample_report, tmp_path):
    lines, html = sample_report
    problems: list[str] = []
    with chromium_page(tmp_path, problems) as page:
        page.goto(html.as_uri())

        assert page.locator("h1").inner_text() == "Отчёт pressfacts"
        assert page.locator("h2").all_inner_texts() == HEADINGS

        names = {" ".join(o["name"]["full"].casefold().replace("ё", "е").split()) for line in lines for o in line["officials"]}
        rows = page.locator("table.officials tbody tr")
        assert rows.count() == len(names)
        shown = {" ".join(t.casefold().replace("ё", "е").split()) for t in rows.locator("td:first-child").all_inner_texts()}
        assert shown == names

        groups = {(a["contest"], a["nomination"], a["category"]) for line in lines for a in line["awards"]}
        assert page.locator(".award-group").count() == len(groups)
        assert page.locator("table.awards tbody tr").count() == sum(len(line["awards"]) for line in lines)

        series = {(m["unit"], _topic(m)) for line in lines for m in line["metrics"] if m["unit"]}
        figures = page.locator("figure.unit")
        assert figures.count() == min(8, len(series))
        for i in range(figures.count()):
            figure = figures.nth(i)
            unit, topic = figure.get_attribute("data-unit"), figure.get_attribute("data-topic")
            assert figure.locator("svg circle").count() == _plotted(lines, unit, topic), (unit, topic)

        assert page.locator("details.document").count() == len(lines)
        assert page.locator(".no-text").count() == 0  # every source file was found and matched
        assert page.locator("details.document mark.pf").count() > 0

        # a person clicks a point: its document opens
        point = page.locator("svg.chart a").first
        target = point.get_attribute("href").lstrip("#")
        assert not page.locator(f"details#{target}").evaluate("d => d.open")
        point.locator("circle").click()
        assert page.locator(f"details#{target}").evaluate("d => d.open")

        png = tmp_path / "report.png"
        page.screenshot(path=str(png), full_page=True)
    assert problems == []
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1280 and height > 900


# --- a night's crawl: 2,000 documents ------------------------------------------------------

SUBJECTS = ["охват вакцинацией", "удовлетворённость", "доля опрошенных", None]
FILLER = "Сотрудники центра провели приём граждан и ответили на вопросы о работе ведомства. " * 8


def crawl_result(i: int) -> DocumentResult:
    """A synthetic result with its text, every span a slice of it: records of many units and subjects,
    a fifth of the documents without any date, people who recur across documents."""
    person = f"Иван Петров{i % 300}"
    head = f"Документ номер {i} с очень длинным заголовком, который не должен растягивать страницу вширь. "
    text = f"{head}Охват составил {i % 97},5%. Поступило {i * 10} обращений. Губернатор {person} посетил центр. {FILLER}"
    percent = text.index(f"{i % 97},5%")
    count = text.index(f"{i * 10} обращений")
    name = text.index(person)
    metrics = [
        Metric(span=Span.of(text, percent, percent + len(f"{i % 97},5%")), value_span=Span.of(text, percent, percent + len(f"{i % 97},5")),
               value=i % 97 + 0.5, kind="percent", unit="%", subject=SUBJECTS[i % 4]),
        Metric(span=Span.of(text, count, count + len(f"{i * 10} обращений")), value_span=Span.of(text, count, count + len(str(i * 10))),
               value=i * 10, kind="count", unit="обращение", subject="обращения", change=i % 7 == 0),
    ]
    officials = [Official(name=PersonName(full=person), name_span=Span.of(text, name, name + len(person)),
                          roles=[Role(position="губернатор", position_span=Span.of(text, name - 11, name - 1))])]
    published = None if i % 5 == 0 else day((dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat())
    return DocumentResult(doc_id=f"crawl/{i // 100:02d}/{'очень-длинное-имя-файла-' * 3}{i:04d}", text=text,
                          published=published, metrics=metrics, officials=officials)


@pytest.fixture(scope="module")
def crawl_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crawl")
    results, html = folder / "out.jsonl", folder / "report.html"
    results.write_text("".join(crawl_result(i).to_json(include_text=True) + "\n" for i in range(2000)), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pressfacts", "report", str(results), "--html", str(html)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return html


def test_a_report_of_2000_documents_is_bounded(crawl_report):
    from pressfacts.report import MAX_POINTS
    from pressfacts.report.sections import DETAILED_DOCUMENTS, LINKS_LIMIT

    page = crawl_report.read_text(encoding="utf-8")
    assert crawl_report.stat().st_size < 5_000_000
    tags = Tags.of(page)
    assert tags.count("figure") == 5  # % by its three subjects and by its kind, and обращение
    charts = page.split("<figure")[1:]
    assert all(chart.count("<circle") <= MAX_POINTS for chart in charts)
    assert all(chart.count("<li>") <= 3 * (LIST_LIMIT + 1) for chart in charts)
    assert "… и ещё" in page
    assert tags.count("details") == DETAILED_DOCUMENTS
    assert page.count('<tr id="doc-') == 2000 - DETAILED_DOCUMENTS  # every document still has its anchor
    officials = page.split('class="data officials"')[1].split("</table>")[0]
    assert max(row.count("<a ") for row in officials.split("<tr>")) <= LINKS_LIMIT


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium here (apt-get install chromium); CI installs it")
def test_a_report_of_2000_documents_in_headless_chromium_has_no_horizontal_scroll(crawl_report, tmp_path):
    problems: list[str] = []
    with chromium_page(tmp_path, problems) as page:
        page.goto(crawl_report.as_uri())
        assert page.locator("h2").all_inner_texts() == HEADINGS
        page.locator("#open-all").click()  # every text open: the widest the page gets
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280
        # a link to a document past the detailed ones lands on its row
        assert page.locator('svg.chart a[href="#doc-1999"]').count() > 0  # the latest points are plotted
        page.evaluate("location.hash = '#doc-1999'")
        page.wait_for_function("document.getElementById('doc-1999').getBoundingClientRect().top < innerHeight")
        assert page.locator("#doc-1999 td").nth(1).inner_text() == crawl_result(1998).doc_id
    assert problems == []
