"""Imported by the forkserver of ``framing label -j N`` when the run uses the shipped model:
the model is loaded (and its bigram table built) once, in the server, and every worker forked
from it starts with it instead of loading it again (`framing.batch.process_batches`).

Nothing here may stop the server: a model that cannot be loaded is left for the workers to
load, and to report, as they would without this module.
"""

from __future__ import annotations

try:
    from framing.persistence import load_labeler

    _model = load_labeler()
    _warm = getattr(_model, "warm", None)
    if _warm is not None:
        _warm()
except Exception:  # the workers load the model themselves, and say why they cannot
    pass
