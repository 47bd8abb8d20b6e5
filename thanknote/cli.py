"""The ``thanknote`` command: a thin shell over the public API.

Exit codes: 0 success; 1 lint findings at or above ``--fail-on`` (``lint``,
``templates check``), or files that ``agenda`` could not read (the rest is
still listed); 2 bad input or usage, with one line per problem on stderr.
A traceback is always a bug.

Kept whole: it is the one place where command lines become calls, each
command a short function beside the parser that declares its options, and
the option helpers (replies, holidays, the clock) serve several commands.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import os
import re
import sys
import warnings
from collections.abc import Callable, Container, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn, TextIO, cast

import attrs

from thanknote._kinds import FORMATS, KINDS, TONES
from thanknote._version import __version__
from thanknote.errors import (
    InvalidConfigError,
    InvalidInterviewError,
    InvalidOptionError,
    OutputExistsError,
    ThanknoteError,
)
from thanknote.linting.findings import SEVERITIES

if TYPE_CHECKING:
    import datetime as dt  # imported by the commands that take a date

    from thanknote.linting.config import LintConfig
    from thanknote.linting.findings import LintReport
    from thanknote.model import Interview, Note, NoteKind, Plan, Reply
    from thanknote.search import Agenda

# Each command imports what it needs when it runs: a pre-commit hook that
# lints one file should not pay for the template engine, email or calendars.

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
_RULE = "-" * 72


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Args:
        argv: Arguments without the program name; defaults to ``sys.argv``.
    """
    given = sys.argv[1:] if argv is None else list(argv)
    command = next((a for a in given if not a.startswith("-")), None)
    parser = _parser(command)
    args = parser.parse_args(given)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run(args)
    except ThanknoteError as err:
        for line in _lines(err):
            print(f"thanknote: {line}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and friends
        sys.stderr.close()
        return EXIT_OK


def _lines(err: ThanknoteError) -> list[str]:
    if isinstance(err, InvalidInterviewError | InvalidConfigError):
        return [_problem_line(p) for p in err.problems]
    if isinstance(err, OutputExistsError):
        return [f"{path} exists" for path in err.conflicts] + [
            "nothing was written; use --force to replace existing files"
        ]
    return [str(err)]


def _problem_line(problem: object) -> str:
    text = str(problem)
    return f"warning: {text}" if getattr(problem, "severity", "") == "warning" else text


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, measuring the terminal as :mod:`shutil` would.

    argparse imports :mod:`shutil` (and with it the compression modules) for
    the width alone, on every run, help or not.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _columns() -> int:
    with contextlib.suppress(KeyError, ValueError):
        if (columns := int(os.environ["COLUMNS"])) > 0:
            return columns
    stdout = sys.__stdout__
    try:
        return (os.get_terminal_size(stdout.fileno()).columns or 80) if stdout else 80
    except (AttributeError, ValueError, OSError):  # not a terminal, or no descriptor
        return 80


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 2, like every other error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"thanknote: {message} (see {self.prog} --help)\n")


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    # Only the options of the command being run are declared (all of them
    # when none is named, for --help): a cold `thanknote lint` should not
    # build the parsers of ten other commands.
    parser = _Parser(
        prog="thanknote",
        description="Draft one personal thank-you note per interviewer.",
    )
    parser.add_argument("--version", action="version", version=f"thanknote {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    draft = commands.add_parser(
        "draft", help="draft the notes for an interview file", description=_cmd_draft.__doc__
    )
    if command in (None, "draft"):
        draft.add_argument("file", metavar="FILE", help="interview file (.toml or .json)")
        draft.add_argument("-o", "--output", metavar="DIR", help="write one file per note into DIR")
        draft.add_argument(
            "--tone", type=str.lower, choices=TONES, help="overrides the file's tone"
        )
        draft.add_argument("--locale", help="overrides the file's locale, such as en_GB")
        draft.add_argument(
            "--fallback",
            metavar="LANG",
            help="write in this language when the locale's has no language pack, such as en",
        )
        draft.add_argument("--kind", choices=KINDS, default="thank_you", help="default: thank_you")
        draft.add_argument(
            "--to", metavar="NAME",
            help="only the note to this interviewer; for follow_up and rejection_reply, who it "
            "answers (default: the hiring manager)",
        )  # fmt: skip
        draft.add_argument("--format", choices=FORMATS, default="text", help="default: text")
        draft.add_argument("--template", metavar="PATH", help="your own text template file")
        draft.add_argument(
            "--template-dir", metavar="DIR", action="append", default=[],
            help="folder searched before the built-in templates (repeatable)",
        )  # fmt: skip
        draft.add_argument("--force", action="store_true", help="replace existing files in DIR")
        draft.add_argument(
            "--today",
            metavar="DATE",
            type=_date,
            help="the day the notes go out (YYYY-MM-DD), so that they say 'today' or the weekday",
        )
    draft.set_defaults(run=_cmd_draft)

    lint = commands.add_parser(
        "lint", help="check notes for thanks, specifics, interest and mistakes",
        description=_cmd_lint.__doc__,
    )  # fmt: skip
    if command in (None, "lint"):
        lint.add_argument("files", metavar="FILE", nargs="+", help="note files (.txt, .eml) or -")
        lint.add_argument("--interview", metavar="FILE", help="the interview the notes belong to")
        lint.add_argument("--interviewer", metavar="NAME", help="who the notes are for")
        lint.add_argument("--locale", help="the notes' locale (default: the interview's, or en_US)")
        lint.add_argument(
            "--fallback", metavar="LANG",
            help="judge in this language when the locale's has no language pack, such as en",
        )  # fmt: skip
        lint.add_argument(
            "--kind", choices=KINDS,
            help="what the notes are (default: as a drafted file says, else thank_you)",
        )  # fmt: skip
        lint.add_argument("--format", choices=("text", "json"), default="text")
        lint.add_argument(
            "--fail-on", choices=SEVERITIES, help="exit 1 at this level (default: error)"
        )
        lint.add_argument(
            "--select", metavar="CODES", help="comma-separated codes, prefixes or names"
        )
        lint.add_argument(
            "--ignore", metavar="CODES", help="comma-separated codes, prefixes or names"
        )
        lint.add_argument(
            "--config", metavar="FILE", help="pyproject.toml or thanknote.toml to use"
        )
        lint.add_argument("--sent-at", metavar="ISO", help="when the note is sent, with its offset")
    lint.set_defaults(run=_cmd_lint)

    templates = commands.add_parser("templates", help="work with templates")
    if command in (None, "templates"):
        template_commands = templates.add_subparsers(
            title="commands", metavar="COMMAND", parser_class=_Parser
        )
        check = template_commands.add_parser(
            "check", help="parse, render and lint every template", description=_cmd_check.__doc__
        )
        check.add_argument(
            "folder", metavar="DIR", nargs="?", help="default: the built-in templates"
        )
        check.set_defaults(run=_cmd_check)

    plan = commands.add_parser(
        "plan", help="when to send, follow up and call", description=_cmd_plan.__doc__
    )
    if command in (None, "plan"):
        plan.add_argument("file", metavar="FILE", help="interview file (.toml or .json)")
        plan.add_argument("--now", metavar="ISO", help="plan as of this moment (default: now)")
        plan.add_argument("--format", choices=("text", "json"), default="text")
        plan.add_argument("--ics", metavar="PATH", help="also write the plan as an iCalendar file")
        plan.add_argument("--force", action="store_true", help="replace the .ics file if it exists")
        plan.add_argument("--locale", help="overrides the file's locale, such as en_GB")
        plan.add_argument(
            "--fallback",
            metavar="LANG",
            help="word the plan in this language when the locale's has no language pack, "
            "such as en",
        )
        _reply_options(plan)
        _holiday_options(plan)
    plan.set_defaults(run=_cmd_plan)

    agenda = commands.add_parser(
        "agenda", help="what is due across many interviews", description=_cmd_agenda.__doc__
    )
    if command in (None, "agenda"):
        agenda.add_argument(
            "sources", metavar="DIR|FILE", nargs="+", help="folders of interview files, or files"
        )
        agenda.add_argument(
            "--today",
            metavar="DATE",
            type=_date,
            help="the agenda's day, YYYY-MM-DD (default: today)",
        )
        agenda.add_argument(
            "--days", metavar="N", type=_days, default=7,
            help="how many days ahead to show (default: 7)",
        )  # fmt: skip
        agenda.add_argument(
            "--ics", metavar="PATH", help="also write every open step as one .ics feed"
        )
        agenda.add_argument(
            "--force", action="store_true", help="replace the .ics file if it exists"
        )
        agenda.add_argument("--locale", help="word every plan in this locale, such as en_GB")
        agenda.add_argument(
            "--fallback", metavar="LANG",
            help="word a plan in this language when its locale has no language pack, such as en",
        )  # fmt: skip
    agenda.set_defaults(run=_cmd_agenda)

    done = commands.add_parser(
        "done", help="mark a step of an interview done", description=_cmd_done.__doc__
    )
    if command in (None, "done"):
        done.add_argument("file", metavar="FILE", help="interview file (.toml or .json)")
        done.add_argument(
            "step", metavar="STEP",
            help="the step's key as the agenda shows it (thank_you:dana-reyes), or a kind alone",
        )  # fmt: skip
        done.add_argument("--at", metavar="ISO", help="when it was done (default: now)")
    done.set_defaults(run=_cmd_done)
    preview = commands.add_parser(
        "preview", help="one HTML page: the notes, their findings, the panel and the plan",
        description=_cmd_preview.__doc__,
    )  # fmt: skip
    if command in (None, "preview"):
        preview.add_argument("file", metavar="FILE", help="interview file (.toml or .json)")
        preview.add_argument(
            "-o", "--output", metavar="PAGE", help="write the page to PAGE (.html)"
        )
        preview.add_argument("--force", action="store_true", help="replace PAGE if it exists")
        preview.add_argument(
            "--tone", type=str.lower, choices=TONES, help="overrides the file's tone"
        )
        preview.add_argument("--locale", help="overrides the file's locale, such as en_GB")
        preview.add_argument(
            "--fallback", metavar="LANG",
            help="write in this language when the locale's has no language pack, such as en",
        )  # fmt: skip
        preview.add_argument("--template", metavar="PATH", help="your own text template file")
        preview.add_argument(
            "--template-dir", metavar="DIR", action="append", default=[],
            help="folder searched before the built-in templates (repeatable)",
        )  # fmt: skip
        preview.add_argument(
            "--today", metavar="DATE", type=_date, help="the day the notes go out (YYYY-MM-DD)"
        )
        preview.add_argument("--now", metavar="ISO", help="plan as of this moment (default: now)")
    preview.set_defaults(run=_cmd_preview)

    init = commands.add_parser(
        "init", help="write a commented starter interview file", description=_cmd_init.__doc__
    )
    if command in (None, "init"):
        init.add_argument("path", metavar="PATH", nargs="?", default="interview.toml")
        init.add_argument("--force", action="store_true", help="replace the file if it exists")
    init.set_defaults(run=_cmd_init)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the interview file",
        description=_cmd_schema.__doc__,
    )
    schema.set_defaults(run=_cmd_schema)
    return parser


def _cmd_draft(args: argparse.Namespace) -> int:
    """Draft one note per interviewer and print them, or write them with -o."""
    from thanknote._i18n import N_, translate
    from thanknote.etiquette import thank_you_custom
    from thanknote.export import write_notes
    from thanknote.linting.engine import lint, lint_panel
    from thanknote.linting.output import describe, report_lines
    from thanknote.load import check_interview, load_interview
    from thanknote.render import NoteBuilder

    interview = load_interview(args.file)
    for problem in check_interview(interview, locale=args.locale, tone=args.tone):
        print(f"thanknote: {_problem_line(problem)}", file=sys.stderr)
    builder = NoteBuilder(args.template_dir)
    if args.to is not None and not any(
        args.to.strip().casefold() == p.name.casefold() for p in interview.interviewers
    ):
        names = ", ".join(p.name for p in interview.interviewers)
        raise InvalidOptionError("--to", args.to, f"{args.to!r} is not in the interview ({names})")
    with _warnings_on_stderr():
        notes = builder.draft(interview, tone=args.tone, locale=args.locale, kind=args.kind,
                              template=args.template, fallback=args.fallback,
                              today=args.today, to=args.to)  # fmt: skip
    locale = notes[0].locale
    custom = thank_you_custom(locale)
    if custom is not None and custom.expectation != "expected":
        print(f"thanknote: note: {custom.advice}", file=sys.stderr)
    for note in notes:
        where = translate(locale, N_("note to {name}"), name=note.interviewer.name)
        for line in report_lines(lint(note), where):
            print(f"thanknote: {line}", file=sys.stderr)
    for finding in lint_panel(notes):
        who = notes[finding.note or 0].interviewer.name
        where = translate(locale, N_("note to {name}"), name=who)
        print(f"thanknote: {where}: {describe(finding)}", file=sys.stderr)
    if args.output:
        written = write_notes(notes, args.output, format=args.format, overwrite=args.force)
        for path in written:
            print(path)
        return EXIT_OK
    if args.format == "eml":
        print("thanknote: --format eml writes files; add -o DIR", file=sys.stderr)
        return EXIT_USAGE
    _print_notes(notes, args.format, sys.stdout)
    return EXIT_OK


def _print_notes(notes: Sequence[Note], format: str, out: TextIO) -> None:
    from thanknote.export import notes_to_json, render_note

    if format == "json":
        out.write(notes_to_json(notes))
        return
    for i, note in enumerate(notes):
        if i:
            out.write(f"\n{_RULE}\n\n")
        out.write(render_note(note, "html" if format == "html" else "text").decode())


def _cmd_lint(args: argparse.Namespace) -> int:
    """Lint notes, alone or against the interview they belong to."""
    from thanknote.linting.engine import Linter
    from thanknote.linting.output import report_json, report_lines

    config = _lint_config(args)
    linter = Linter(config=config)
    interview = None
    if args.interview:
        from thanknote.load import load_interview

        interview = load_interview(args.interview)
    sent_at = _aware(args.sent_at, "--sent-at") if args.sent_at else None
    reports: list[tuple[str, LintReport]] = []
    unreadable = 0
    for path in args.files:
        try:
            notes = _read_notes(path)
        except ThanknoteError as err:
            print(f"thanknote: {err}", file=sys.stderr)
            unreadable += 1
            continue
        for note in notes:
            who = args.interviewer or _interviewer_by_address(interview, note.to)
            locale = args.locale or note.locale  # else the interview's, else the note's own
            try:
                with _warnings_on_stderr():
                    report = linter.lint(
                        note.text, interview=interview, interviewer=who, sent_at=sent_at,
                        locale=locale, kind=args.kind or note.kind, fallback=args.fallback,
                    )  # fmt: skip
            except InvalidOptionError as err:  # this note only (too long, say): go on
                print(f"thanknote: {note.label}: {err}", file=sys.stderr)
                unreadable += 1
                continue
            reports.append((note.label, _shifted(report, note.lines_before)))
    if args.format == "json":
        sys.stdout.write(report_json(reports))
    else:
        for path, report in reports:
            for line in report_lines(report, path):
                print(line)
    if unreadable:
        return EXIT_USAGE
    floor = config.fail_on
    failed = any(report.at_least(floor) for _, report in reports)
    return EXIT_FINDINGS if failed else EXIT_OK


def _lint_config(args: argparse.Namespace) -> LintConfig:
    from thanknote.linting.config import LintConfig, find_config

    found = Path(args.config) if args.config else find_config(Path.cwd())
    config = LintConfig.from_file(found) if found else LintConfig()
    if args.select:
        config = attrs.evolve(config, select=_codes(args.select))
    if args.ignore:
        config = attrs.evolve(config, ignore=config.ignore + _codes(args.ignore))
    if args.fail_on:
        config = attrs.evolve(config, fail_on=args.fail_on)
    return config


def _date(text: str) -> dt.date:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days")
    return int(text)


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in text.split(",") if c.strip())


class _NoteFile(NamedTuple):
    """One note read from a file, with what the file says about it."""

    label: str
    text: str
    to: str | None = None
    kind: NoteKind = "thank_you"
    locale: str | None = None
    lines_before: int = 0  # header lines above the body, for line numbers


_HEADER = re.compile(r"(?P<name>To|Subject|From):[ \t]*(?P<value>[^\n]*)\n")


def _read_notes(path: str) -> list[_NoteFile]:
    """The notes in a file: a plain text, a drafted ``.txt`` or ``.eml``, or drafted JSON."""
    label = "<stdin>" if path == "-" else path
    if path == "-":
        return [_plain(label, sys.stdin.read())]
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise ThanknoteError(f"{path}: cannot read file: {err.strerror or err}") from None
    if path.lower().endswith(".eml"):
        return [_email_note(path, raw)]
    # The mark is dropped by hand: the "utf-8-sig" codec is a module of its own.
    body = raw.removeprefix(codecs.BOM_UTF8)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        at = err.start + len(raw) - len(body)
        raise ThanknoteError(f"{path}: not UTF-8 text (byte {at})") from None
    if path.lower().endswith(".json"):
        return _json_notes(path, text)
    return [_plain(label, text)]


def _plain(label: str, text: str) -> _NoteFile:
    # A note drafted to a .txt file starts with its To: and Subject: lines and
    # a blank line; they are headers, not the note. A card has no subject.
    headers: dict[str, str] = {}
    at = 0
    while (match := _HEADER.match(text, at)) is not None:
        headers[match.group("name")] = match.group("value")
        at = match.end()
    if not headers or not text.startswith("\n", at):
        return _NoteFile(label=label, text=text)
    import email.utils  # only for a drafted file with headers

    to = email.utils.parseaddr(headers.get("To", ""))[1] or None
    kind: NoteKind = "thank_you" if "Subject" in headers else "card"
    return _NoteFile(
        label=label, text=text[at + 1 :], to=to, kind=kind, lines_before=len(headers) + 1
    )


def _email_note(path: str, raw: bytes) -> _NoteFile:
    import email
    import email.policy
    import email.utils

    message = email.message_from_bytes(raw, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain",))
    if body is None:
        raise ThanknoteError(f"{path}: the email has no plain-text part to lint")
    to = message.get("To")
    address = email.utils.parseaddr(str(to))[1] if to else None
    try:
        return _NoteFile(label=path, text=str(body.get_content()), to=address or None)
    except (LookupError, UnicodeError) as err:
        raise ThanknoteError(f"{path}: cannot decode the email's text: {err}") from None


def _json_notes(path: str, text: str) -> list[_NoteFile]:
    import email.utils
    import json

    # What `thanknote draft --format json` writes: one note, or {"notes": [...]}.
    try:
        data = json.loads(text)
    except ValueError as err:
        raise ThanknoteError(f"{path}: not JSON: {err}") from None
    items = data.get("notes", [data]) if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(
        isinstance(n, dict) and isinstance(n.get("text"), str) for n in items
    ):
        raise ThanknoteError(f"{path}: expected a drafted note or notes (with a 'text' field)")
    return [
        _NoteFile(
            label=f"{path}[{i}]" if len(items) > 1 else path,
            text=n["text"],
            to=email.utils.parseaddr(n.get("to") or "")[1] or None,
            kind=cast("NoteKind", n["kind"]) if n.get("kind") in KINDS else "thank_you",
            locale=n.get("locale") if isinstance(n.get("locale"), str) else None,
        )
        for i, n in enumerate(items)
    ]


def _shifted(report: LintReport, lines: int) -> LintReport:
    """The report with line numbers counted from the top of the file."""
    if not lines:
        return report
    return attrs.evolve(
        report, findings=[attrs.evolve(f, line=f.line + lines) for f in report.findings]
    )


def _interviewer_by_address(interview: Interview | None, address: str | None) -> str | None:
    if interview is None or address is None:
        return None
    for person in interview.interviewers:
        if person.email and person.email.casefold() == address.casefold():
            return person.name
    return None


def _aware(text: str, option: str) -> dt.datetime:
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InvalidOptionError(option, text, "expected an ISO 8601 date-time") from None
    if moment.utcoffset() is None:
        raise InvalidOptionError(option, text, "add the UTC offset, like 2026-11-24T18:00-05:00")
    return moment


def _cmd_check(args: argparse.Namespace) -> int:
    """Parse, render and lint every template of a folder against sample interviews."""
    from thanknote.template_check import check_templates

    if args.folder and not Path(args.folder).is_dir():
        raise InvalidOptionError("DIR", args.folder, f"{args.folder} is not a folder")
    if args.folder and not any(Path(args.folder).rglob("*.j2")):
        raise InvalidOptionError("DIR", args.folder, f"no templates (*.j2) in {args.folder}")
    problems = check_templates(args.folder)
    for problem in problems:
        print(_problem_line(problem))
    if not problems:
        print(
            "every template parses and uses only the names the builder provides; those laid "
            "out as <language>/<kind>/<tone>.txt.j2 or <language>/<kind>.txt.j2 were also "
            "rendered for the sample interviews and linted cleanly"
        )
    return EXIT_FINDINGS if any(p.severity == "error" for p in problems) or problems else EXIT_OK


def _cmd_plan(args: argparse.Namespace) -> int:
    """Print when to send each note, when to follow up, and how."""
    from thanknote._files import write_atomic
    from thanknote.load import load_interview
    from thanknote.plan_export import plan_to_ics, plan_to_json
    from thanknote.schedule import FollowUpPolicy, plan_follow_up

    interview = load_interview(args.file)
    now = _aware(args.now, "--now") if args.now else _clock()
    replies = [_reply(given, interview) for given in args.replies]
    policy = FollowUpPolicy(holidays=_holidays(args))
    with _warnings_on_stderr():
        plan = plan_follow_up(
            interview, now=now, policy=policy, replies=replies, locale=args.locale,
            fallback=args.fallback,
        )  # fmt: skip
    for notice in plan.notices:
        print(f"thanknote: note: {notice}", file=sys.stderr)
    if args.ics is not None:
        if not args.ics.strip():
            raise InvalidOptionError("--ics", args.ics, "give a file name")
        write_atomic(Path(args.ics), plan_to_ics(plan), overwrite=args.force)
    if args.format == "json":
        sys.stdout.write(plan_to_json(plan))
        return EXIT_OK
    for line in _agenda(plan, _plan_locale(plan, args)):
        print(line)
    return EXIT_OK


def _plan_locale(plan: Plan, args: argparse.Namespace) -> str:
    # The language the plan's reasons were worded in (the fallback's, if used).
    from thanknote._locales import parse_locale
    from thanknote.languages import resolve_locale

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tag = parse_locale(args.locale or plan.interview.locale or "en_US")
        return resolve_locale(tag, args.fallback)


@contextlib.contextmanager
def _warnings_on_stderr() -> Iterator[None]:
    """Show the library's warnings as one ``thanknote: warning:`` line each."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        print(f"thanknote: warning: {warning.message}", file=sys.stderr)


def _clock() -> dt.datetime:
    """The current time: the command line's default for --now, never the library's."""
    import datetime as dt

    return dt.datetime.now(dt.UTC)  # clock-ok


class _GivenReply(NamedTuple):
    """A reply as the command line was given it, checked once the interview is read."""

    option: str  # the option it came with, for error messages: "--rejected"
    kind: str
    at: str
    sender: str | None = None


_REPLY_OPTIONS = {"--rejected": "rejection", "--offer": "offer", "--answered": "answer"}


class _AddReply(argparse.Action):
    """``--rejected ISO`` and its kin: one more reply, in the order given."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[object] | None,
        option_string: str | None = None,
    ) -> None:
        option = option_string or self.dest
        if option == "--reply":
            kind, _, rest = str(values).partition("@")
            moment, _, sender = rest.partition("@")
            given = _GivenReply(option=option, kind=kind, at=moment, sender=sender or None)
        else:
            given = _GivenReply(option=option, kind=_REPLY_OPTIONS[option], at=str(values))
        namespace.replies = [*namespace.replies, given]


class _ReplyFrom(argparse.Action):
    """``--from NAME``: who sent the reply given just before it."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[object] | None,
        option_string: str | None = None,
    ) -> None:
        if not namespace.replies:
            parser.error(
                "--from names who sent a reply: give --rejected, --offer or --answered first"
            )
        *before, last = namespace.replies
        if last.sender is not None:
            parser.error(f"{last.option} {last.at} already names its sender ({last.sender})")
        namespace.replies = [*before, last._replace(sender=str(values))]


def _reply_options(command: argparse.ArgumentParser) -> None:
    group = command.add_argument_group(
        "replies received",
        "Each cancels the follow-ups still pending; a rejection also cancels the thank-you "
        "notes not yet sent and adds a reply to whoever sent it. ISO is a date and time "
        "(2026-12-01T09:00), in the interview's time zone unless it has an offset.",
    )
    command.set_defaults(replies=[])
    for option, kind in _REPLY_OPTIONS.items():
        group.add_argument(
            option, metavar="ISO", action=_AddReply, dest="replies",
            help=f"an {kind} came at ISO" if kind != "rejection" else "a rejection came at ISO",
        )  # fmt: skip
    group.add_argument(
        "--from", metavar="NAME", action=_ReplyFrom, dest="replies",
        help="who sent the reply given just before (an interviewer's name)",
    )  # fmt: skip
    group.add_argument(
        "--reply", metavar="KIND@ISO[@NAME]", action=_AddReply, dest="replies",
        help="the same in one word: answer, offer or rejection, when, from whom (repeatable)",
    )  # fmt: skip


def _holiday_options(command: argparse.ArgumentParser) -> None:
    group = command.add_mutually_exclusive_group()
    group.add_argument(
        "--holidays", metavar="REGION",
        help="count these public holidays as days off: a country or region code such as US or "
        "DE-BY (default: the locale's country; needs thanknote[holidays])",
    )  # fmt: skip
    group.add_argument(
        "--no-holidays", action="store_true", help="count weekends only, no public holidays"
    )


def _holidays(args: argparse.Namespace) -> Container[dt.date] | None:
    if args.no_holidays:
        return frozenset()
    if args.holidays is not None:
        from thanknote._holidays import public_holidays

        try:
            return public_holidays(args.holidays)
        except InvalidOptionError as err:
            raise InvalidOptionError("--holidays", err.value, err.message) from None
    return None


def _reply(given: _GivenReply, interview: Interview) -> Reply:
    """The reply given on the command line, checked as the library checks one."""
    import datetime as dt

    from thanknote.model import REPLY_KINDS, Reply
    from thanknote.schedule import check_reply

    option = given.option
    if given.kind not in REPLY_KINDS:
        raise InvalidOptionError(
            option, given.kind, f"expected answer, offer or rejection before @, got {given.kind!r}"
        )
    try:
        moment = dt.datetime.fromisoformat(given.at)
    except ValueError:
        raise InvalidOptionError(
            option, given.at, f"expected a date and time like 2026-12-01T09:00, got {given.at!r}"
        ) from None
    if moment.utcoffset() is None:
        # As the user reads their mail: in the interview's time zone.
        moment = _in_zone(moment, interview)
    try:
        reply = Reply(kind=given.kind, at=moment, sender=given.sender)
    except InvalidOptionError as err:
        raise InvalidOptionError(f"{option} {err.option}", err.value, err.message) from None
    try:
        check_reply(reply, interview, field=option)
    except InvalidOptionError as err:
        # Named as the user wrote it: the time is the option's, the sender --from's.
        said = "--from" if err.option.endswith(".sender") and option != "--reply" else option
        raise InvalidOptionError(said, err.value, err.message) from None
    return reply


def _in_zone(moment: dt.datetime, interview: Interview) -> dt.datetime:
    import datetime as dt
    import zoneinfo

    if interview.timezone:
        return moment.replace(tzinfo=zoneinfo.ZoneInfo(interview.timezone))
    start = interview.start
    if isinstance(start, dt.datetime) and start.tzinfo is not None:
        return moment.replace(tzinfo=start.tzinfo)
    return moment.replace(tzinfo=dt.UTC)


def _agenda(plan: Plan, locale: str) -> list[str]:
    from babel.dates import format_date, format_time

    from thanknote._i18n import N_, translate
    from thanknote.plan_export import STEP_LABELS

    def moment(value: dt.datetime) -> str:
        day = format_date(value, "medium", locale=locale)
        return f"{day} {format_time(value, 'short', locale=locale)}"

    lines = []
    for step in plan.steps:
        same_day = step.start.date() == step.end.date()
        until = format_time(step.end, "short", locale=locale) if same_day else moment(step.end)
        zone = getattr(step.start.tzinfo, "key", None) or step.start.strftime("UTC%z")
        who = (
            " " + translate(locale, N_("to {name}"), name=step.recipient.name)
            if step.recipient
            else ""
        )
        flags = [N_("optional")] if step.optional else []
        if step.end <= plan.now:
            flags.append(N_("already past"))
        flag = "".join(f" ({translate(locale, f)})" for f in flags)
        label = translate(locale, STEP_LABELS[step.kind])
        lines.append(f"{moment(step.start)} – {until} ({zone})  {label}{who}{flag}")
        lines.append(f"    {step.reason}")
    return lines


def _cmd_agenda(args: argparse.Namespace) -> int:
    """Print what is overdue, due today and due soon across many interview files.

    Every .toml and .json file of each folder is planned, with the replies and
    done steps of its progress file (NAME.progress.toml). A file that cannot be
    read is reported and the others are still listed; the exit code is then 1.
    """
    from thanknote._files import write_atomic
    from thanknote.plan_export import agenda_to_ics
    from thanknote.search import agenda

    today = args.today or _clock_today()
    if args.ics is not None and not args.ics.strip():
        raise InvalidOptionError("--ics", args.ics, "give a file name")
    with _warnings_on_stderr():
        found = agenda(
            args.sources, today=today, days=args.days, locale=args.locale, fallback=args.fallback
        )
    if args.ics is not None:
        write_atomic(Path(args.ics), agenda_to_ics(found), overwrite=args.force)
    for line in _agenda_lines(found):
        print(line)
    for problem in found.errors:
        print(f"thanknote: {problem}", file=sys.stderr)
    return EXIT_OK if found.ok else EXIT_FINDINGS


def _agenda_lines(found: Agenda) -> list[str]:
    import datetime as dt

    from babel.dates import format_date, format_time

    from thanknote._i18n import N_, translate
    from thanknote.plan_export import step_label

    lines = []
    for item in found.due:
        step, locale = item.step, item.locale or "en_US"
        day = format_date(step.start, "medium", locale=locale)
        until = (
            format_time(step.end, "short", locale=locale)
            if step.start.date() == step.end.date()
            else f"{format_date(step.end, 'medium', locale=locale)} "
            f"{format_time(step.end, 'short', locale=locale)}"
        )
        when = f"{day} {format_time(step.start, 'short', locale=locale)} – {until}"
        zone = getattr(step.start.tzinfo, "key", None) or step.start.strftime("UTC%z")
        flag = f" ({translate(locale, N_('optional'))})" if step.optional else ""
        lines.append(
            f"{item.status:<8}  {when} ({zone})  {step_label(step, locale)}{flag}"
            f"  ·  {item.company}, {item.position}  ·  {item.source}  ·  {item.key}"
        )
    if not lines:
        last = found.today + dt.timedelta(days=found.days)
        lines.append(f"nothing due from {found.today.isoformat()} to {last.isoformat()}")
    return lines


def _cmd_done(args: argparse.Namespace) -> int:
    """Mark a step of an interview done, in its progress file (NAME.progress.toml).

    The interview file is never changed; the progress file gets a [[done]] table
    at its end, and everything already in it stays as it was.
    """
    from thanknote._progress import progress_path
    from thanknote.search import mark_done

    at = _aware(args.at, "--at") if args.at else _clock()
    marked = mark_done(args.file, args.step, at=at)
    where = progress_path(Path(args.file))
    if not marked:
        print(f"{args.step}: already marked done in {where}")
    for key in marked:
        print(f"{key}: marked done in {where}")
    return EXIT_OK


def _clock_today() -> dt.date:
    """Today's date where the command runs: the default for --today, never the library's."""
    import datetime as dt

    return dt.date.today()  # clock-ok


def _cmd_preview(args: argparse.Namespace) -> int:
    """Show every note with its lint findings marked, the panel and the plan on one HTML page."""
    from thanknote._files import write_atomic
    from thanknote.load import check_interview, load_interview
    from thanknote.preview import preview_html
    from thanknote.render import NoteBuilder
    from thanknote.schedule import plan_follow_up

    if args.output is not None and not args.output.strip():
        raise InvalidOptionError("-o", args.output, "give a file name")
    interview = load_interview(args.file)
    for problem in check_interview(interview):
        print(f"thanknote: {_problem_line(problem)}", file=sys.stderr)
    now = _aware(args.now, "--now") if args.now else _clock()
    with _warnings_on_stderr():
        notes = NoteBuilder(args.template_dir).draft(
            interview, tone=args.tone, locale=args.locale, template=args.template,
            fallback=args.fallback, today=args.today,
        )  # fmt: skip
        plan = plan_follow_up(interview, now=now, locale=args.locale, fallback=args.fallback)
        page = preview_html(notes, plan=plan).encode()
    if args.output is None:
        sys.stdout.write(page.decode())
        return EXIT_OK
    target = Path(args.output)
    try:
        write_atomic(target, page, overwrite=args.force)
    except ThanknoteError:
        raise
    except OSError as err:
        raise ThanknoteError(f"{target}: cannot write: {err.strerror or err}") from None
    print(target)
    return EXIT_OK


def _cmd_init(args: argparse.Namespace) -> int:
    """Write a starter interview file with the questions to ask at the interview's end."""
    from thanknote._files import write_atomic
    from thanknote._starter import STARTER

    path = Path(args.path)
    if path.exists() and not args.force:
        raise OutputExistsError([str(path)])
    if path.suffix.lower() != ".toml":
        print(f"thanknote: {path}: the starter file is TOML; name it *.toml", file=sys.stderr)
        return EXIT_USAGE
    write_atomic(path, STARTER.encode(), overwrite=args.force)
    print(f"wrote {path}; fill it in, then run: thanknote draft {path}")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema (draft 2020-12) of the interview file, for editors and forms."""
    from thanknote.schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK
