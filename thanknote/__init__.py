"""thanknote: one personal thank-you note per interviewer, checked and timed.

The public API lives here and only here; every other module is an
implementation detail.
"""

from thanknote._version import __version__
from thanknote.errors import (
    InvalidInterviewError,
    InvalidOptionError,
    OutputExistsError,
    Problem,
    TemplateError,
    TemplateNotFoundError,
    TemplateRenderError,
    ThanknoteError,
)
from thanknote.export import write_notes
from thanknote.load import check_interview, load_interview
from thanknote.model import Candidate, Interview, Interviewer, Note
from thanknote.render import NoteBuilder, draft

__all__ = [
    "Candidate",
    "Interview",
    "Interviewer",
    "InvalidInterviewError",
    "InvalidOptionError",
    "Note",
    "NoteBuilder",
    "OutputExistsError",
    "Problem",
    "TemplateError",
    "TemplateNotFoundError",
    "TemplateRenderError",
    "ThanknoteError",
    "__version__",
    "check_interview",
    "draft",
    "load_interview",
    "write_notes",
]
