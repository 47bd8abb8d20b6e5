"""The exceptions thanknote raises on purpose.

Every class derives from :class:`ThanknoteError`, and each one also inherits
the builtin exception it stands for, so a caller can catch either::

    ThanknoteError
    ├── InvalidInterviewError (ValueError)     the interview data cannot be used
    ├── InvalidOptionError (ValueError)        a bad argument: tone, locale, kind, format
    ├── InvalidConfigError (ValueError)        a lint configuration that cannot be used
    ├── UnsupportedLanguageError (LookupError) no language pack for a locale's language
    ├── LintRuleError (RuntimeError)           a lint rule failed (a bug in the rule)
    ├── TemplateError                          a template could not produce a note
    │   ├── TemplateNotFoundError (LookupError)
    │   └── TemplateRenderError (ValueError)   syntax error or missing variable
    └── OutputExistsError (FileExistsError)    a write would overwrite files

Lint findings are data, never exceptions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs

__all__ = [
    "InvalidConfigError",
    "InvalidInterviewError",
    "InvalidOptionError",
    "LintRuleError",
    "OutputExistsError",
    "Problem",
    "TemplateError",
    "TemplateNotFoundError",
    "TemplateRenderError",
    "ThanknoteError",
    "UnsupportedLanguageError",
]


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong (or worth a warning) in an interview's input.

    Attributes:
        field: Path of the field, such as ``interviewers[1].email``; empty when
            the problem concerns the whole input (unreadable file, bad syntax).
        message: What is wrong, as a phrase that reads well after the field.
        source: The file the input came from, if any.
        severity: ``"error"`` makes the input unusable; ``"warning"`` does not.
    """

    field: str
    message: str
    source: str | None = None
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        parts = [p for p in (self.source, self.field) if p]
        return ": ".join([*parts, self.message])


class ThanknoteError(Exception):
    """Base of every error thanknote raises on purpose."""


def _listing(problems: Sequence[Problem], what: str, source: str | None) -> str:
    # One problem reads as one line; several as a count and one line each, so
    # that a log shows all of them (as pydantic's validation errors do).
    if not problems:
        return what
    if len(problems) == 1:
        return str(problems[0])
    where = f" in {source}" if source else ""
    lines = [str(attrs.evolve(p, source=None)) for p in problems]
    return f"{len(problems)} problems{where}:\n" + "\n".join("  " + line for line in lines)


class InvalidInterviewError(ThanknoteError, ValueError):
    """The interview data cannot be used.

    Attributes:
        problems: Every problem found, errors and warnings, in input order.
        source: The file the data came from, or ``None`` for a mapping.
    """

    def __init__(self, problems: Sequence[Problem], source: str | None = None) -> None:
        self.problems = tuple(problems)
        self.source = source
        errors = [p for p in self.problems if p.severity == "error"]
        super().__init__(_listing(errors, "invalid interview", source))

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems of severity ``"error"``."""
        return tuple(p for p in self.problems if p.severity == "error")

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, (self.problems, self.source))


class InvalidOptionError(ThanknoteError, ValueError):
    """An argument is outside what thanknote accepts.

    Attributes:
        option: The argument's name, such as ``"tone"``.
        value: The value that was refused.
    """

    def __init__(self, option: str, value: object, message: str) -> None:
        self.option = option
        self.value = value
        self.message = message
        super().__init__(f"{option}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, (self.option, self.value, self.message))


class InvalidConfigError(ThanknoteError, ValueError):
    """A lint configuration cannot be used (unknown key, code or level).

    Attributes:
        problems: Every problem found, each with its key path.
        source: The configuration file, if any.
    """

    def __init__(self, problems: Sequence[Problem], source: str | None = None) -> None:
        self.problems = tuple(problems)
        self.source = source
        super().__init__(_listing(self.problems, "invalid configuration", source))

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, (self.problems, self.source))


class UnsupportedLanguageError(ThanknoteError, LookupError):
    """No language pack has the language of a locale.

    Attributes:
        locale: The locale asked for.
        available: The codes of the languages there are.
    """

    def __init__(self, locale: str, available: Sequence[str]) -> None:
        self.locale = locale
        self.available = tuple(available)
        super().__init__(
            f"no language pack for {locale}; available: {', '.join(self.available)} "
            "(or ask for a fallback language, such as fallback='en' or --fallback en)"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.locale, self.available))


class TemplateError(ThanknoteError):
    """A template could not produce a note.

    Attributes:
        template: The template's name or path.
        interviewer: Name of the interviewer whose note was being rendered.
    """

    def __init__(
        self, message: str, *, template: str | None = None, interviewer: str | None = None
    ) -> None:
        self.template = template
        self.interviewer = interviewer
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle their args only; these carry keyword data too.
        return (_rebuild, (self.__class__, str(self.args[0]), dict(self.__dict__)))


class TemplateNotFoundError(TemplateError, LookupError):
    """No template of that name exists in the user folders or the built-ins.

    Attributes:
        searched: The names that were tried, in order.
    """

    def __init__(self, message: str, *, searched: Sequence[str] = (), **kw: str | None) -> None:
        self.searched = tuple(searched)
        super().__init__(message, **kw)


class TemplateRenderError(TemplateError, ValueError):
    """A template has a syntax error or uses a value the context does not have.

    Attributes:
        line: 1-based line in the template, when known.
        variable: The missing variable or attribute, when that is the cause.
    """

    def __init__(
        self,
        message: str,
        *,
        template: str | None = None,
        interviewer: str | None = None,
        line: int | None = None,
        variable: str | None = None,
    ) -> None:
        self.line = line
        self.variable = variable
        super().__init__(message, template=template, interviewer=interviewer)


class LintRuleError(ThanknoteError, RuntimeError):
    """A lint rule failed while checking a note.

    The rule's own exception is the ``__cause__``. Findings are data; this is
    a bug in the rule (a plugin's, or thanknote's own when ``origin`` is
    ``"thanknote"``), never a verdict on the note.

    Attributes:
        code: The failing rule's code.
        rule: The failing rule's name.
        origin: Where the rule came from: ``"thanknote"``, the plugin's
            distribution and entry point, or the module that defines it.
        message: What went wrong.
    """

    def __init__(self, code: str, rule: str, origin: str, message: str) -> None:
        self.code = code
        self.rule = rule
        self.origin = origin
        self.message = message
        super().__init__(f"lint rule {code} ({rule}) from {origin} failed: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, (self.code, self.rule, self.origin, self.message))


class OutputExistsError(ThanknoteError, FileExistsError):
    """Writing would replace files that exist; nothing was written.

    Attributes:
        conflicts: The paths that already exist.
    """

    def __init__(self, conflicts: Sequence[str]) -> None:
        self.conflicts = tuple(conflicts)
        listed = ", ".join(self.conflicts)
        super().__init__(f"would overwrite existing file(s): {listed}; nothing was written")

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, (self.conflicts,))


def _rebuild(cls: type[TemplateError], message: str, state: dict[str, Any]) -> TemplateError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error
