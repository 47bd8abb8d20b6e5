"""The ``thanknote`` command: a thin shell over the public API.

Exit codes: 0 success, 2 bad input or usage (one line per problem on
stderr). A traceback is always a bug.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from thanknote._files import write_atomic
from thanknote._starter import STARTER
from thanknote._version import __version__
from thanknote.errors import InvalidInterviewError, OutputExistsError, ThanknoteError
from thanknote.export import FORMATS, notes_to_json, render_note, write_notes
from thanknote.load import check_interview, load_interview
from thanknote.model import TONES
from thanknote.render import KINDS, NoteBuilder

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2
_RULE = "-" * 72


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Args:
        argv: Arguments without the program name; defaults to ``sys.argv``.
    """
    parser = _parser()
    args = parser.parse_args(argv)
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
    if isinstance(err, InvalidInterviewError):
        return [_problem_line(p) for p in err.problems]
    if isinstance(err, OutputExistsError):
        return [f"{path} exists" for path in err.conflicts] + [
            "nothing was written; use --force to replace existing files"
        ]
    return [str(err)]


def _problem_line(problem: object) -> str:
    text = str(problem)
    return f"warning: {text}" if getattr(problem, "severity", "") == "warning" else text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thanknote",
        description="Draft one personal thank-you note per interviewer.",
    )
    parser.add_argument("--version", action="version", version=f"thanknote {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    draft = commands.add_parser(
        "draft", help="draft the notes for an interview file", description=_cmd_draft.__doc__
    )
    draft.add_argument("file", metavar="FILE", help="interview file (.toml or .json)")
    draft.add_argument("-o", "--output", metavar="DIR", help="write one file per note into DIR")
    draft.add_argument("--tone", choices=TONES, help="overrides the file's tone")
    draft.add_argument("--locale", help="overrides the file's locale, such as en_GB")
    draft.add_argument("--kind", choices=KINDS, default="thank_you", help="default: thank_you")
    draft.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    draft.add_argument("--template", metavar="PATH", help="your own text template file")
    draft.add_argument(
        "--template-dir", metavar="DIR", action="append", default=[],
        help="folder searched before the built-in templates (repeatable)",
    )  # fmt: skip
    draft.add_argument("--force", action="store_true", help="replace existing files in DIR")
    draft.set_defaults(run=_cmd_draft)

    init = commands.add_parser(
        "init", help="write a commented starter interview file", description=_cmd_init.__doc__
    )
    init.add_argument("path", metavar="PATH", nargs="?", default="interview.toml")
    init.add_argument("--force", action="store_true", help="replace the file if it exists")
    init.set_defaults(run=_cmd_init)
    return parser


def _cmd_draft(args: argparse.Namespace) -> int:
    """Draft one note per interviewer and print them, or write them with -o."""
    interview = load_interview(args.file)
    for problem in check_interview(interview):
        print(f"thanknote: {_problem_line(problem)}", file=sys.stderr)
    builder = NoteBuilder(args.template_dir)
    notes = builder.draft(interview, tone=args.tone, locale=args.locale, kind=args.kind,
                          template=args.template)  # fmt: skip
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


def _print_notes(notes: Sequence[object], format: str, out: TextIO) -> None:
    from thanknote.model import Note

    typed = [n for n in notes if isinstance(n, Note)]
    if format == "json":
        out.write(notes_to_json(typed))
        return
    for i, note in enumerate(typed):
        if i:
            out.write(f"\n{_RULE}\n\n")
        out.write(render_note(note, "html" if format == "html" else "text").decode())


def _cmd_init(args: argparse.Namespace) -> int:
    """Write a starter interview file with the questions to ask at the interview's end."""
    path = Path(args.path)
    if path.exists() and not args.force:
        raise OutputExistsError([str(path)])
    if path.suffix.lower() != ".toml":
        print(f"thanknote: {path}: the starter file is TOML; name it *.toml", file=sys.stderr)
        return EXIT_USAGE
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, STARTER.encode(), overwrite=args.force)
    print(f"wrote {path}; fill it in, then run: thanknote draft {path}")
    return EXIT_OK
