"""pressfacts.display: highlighted text is well-formed HTML whose visible text is the original."""

from __future__ import annotations

import datetime as dt
from html import escape
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.display import CSS, HIGHLIGHTS, SCOPE, Mark, highlight_html, render_marks, result_html
from pressfacts.schemas import Award, DateMention, DocumentResult, Metric, Official, PersonName, Quote, Role, Span

VOID = {"br"}


class MarkedText(HTMLParser):
    """Parses a fragment back: checks tags balance, and records the kinds of marks over each character."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str]]] = []
        self.text: list[str] = []
        self.kinds: list[frozenset[str]] = []
        self.titles: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self.titles.append(attrs.get("title", ""))
        if tag not in VOID:
            classes = set((attrs.get("class") or "").split())
            self.stack.append((tag, {c[3:] for c in classes if c.startswith("pf-") and c[3:] in HIGHLIGHTS}))

    def handle_endtag(self, tag):
        assert tag not in VOID, f"end tag for void <{tag}>"
        assert self.stack, f"</{tag}> closes nothing"
        top, _ = self.stack.pop()
        assert top == tag, f"</{tag}> closes <{top}>"

    def handle_data(self, data):
        covering = frozenset().union(*(kinds for tag, kinds in self.stack if tag == "mark"))
        self.text.append(data)
        self.kinds.extend([covering] * len(data))


def parse(html: str) -> MarkedText:
    parser = MarkedText()
    parser.feed(html)
    parser.close()
    assert not parser.stack, f"unclosed {[tag for tag, _ in parser.stack]}"
    return parser


def expected_kinds(text: str, marks: list[tuple[str, int, int]]) -> list[frozenset[str]]:
    return [frozenset(kind for kind, start, end in marks if start <= i < end) for i in range(len(text))]


# Records built by hand, from substrings of the text they point into.
def span(text: str, part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span.of(text, start, start + len(part))


def date(text: str, part: str) -> DateMention:
    return DateMention(span=span(text, part), start=dt.date(2020, 4, 1), end=dt.date(2020, 5, 31), granularity="range")


def metric(text: str, claim: str, value_part: str, value: float, period: str | None = None) -> Metric:
    return Metric(
        span=span(text, claim), value=value, value_span=span(text, value_part), kind="count", unit="обращение",
        period=period and date(text, period),
    )


def official(text: str, name: str, position: str, organization: str | None = None, mentions: tuple[Span, ...] = ()) -> Official:
    role = Role(position=position, position_span=span(text, position), organization=organization,
                organization_span=organization and span(text, organization))
    name_span = span(text, name)
    return Official(name=PersonName(full=name), name_span=name_span, mentions=[name_span, *mentions], roles=[role])


def award(text: str, claim: str, recipient: str) -> Award:
    return Award(span=span(text, claim), award="диплом 1 степени", rank=1, recipient=recipient,
                 recipient_span=span(text, recipient), recipient_kind="organization")


T1 = "В колл-центр с апреля по май 2020 года поступило более 240 тысяч обращений."
T2 = "Диплом 1 степени получил МФЦ г. Новотроицка.\nЗаместитель губернатора Калужской области Дмитрий Разумовский приехал. Разумовский сказал."
T3 = "Поступило 5 <обращений> & \"жалоб\" за 'май' 2020 года."

# (text, records, the marks expected over the text: (kind, substring[, occurrence]))
CASES = {
    "metric contains its value and its period": (
        T1,
        {"metrics": [metric(T1, "с апреля по май 2020 года поступило более 240 тысяч обращений", "240 тысяч", 240000, "с апреля по май 2020 года")]},
        [("metric", "с апреля по май 2020 года поступило более 240 тысяч обращений"), ("value", "240 тысяч"), ("date", "с апреля по май 2020 года")],
    ),
    "date crosses a metric's start": (
        T1,
        {"metrics": [metric(T1, "2020 года поступило более 240 тысяч", "240 тысяч", 240000)], "dates": [date(T1, "с апреля по май 2020")]},
        [("metric", "2020 года поступило более 240 тысяч"), ("value", "240 тысяч"), ("date", "с апреля по май 2020")],
    ),
    "date crosses a metric's end": (
        T1,
        {"metrics": [metric(T1, "с апреля по май", "май", 5)], "dates": [date(T1, "по май 2020 года")]},
        [("metric", "с апреля по май"), ("value", "май"), ("date", "по май 2020 года")],
    ),
    "spans with equal bounds, adjacent spans, spans at both ends": (
        T1,
        {"metrics": [metric(T1, "В", "В", 1), metric(T1, "обращений.", "обращений.", 2)],
         "dates": [date(T1, "с апреля"), date(T1, " по май")]},
        [("metric", "В"), ("value", "В"), ("metric", "обращений."), ("value", "обращений."), ("date", "с апреля"), ("date", " по май")],
    ),
    "award contains its recipient; a line break inside": (
        T2,
        {"awards": [award(T2, "Диплом 1 степени получил МФЦ г. Новотроицка", "МФЦ г. Новотроицка")]},
        [("award", "Диплом 1 степени получил МФЦ г. Новотроицка"), ("recipient", "МФЦ г. Новотроицка")],
    ),
    "official: name, later mention, position containing organization": (
        T2,
        {"officials": [official(T2, "Дмитрий Разумовский", "Заместитель губернатора Калужской области", "Калужской области", (span(T2, "Разумовский", 1),))]},
        [("official", "Дмитрий Разумовский"), ("position", "Заместитель губернатора Калужской области"), ("organization", "Калужской области"), ("mention", "Разумовский", 1)],
    ),
    "escaped text around and inside marks": (
        T3,
        {"metrics": [metric(T3, "5 <обращений> & \"жалоб\"", "5", 5)], "dates": [date(T3, "'май' 2020 года")]},
        [("metric", "5 <обращений> & \"жалоб\""), ("value", "5"), ("date", "'май' 2020 года")],
    ),
}


@pytest.mark.parametrize("text,records,marks", CASES.values(), ids=CASES.keys())
def test_marks_are_well_nested_and_cover_their_spans(text, records, marks):
    marks = [(kind, (where := span(text, *part)).start, where.end) for kind, *part in marks]
    html = highlight_html(text, DocumentResult(doc_id="d", **records))
    parsed = parse(html)
    assert "".join(parsed.text) == text
    assert parsed.kinds == expected_kinds(text, marks)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Просто текст без записей.",
        "a < b && c > d, \"quoted\" and 'single'",
        "<script>alert(1)</script>",
        "first line\nsecond line\r\n\nthird",
    ],
)
def test_no_records_give_the_escaped_text(text):
    html = highlight_html(text, DocumentResult(doc_id="d"))
    assert html == f'<div class="{SCOPE} pf-text">{escape(text).replace(chr(10), "<br>" + chr(10))}</div>'
    assert "".join(parse(html).text) == text


@pytest.mark.parametrize(
    "raw,escaped",
    [("<", "&lt;"), (">", "&gt;"), ("&", "&amp;"), ('"', "&quot;"), ("'", "&#x27;"), ("\n", "<br>\n")],
)
def test_special_characters_are_escaped(raw, escaped):
    text = f"x{raw}y 12 x{raw}y"
    html = highlight_html(text, DocumentResult(doc_id="d", metrics=[metric(text, f"{raw}y 12 x{raw}", "12", 12)]))
    assert html.count(escaped) == 2
    assert "".join(parse(html).text) == text


def test_titles_are_escaped():
    text = "премия «<лучший> & \"первый\"» 1 место"
    result = DocumentResult(doc_id="d", awards=[Award(
        span=Span.of(text, 0, len(text)), award='премия "<лучший>"', recipient="А & Б", recipient_span=Span.of(text, 0, 6),
        recipient_kind="organization",
    )])
    titles = parse(highlight_html(text, result)).titles
    assert titles == ['award: премия "<лучший>"', "recipient: А & Б (organization)"]


PUBLISHED_IN_TEXT = "16.01.2023\nНовость."
LABELS = {
    # record type: (text, records, {kind: title its mark carries})
    "metric": (T1, {"metrics": [metric(T1, "более 240 тысяч обращений", "240 тысяч", 240000)]},
               {"metric": "metric: 240000 обращение", "value": "value: 240000"}),
    "official": (T2, {"officials": [official(T2, "Дмитрий Разумовский", "Заместитель губернатора", None, (span(T2, "Разумовский", 1),))]},
                 {"official": "official: Дмитрий Разумовский, Заместитель губернатора", "mention": "mention: Дмитрий Разумовский",
                  "position": "position: Заместитель губернатора (Дмитрий Разумовский)"}),
    "award": (T2, {"awards": [award(T2, "Диплом 1 степени получил МФЦ г. Новотроицка", "МФЦ г. Новотроицка")]},
              {"award": "award: диплом 1 степени, 1 место", "recipient": "recipient: МФЦ г. Новотроицка (organization)"}),
    "date": (T1, {"dates": [date(T1, "с апреля по май 2020 года")]}, {"date": "date: 2020-04-01 – 2020-05-31"}),
    "published in the text": (
        PUBLISHED_IN_TEXT,
        {"published": DateMention(span=Span.of(PUBLISHED_IN_TEXT, 0, 10), start=dt.date(2023, 1, 16), end=dt.date(2023, 1, 16), granularity="day")},
        {"published": "published: 2023-01-16"},
    ),
    "published with the input: no mark": (
        PUBLISHED_IN_TEXT,
        {"published": DateMention(span=Span(start=0, end=0, text=""), start=dt.date(2023, 1, 16), end=dt.date(2023, 1, 16), granularity="day")},
        {},
    ),
}


@pytest.mark.parametrize("text,records,titles", LABELS.values(), ids=LABELS.keys())
def test_each_record_type_has_its_labels(text, records, titles):
    html = highlight_html(text, DocumentResult(doc_id="d", **records))
    for kind, title in titles.items():
        assert f'<mark class="pf pf-{kind}" title="{escape(title)}">' in html
    assert sorted(parse(html).titles) == sorted(titles.values())


def test_a_span_from_another_text_is_refused():
    result = DocumentResult(doc_id="d", dates=[date(T1, "с апреля по май 2020 года")])
    with pytest.raises(ValueError, match="not in this text"):
        highlight_html(T2, result)


def test_css_rules_are_scoped_and_every_kind_has_a_colour():
    rules = [line for line in CSS.splitlines() if line.strip()]
    assert all(line.startswith(f".{SCOPE}") for line in rules)
    for kind in HIGHLIGHTS:
        assert f"mark.pf-{kind} " in CSS


@pytest.mark.parametrize("with_text", [True, False])
def test_result_html_shows_text_only_when_the_result_carries_it(with_text):
    records = {"metrics": [metric(T1, "более 240 тысяч обращений", "240 тысяч", 240000)], "dates": [date(T1, "с апреля по май 2020 года")]}
    result = DocumentResult(doc_id="d<1>", text=T1 if with_text else None, **records)
    html = result_html(result)
    parse(html)
    assert html == result._repr_html_()
    assert (f'<div class="{SCOPE} pf-text">' in html) == with_text
    assert ('<div class="pf-legend">' in html) == with_text
    assert '<table class="pf-records pf-metrics">' in html and '<table class="pf-records pf-dates">' in html
    assert "pf-officials" not in html
    assert "d&lt;1&gt;" in html


def test_quotes_have_their_table():
    said = Quote(span=Span.of(T1, 0, 5), text=T1[0:5], text_span=Span.of(T1, 0, 5), kind="direct",
                 speaker="Иван <Петров>", verb="сказать")
    html = result_html(DocumentResult(doc_id="d1", quotes=[said]))
    parse(html)
    assert '<table class="pf-records pf-quotes">' in html and "Иван &lt;Петров&gt;" in html and "сказать" in html


texts = st.text(alphabet="аб <>&\"'\n", max_size=30)


@given(texts.flatmap(lambda text: st.tuples(
    st.just(text),
    st.lists(st.tuples(st.sampled_from(list(HIGHLIGHTS)), st.integers(0, len(text)), st.integers(0, len(text))), max_size=8),
)))
def test_any_marks_render_well_nested(case):
    text, raw = case
    marks = [(kind, min(a, b), max(a, b)) for kind, a, b in raw if a != b]
    html = render_marks(text, [Mark(start, end, kind, f"{kind} <{start}>") for kind, start, end in marks])
    parsed = parse(html)
    assert "".join(parsed.text) == text
    assert parsed.kinds == expected_kinds(text, marks)
