"""Heavy modules scikit-learn imports but the labeling path never uses: deferred.

``import sklearn`` runs ``import pandas`` (which imports pyarrow): ~1 CPU-second and ~90 MB of
memory in every process that labels, although labeling never touches a DataFrame. `defer`
puts a stand-in module in ``sys.modules`` before scikit-learn is imported; the real module is
imported the first time anything reads an attribute of it (``pd.DataFrame``, ``from pandas
import ...``, ``import pandas.io``), by scikit-learn, by the caller or by anyone else, and from
then on the stand-in forwards to it. A module already imported, or not installed, is left
alone. ``FRAMING_EAGER_IMPORTS=1`` in the environment turns this off.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import threading
import types
from typing import Any

__all__ = ["DEFERRED", "defer", "defer_heavy"]

DEFERRED: tuple[str, ...] = ("pandas",)
"""What `defer_heavy` defers (pyarrow comes with pandas)."""

_LOCK = threading.RLock()


class _Deferred(types.ModuleType):
    """A module not imported yet: the first attribute read imports it."""

    def __getattr__(self, attr: str) -> Any:
        name = self.__name__
        with _LOCK:
            if sys.modules.get(name) is self:
                del sys.modules[name]
                try:
                    real = importlib.import_module(name)
                except BaseException:
                    sys.modules.setdefault(name, self)
                    raise
                # the stand-in answers like the real module from now on
                self.__dict__.update(real.__dict__)
        return getattr(sys.modules.get(name, self.__dict__.get("__real__")), attr)


def defer(name: str) -> bool:
    """Put a stand-in for top-level module ``name`` in ``sys.modules``; True if it did."""
    if name in sys.modules or "." in name:
        return False
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return False
    if spec is None:
        return False
    stand_in = _Deferred(name)
    stand_in.__spec__ = spec
    stand_in.__loader__ = spec.loader
    sys.modules[name] = stand_in
    return True


def defer_heavy() -> None:
    """Defer the `DEFERRED` modules, unless scikit-learn is already imported (then they are
    too) or ``FRAMING_EAGER_IMPORTS`` is set."""
    if "sklearn" in sys.modules or os.environ.get("FRAMING_EAGER_IMPORTS"):
        return
    for name in DEFERRED:
        defer(name)


defer_heavy()  # importing this module, before scikit-learn, is the point
