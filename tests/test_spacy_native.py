"""spaCy-native Docs: what pressfacts puts on a Doc survives serialization and worker processes,
a saved pipeline loads in a fresh process through the entry points, and the layers import only downward."""

from __future__ import annotations

import ast
import json
import pickle
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.tokens.underscore import Underscore

from pressfacts.extractors import RECORD_EXTENSIONS
from pressfacts.schemas import DocumentResult

from .conftest import ROOT

PUBLISHED = ("published", "published_from")


@pytest.fixture(scope="module")
def texts(seeds) -> list[str]:
    return [*seeds.values(), ""]  # an empty text too: no sentences, no records


@pytest.fixture(scope="module")
def docs(nlp, texts) -> list[Doc]:
    return list(nlp.pipe(texts))


def plain(value):
    """A value that compares across Docs: a Span equals only Spans of its own Doc. msgpack reads
    a tuple back as a list (a DocBin a list as a tuple): both become lists; a NamedTuple stays itself."""
    if isinstance(value, Span):
        return ("Span", value.start_char, value.end_char, value.label_)
    if isinstance(value, list) or type(value) is tuple:
        return [plain(v) for v in value]
    return value


def snapshot(doc: Doc) -> dict:
    """The annotations of a Doc and every extension registered in this process, on the Doc, on its span groups and its tokens."""
    doc_ext, span_ext, token_ext = Underscore.doc_extensions, Underscore.span_extensions, Underscore.token_extensions
    return {
        "text": doc.text,
        # is_sent_start apart: see test_sentence_starts_survive_a_round_trip
        "tokens": [(t.text, t.whitespace_, t.lemma_, t.pos_, str(t.morph), t.ent_iob_, t.ent_type_, t.head.i, t.dep_) for t in doc],
        "spans": {key: [plain(s) for s in group] for key, group in doc.spans.items()},
        "doc._": {name: plain(doc._.get(name)) for name in doc_ext},
        "span._": {key: [{name: plain(s._.get(name)) for name in span_ext} for s in group] for key, group in doc.spans.items()},
        "token._": [{name: plain(t._.get(name)) for name in token_ext} for t in doc],
    }


def records(doc: Doc) -> dict:
    """The output records of a Doc as JSON values."""
    found = {name: [r.model_dump(mode="json") for r in doc._.get(name)] for name in RECORD_EXTENSIONS}
    published = doc._.published
    return {**found, "published": published and published.model_dump(mode="json"), "published_from": doc._.published_from}


# ---------------------------------------------------------------------------------------------
# Serialization


def _doc_bin(docs: list[Doc], vocab) -> list[Doc]:
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    return list(DocBin().from_bytes(data).get_docs(vocab))


ROUND_TRIPS = {
    "Doc.to_bytes": lambda docs, vocab: [Doc(vocab).from_bytes(doc.to_bytes()) for doc in docs],
    "DocBin": _doc_bin,
    "pickle": lambda docs, vocab: [pickle.loads(pickle.dumps(doc)) for doc in docs],
}


LISTS = (*RECORD_EXTENSIONS, "sentence_starts")  # Doc extensions that must read back as lists


@pytest.mark.parametrize("round_trip", ROUND_TRIPS.values(), ids=ROUND_TRIPS.keys())
def test_a_round_trip_keeps_every_annotation_and_extension(nlp, docs, round_trip):
    again = round_trip(docs, nlp.vocab)
    for before, after in zip(docs, again, strict=True):
        assert snapshot(after) == snapshot(before)
        assert records(after) == records(before)
        assert all(type(after._.get(name)) is list for name in LISTS)


@pytest.mark.parametrize("round_trip", ROUND_TRIPS.values(), ids=ROUND_TRIPS.keys())
def test_sentence_starts_survive_a_round_trip(nlp, docs, round_trip):
    """spaCy draws a reloaded Doc's sentence starts from its trees: the syntax component makes
    every sentence one tree (the skipped ones flat), so they come back as they were."""
    again = round_trip(docs, nlp.vocab)
    assert [[t.is_sent_start for t in doc] for doc in again] == [[t.is_sent_start for t in doc] for doc in docs]


@pytest.mark.parametrize("kind,has_it", [
    ("records", lambda seen: all(seen["doc._"][name] for name in RECORD_EXTENSIONS)),
    ("publication date", lambda seen: seen["doc._"]["published"] is not None and seen["doc._"]["published_from"]),
    ("sentences", lambda seen: seen["doc._"]["sentences"] and all(s[0] == "Span" for s in seen["doc._"]["sentences"])),
    ("quantities", lambda seen: any(ext["quantity"] is not None for ext in seen["span._"]["quantities"])),
    ("ordinals", lambda seen: any(ext["ordinal"] is not None for ext in seen["span._"]["ordinals"])),
    ("date spans", lambda seen: any(ext["date"] is not None for ext in seen["span._"]["dates"])),
])
def test_the_seed_docs_hold_what_a_round_trip_could_lose(docs, kind, has_it):
    """The round trips above compare something: records, NamedTuples and Spans are there to lose."""
    assert any(has_it(snapshot(doc)) for doc in docs), kind


def test_the_stored_values_are_plain_data(docs):
    """What a Doc stores is msgpack data or a schemas record: no Span, no pymorphy3 parse."""
    allowed = (str, int, float, bool, type(None), list, tuple, dict)
    for doc in docs:
        for key, value in doc.user_data.items():
            assert isinstance(value, allowed) or type(value).__module__.startswith("pressfacts.schemas"), key
            if isinstance(value, list):
                assert not any(isinstance(v, Span) for v in value), key


# ---------------------------------------------------------------------------------------------
# Worker processes


def test_pipe_in_two_processes_gives_what_one_gives(nlp, texts, docs):
    two = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [records(d) for d in two] == [records(d) for d in docs]
    assert [snapshot(d) for d in two] == [snapshot(d) for d in docs]


# ---------------------------------------------------------------------------------------------
# A saved pipeline in a fresh process

FRESH_PROCESS = """
import json, sys
import spacy
from spacy.tokens import DocBin

model, texts_path, docs_path, names = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
assert "pressfacts" not in sys.modules
nlp = spacy.load(model)  # finds the components and the tokenizer through the entry points
docs = list(nlp.pipe(json.load(open(texts_path, encoding="utf-8"))))
DocBin(store_user_data=True, docs=docs).to_disk(docs_path)
print(json.dumps({"pipe_names": nlp.pipe_names, "records": [
    {name: [r.model_dump(mode="json") for r in doc._.get(name)] for name in names} for doc in docs
]}))
"""


def test_a_saved_pipeline_loads_in_a_fresh_process(nlp, texts, docs, tmp_path):
    nlp.to_disk(tmp_path / "model")
    (tmp_path / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, str(tmp_path / "model"), str(tmp_path / "texts.json"),
         str(tmp_path / "docs.spacy"), ",".join(RECORD_EXTENSIONS)],
        capture_output=True, text=True, cwd=tmp_path, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout)
    assert out["pipe_names"] == nlp.pipe_names
    assert out["records"] == [{name: records(d)[name] for name in RECORD_EXTENSIONS} for d in docs]
    fresh = list(DocBin().from_disk(tmp_path / "docs.spacy").get_docs(nlp.vocab))
    assert [snapshot(d) for d in fresh] == [snapshot(d) for d in docs]


def _pressfacts_entry_points(group: str) -> dict[str, str]:
    return {e.name: e.value for e in entry_points(group=group) if e.value.startswith("pressfacts.")}


@pytest.mark.parametrize("group,registry", [("spacy_factories", "factories"), ("spacy_tokenizers", "tokenizers")])
def test_every_registered_component_and_tokenizer_has_an_entry_point(group, registry):
    registered = {name for name in getattr(spacy.registry, registry).get_all() if name.startswith("pressfacts")}
    assert registered and registered == set(_pressfacts_entry_points(group))  # after editing pyproject: pip install -e . --no-deps


@pytest.mark.parametrize("name,value", sorted(_pressfacts_entry_points("spacy_factories").items()))
def test_a_factory_entry_point_names_its_component(name, value):
    module, _, attribute = value.partition(":")
    assert spacy.Language.has_factory(name) and callable(getattr(sys.modules[module], attribute))


# ---------------------------------------------------------------------------------------------
# Layers


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module name an import of ``source`` may bring in, relative imports resolved; imports
    inside functions count. ``from a import b`` gives both ``a`` and ``a.b`` (b may be a module)."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join(base + (node.module.split(".") if node.module else []))
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("source,module,is_package,expected", [
    ("from ..display import result_html", "pressfacts.schemas.records", False, {"pressfacts.display", "pressfacts.display.result_html"}),
    ("def f():\n    from ..display import x", "pressfacts.schemas.records", False, {"pressfacts.display", "pressfacts.display.x"}),
    ("from .records import Span", "pressfacts.schemas", True, {"pressfacts.schemas.records", "pressfacts.schemas.records.Span"}),
    ("from . import cleanup", "pressfacts.pipeline", True, {"pressfacts.pipeline", "pressfacts.pipeline.cleanup"}),
    ("from . import dates", "pressfacts.pipeline.normalize", False, {"pressfacts.pipeline", "pressfacts.pipeline.dates"}),
    ("import pressfacts.cli as cli", "pressfacts.pipeline.x", False, {"pressfacts.cli"}),
    ("from pressfacts import extractors", "pressfacts.pipeline.x", False, {"pressfacts", "pressfacts.extractors"}),
])
def test_imported_modules_resolves_relative_imports(source, module, is_package, expected):
    assert imported_modules(source, module, is_package) == expected


# (package, module prefixes none of its modules may import; its own modules always may)
LAYERS = [
    ("pressfacts.pipeline", ("pressfacts.extractors", "pressfacts.display", "pressfacts.cli")),
    ("pressfacts.schemas", ("pressfacts",)),
]


@pytest.mark.parametrize("package,forbidden", LAYERS)
def test_a_lower_layer_imports_nothing_above_it(package, forbidden):
    folder = ROOT.joinpath(*package.split("."))
    wrong = []
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if is_package else parts)
        for name in imported_modules(path.read_text(encoding="utf-8"), module, is_package):
            own = name == package or name.startswith(package + ".")
            if not own and any(name == f or name.startswith(f + ".") for f in forbidden):
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert wrong == []


# Extractors ask the morphology service (pressfacts.pipeline.wordforms) its named predicates, never
# for pymorphy3's raw parses: no extractor module imports ``parse``, from morphology or from the
# service that re-exports it.
RAW_PARSE = ("pressfacts.pipeline.morphology.parse", "pressfacts.pipeline.wordforms.parse")
RAW_PARSE_PENDING: set[str] = set()   # every extractor module reads morphology through the service


@pytest.mark.parametrize("source,module,raw", [
    ("from pressfacts.pipeline.morphology import case_of, parse", "pressfacts.extractors.officials.forms", True),
    ("from ...pipeline.morphology import parse", "pressfacts.extractors.officials.forms", True),
    ("def f():\n    from pressfacts.pipeline.wordforms import parse", "pressfacts.extractors.metrics.morph", True),
    ("from pressfacts.pipeline.morphology import case_of, fold", "pressfacts.extractors.officials.forms", False),
    ("from pressfacts.pipeline.wordforms import best_parse, parse_lemma, parses_as", "pressfacts.extractors.officials.forms", False),
    ("from .grammar import parse", "pressfacts.extractors.officials.forms", False),
])
def test_a_raw_parse_import_is_found(source, module, raw):
    assert bool(imported_modules(source, module) & set(RAW_PARSE)) is raw


def test_no_extractor_imports_the_raw_parse():
    folder = ROOT / "pressfacts" / "extractors"
    wrong = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in RAW_PARSE_PENDING:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if is_package else parts)
        names = imported_modules(path.read_text(encoding="utf-8"), module, is_package)
        wrong.extend(f"{relative} imports {name}" for name in sorted(names & set(RAW_PARSE)))
    assert wrong == []


def test_a_result_shows_as_html_in_a_notebook():
    """The schemas know no renderer; importing pressfacts registers the display's."""
    html = DocumentResult(doc_id="d")._repr_html_()
    assert html is not None and 'class="pressfacts-display"' in html
