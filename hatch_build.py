"""Build hook: compile each language pack's catalog and lexicon for the wheel.

Reading a ``.po`` file at run time costs tens of milliseconds on the first
translated message; a compiled catalog is read by the standard library's
:mod:`gettext` in well under one. Parsing the ``language.toml`` lexicons
costs about as much again; each is also written as JSON with a checksum of
its TOML (see ``thanknote.languages``). The ``.po`` and ``.toml`` files stay
the source of truth.
"""

from __future__ import annotations

import json
import tempfile
import tomllib
import zlib
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


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
            raw = source.read_bytes()
            compiled = {
                "source_checksum": f"crc32:{zlib.crc32(raw):08x}:{len(raw)}",
                "lexicon": tomllib.loads(raw.decode("utf-8")),
            }
            target = Path(self._output.name, f"{code}.json")
            target.write_text(json.dumps(compiled, ensure_ascii=False), encoding="utf-8")
            build_data["force_include"][str(target)] = f"thanknote/templates/{code}/language.json"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        output = getattr(self, "_output", None)
        if output is not None:
            output.cleanup()
