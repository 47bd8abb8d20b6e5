"""Build hook: compile each language pack's catalog and lexicon for the wheel.

Reading a ``.po`` file at run time costs tens of milliseconds on the first
translated message; a compiled catalog is read by the standard library's
:mod:`gettext` in well under one. Parsing the ``language.toml`` lexicons
costs about as much again; each is also written as JSON with a checksum of
its TOML (see ``thanknote.languages``), and the part of it that the lint
reads from every language apart (``language.shared.json``), so that linting
an English note does not read the other lexicons whole. The ``.po`` and
``.toml`` files stay the source of truth.
"""

from __future__ import annotations

import json
import tempfile
import tomllib
import zlib
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Where the fields of thanknote.languages.SHARED_FIELDS live in language.toml
# (a test keeps the two equal; the build cannot import the package).
SHARED_KEYS = (
    ("name",), ("names", "honorifics"), ("names", "titles"), ("words", "function"),
    ("words", "stop"), ("words", "weak"), ("words", "generic"), ("words", "equivalent"),
    ("letter", "greetings"), ("letter", "closings"), ("letter", "abbreviations"),
    ("dates", "months"),
)  # fmt: skip


def compiled_lexicons(raw: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """A ``language.toml`` as the wheel holds it: whole, and its shared part."""
    checksum = f"crc32:{zlib.crc32(raw):08x}:{len(raw)}"
    lexicon = tomllib.loads(raw.decode("utf-8"))
    shared: dict[str, Any] = {}
    for *tables, key in SHARED_KEYS:
        source, target = lexicon, shared
        for table in tables:
            source = source.get(table, {})
            target = target.setdefault(table, {})
        if key in source:
            target[key] = source[key]
    return (
        {"source_checksum": checksum, "lexicon": lexicon},
        {"source_checksum": checksum, "lexicon": shared},
    )


class CatalogBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile each ``templates/<code>/`` catalog to ``.mo`` and lexicon to ``language.json``."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the .po files of the checkout
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        self._output = tempfile.TemporaryDirectory()
        for source in sorted(Path(self.root, "templates").glob("*/thanknote.po")):
            code = source.parent.name
            with source.open("rb") as handle:
                catalog = read_po(handle, locale=code)
            target = Path(self._output.name, f"{code}.mo")
            with target.open("wb") as handle:
                write_mo(handle, catalog)
            build_data["force_include"][str(target)] = f"thanknote/templates/{code}/thanknote.mo"
        for source in sorted(Path(self.root, "templates").glob("*/language.toml")):
            code = source.parent.name
            whole, shared = compiled_lexicons(source.read_bytes())
            for data, name in ((whole, "language.json"), (shared, "language.shared.json")):
                target = Path(self._output.name, f"{code}.{name}")
                target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
                build_data["force_include"][str(target)] = f"thanknote/templates/{code}/{name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        output = getattr(self, "_output", None)
        if output is not None:
            output.cleanup()
