"""Errors raised by framing: one base class, specific subclasses that say what to do."""

from __future__ import annotations

__all__ = [
    "ChecksumError",
    "DataError",
    "FramingError",
    "MissingExtraError",
    "ModelLoadError",
]


class FramingError(Exception):
    """Base class of every error framing raises on purpose."""


class ModelLoadError(FramingError):
    """A model artifact could not be loaded safely (missing, tampered, or incompatible)."""


class ChecksumError(ModelLoadError):
    """The artifact's SHA-256 does not match its manifest: it was changed or truncated."""


class DataError(FramingError):
    """Training or evaluation data is missing or malformed."""


class MissingExtraError(FramingError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""
