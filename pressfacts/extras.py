"""Optional dependencies (pandas, pyarrow), imported when first needed, with an error naming the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

INSTALL = {
    "pandas": 'pip install "pressfacts[parquet]"',
    "pyarrow": 'pip install "pressfacts[parquet]"',
}


class MissingExtra(ImportError):
    """An optional dependency is not installed; the message is one line that says how to get it."""


def require(module: str, purpose: str) -> ModuleType:
    """Import ``module`` (e.g. "pyarrow.parquet"), or raise ``MissingExtra`` naming the extra.

    >>> require("json", "reading").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        package = module.split(".")[0]
        raise MissingExtra(f"{purpose} needs {package}: {INSTALL.get(package, f'pip install {package}')}") from None
