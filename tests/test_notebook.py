"""examples/quickstart.ipynb runs headless without an error, and its extract cell shows the highlighted text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

from .conftest import ROOT  # noqa: E402

NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"
KERNEL = "pressfacts-test-python"  # a kernelspec of our own: a user's "python3" may be another Python
CELL_TIMEOUT = 600  # seconds; the first extract loads the models


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory):
    """JUPYTER_PATH pointing at a kernelspec that runs the Python running pytest."""
    jupyter = tmp_path_factory.mktemp("jupyter")
    spec = jupyter / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": "pressfacts tests", "language": "python"}))
    return jupyter


def test_notebook_is_stored_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert [(cell.outputs, cell.execution_count) for cell in code] == [([], None)] * len(code)


@pytest.mark.parametrize("workdir", ["examples", "."], ids=["from examples", "from the repository root"])
def test_notebook_runs_and_shows_highlights(workdir, kernel_env, tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTER_PATH", str(kernel_env))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.prefix)"))
    client = nbclient.NotebookClient(
        notebook, kernel_name=KERNEL, timeout=CELL_TIMEOUT, resources={"metadata": {"path": str(ROOT / workdir)}}
    )
    client.execute()  # raises CellExecutionError on the first cell that fails

    errors = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs if out.output_type == "error"]
    assert errors == []
    assert notebook.cells[-1].outputs[0].text.strip() == sys.prefix

    [extract] = [cell for cell in notebook.cells if "extract" in cell.metadata.get("tags", [])]
    html = "".join(out.data["text/html"] for out in extract.outputs if "text/html" in out.get("data", {}))
    assert '<div class="pressfacts-display pf-text">' in html
    assert '<mark class="pf pf-metric"' in html and '<mark class="pf pf-value"' in html
    assert '<table class="pf-records pf-metrics">' in html
