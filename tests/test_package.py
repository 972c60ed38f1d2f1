"""The package surface: a cheap `import framing`, every public name, `__all__` of each module."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import framing


def test_import_framing_does_not_import_sklearn() -> None:
    code = (
        "import framing, sys; "
        "assert 'sklearn' not in sys.modules, 'sklearn imported'; "
        "assert 'numpy' not in sys.modules, 'numpy imported'; "
        "framing.__version__"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_first_use_imports_what_it_needs() -> None:
    code = "import framing, sys; framing.FramingClassifier; assert 'sklearn' in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("name", framing.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(framing, name) is not None
    assert name in dir(framing)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        framing.no_such_name  # noqa: B018


@pytest.mark.parametrize(
    "module",
    [
        "framing.analysis",
        "framing.attribution",
        "framing.datasets",
        "framing.features",
        "framing.language",
        "framing.lexicons",
        "framing.model",
        "framing.training",
    ],
)
def test_module_all_names_exist(module: str) -> None:
    mod = importlib.import_module(module)
    assert mod.__all__
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name}"
