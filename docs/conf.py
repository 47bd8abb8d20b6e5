"""Sphinx configuration of the thanknote documentation.

Build it with ``python -m sphinx -W -b html docs docs/_build/html``; run its
examples with ``python -m sphinx -W -b doctest docs docs/_build/doctest``.
The reference pages for the command line, the lint rules and the interview
file are written by ``_ext/thanknote_docs.py`` from the installed code at
the start of every build.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))

import thanknote  # noqa: E402  (the path above first)

project = "thanknote"
author = "The thanknote developers"
copyright = "the thanknote developers"
release = thanknote.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "thanknote_docs",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "README.md", "Thumbs.db", ".DS_Store"]
nitpicky = False

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# The public API is documented as thanknote.<name> only: the modules behind
# it are private and may move, so autodoc must not print their paths.
autodoc_default_options = {"members": True}
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented"
autodoc_typehints_format = "short"
add_module_names = False
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
# A record's fields are listed once, from its "Attributes:" section.
napoleon_use_ivar = True
napoleon_attr_annotations = False

html_theme = "furo"
html_title = f"thanknote {release}"
html_static_path: list[str] = []

# Every Python example in these pages is a doctest or testcode block; they
# run in a scratch folder holding a copy of examples/ and the tutorial's
# interview.toml, so a page may write files and read them by relative paths.
doctest_global_setup = f"""
import os, shutil, tempfile
import thanknote
_docs_cwd = os.getcwd()
_docs_tmp = tempfile.mkdtemp(prefix="thanknote-docs-")
shutil.copytree({str(HERE.parent / "examples")!r}, os.path.join(_docs_tmp, "examples"))
shutil.copy({str(HERE / "interview_tutorial.toml")!r}, os.path.join(_docs_tmp, "interview.toml"))
os.chdir(_docs_tmp)
"""
doctest_global_cleanup = """
os.chdir(_docs_cwd)
shutil.rmtree(_docs_tmp, ignore_errors=True)
"""
