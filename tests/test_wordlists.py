"""Every word list of the package loads through the one loader, in its one format."""

from __future__ import annotations

from importlib import resources

import pytest

from pressfacts.data import read_entries

DATA_FILES = sorted(p.name for p in resources.files("pressfacts.data").iterdir() if p.name.endswith(".txt"))


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_loads_with_an_example_per_entry(name):
    entries = read_entries(name)
    assert entries, f"{name} is empty"
    assert all(entry.fields and entry.example for entry in entries)


@pytest.mark.parametrize("line", ["грамота", "грамота   #", "   # a note that looks like an entry"])
def test_a_line_without_its_example_does_not_load(tmp_path, monkeypatch, line):
    import pressfacts.data as data
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "x.txt").write_text(f"# notes\n{line}\n", encoding="utf-8")
    monkeypatch.setattr(data.resources, "files", lambda _: folder)
    if line.lstrip().startswith("#"):
        assert read_entries("x.txt") == []
    else:
        with pytest.raises(ValueError, match="x.txt:2"):
            read_entries("x.txt")
