"""gunicorn's logger with access lines that cannot carry a raw control character: every
atom the format uses is escaped by `service.logsafe` (no forged lines, no terminal codes)."""

from __future__ import annotations

from typing import Any

from gunicorn import glogging

from service.logsafe import printable


class _EscapedAtoms(glogging.SafeAtoms):  # type: ignore[misc]
    """Access-log atoms with what the client sent escaped (`service.logsafe`), when used."""

    def __init__(self, atoms: dict[str, Any]) -> None:
        dict.__init__(self, atoms)

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        return printable(value) if isinstance(value, str) else value


class EscapingLogger(glogging.Logger):  # type: ignore[misc]
    """gunicorn's logger, its access lines unable to carry a raw control character."""

    atoms_wrapper_class = _EscapedAtoms
