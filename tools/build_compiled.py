"""Experiment of issue 14: compile the hot modules of framing with mypyc, in place.

    python tools/build_compiled.py [--set attribution|all] [--clean]

Builds one extension per module (``framing/.../<module>.cpython-*.so`` beside its source, which
Python then imports instead of the ``.py``) and one shared library ``framing/_compiled__mypyc``;
the build directory is ``build/mypyc`` (both ignored by git). ``--clean`` deletes the extensions
and the build directory: the pure-Python modules are used again. Needs mypy (a dev dependency)
and a C compiler; nothing else in framing depends on this script.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ATTRIBUTION = [
    "framing/attribution/_tokens.py",
    "framing/attribution/_sources.py",
    "framing/attribution/_subjects.py",
    "framing/attribution/_cues.py",
    "framing/attribution/_noun_cues.py",
    "framing/attribution/_worduse.py",
    "framing/attribution/_signals.py",
    "framing/attribution/_evidence.py",
    "framing/attribution/_coref.py",
    "framing/attribution/_phrases.py",
    "framing/attribution/_appositions.py",
    "framing/attribution/_quotes.py",
    "framing/attribution/_document.py",
]
REST = [
    "framing/entities/_mention.py",
    "framing/entities/_merge.py",
    "framing/entities/_titles.py",
    "framing/entities/_text.py",
    "framing/kinds.py",
    "framing/explain.py",
    "framing/_words.py",
]
# Not compiled: framing/docfeatures.py (its module-level ``__getattr__``, the lazy
# ``DocFeatures``, makes the compiled module crash on import with mypy 2.4's mypyc)
# the rest of the labeling path, to see how far compiling unchanged code goes
MORE = [
    "framing/attribution/_learned.py",
    "framing/attribution/_reported.py",
    "framing/predictor.py",
    "framing/segmentation.py",
    "framing/language.py",
    "framing/analysis.py",
    "framing/_run.py",
]
SETS = {"attribution": ATTRIBUTION, "all": ATTRIBUTION + REST, "more": ATTRIBUTION + REST + MORE}
GROUP = "framing._compiled"


def clean() -> list[Path]:
    gone = [p for p in (ROOT / "framing").rglob("*.so") if p.is_file()]
    for p in gone:
        p.unlink()
    shutil.rmtree(ROOT / "build" / "mypyc", ignore_errors=True)
    for lib in (ROOT / "build").glob("lib.*"):  # setuptools' copy of the extensions
        shutil.rmtree(lib, ignore_errors=True)
    return gone


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--set", choices=sorted(SETS), default="all")
    ap.add_argument("--clean", action="store_true", help="delete the compiled modules")
    args = ap.parse_args()
    os.chdir(ROOT)
    gone = clean()
    if args.clean:
        print(f"deleted {len(gone)} compiled modules")
        return
    from mypyc.build import mypycify
    from setuptools import setup

    build = ROOT / "build" / "mypyc"
    setup(
        name="framing-compiled",
        ext_modules=mypycify(SETS[args.set], group_name=GROUP, target_dir=str(build / "c")),
        script_args=["build_ext", "--inplace", "--build-temp", str(build / "temp")],
    )
    print(f"compiled {len(SETS[args.set])} modules:", *SETS[args.set], sep="\n  ", file=sys.stderr)


if __name__ == "__main__":
    main()
