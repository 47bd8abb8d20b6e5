"""The reference pages made from the live code: CLI, lint rules, interview file.

Run by Sphinx (``extensions = ["thanknote_docs"]`` in ``conf.py``) before it
reads the sources, so the pages always describe the code being documented:

- ``reference/cli.rst``, from the argument parser the ``thanknote`` command
  runs;
- ``reference/rules/index.md`` and one page per rule, from
  ``thanknote.RuleRegistry.builtin()``, each with an example note from
  ``reference/rule_examples.toml`` that is linted here: the build warns (an
  error under ``-W``) when a rule does not fire on its example, still fires
  on the fixed note, or has no example at all;
- ``reference/interview-file.md``, from ``thanknote.interview_schema()``.

Only the public API is used, except for the parser, which is taken from the
console script's own ``main`` as it parses ``--help``. Nothing here needs
Sphinx, so the tests can call :func:`check_rule_examples` without it.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import importlib
import io
import json
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

import thanknote

DOCS = Path(__file__).resolve().parent.parent
ROOT = DOCS.parent
EXAMPLES = DOCS / "reference" / "rule_examples.toml"
DEFAULT_INTERVIEW = "examples/interview.toml"
DEFAULT_INTERVIEWER = "Dana Reyes"


# ---------------------------------------------------------------- rule examples


@attrs.frozen(kw_only=True)
class Case:
    """One note (or panel of notes) with what it is linted with."""

    interview: Any
    interviewer: str
    locale: str | None
    kind: str
    sent_at: dt.datetime | None
    note: str | None
    panel: tuple[tuple[str, str], ...]
    source: str  # the interview file, as the page names it

    def findings(self, code: str) -> tuple[Any, ...]:
        """The findings of rule ``code`` on this case, with the text each indexes."""
        if self.panel:
            drafted = {n.interviewer.name: n for n in thanknote.draft(self.interview)}
            notes = [attrs.evolve(drafted[name], text=text) for name, text in self.panel]
            report = thanknote.lint_panel(notes)
        else:
            report = thanknote.lint(
                self.note or "",
                interview=self.interview,
                interviewer=self.interviewer,
                locale=self.locale,
                kind=self.kind,
                sent_at=self.sent_at,
            )
        return tuple(f for f in report.findings if f.code == code)

    def text_of(self, finding: Any) -> str:
        """The text a finding's offsets index."""
        if self.panel:
            return self.panel[finding.note][1]
        return self.note or ""


@attrs.frozen(kw_only=True)
class RuleExample:
    """A rule, the note that triggers it, and the fix."""

    rule: Any
    summary: str
    example: Case | None
    fix: str
    fixed: Case | None
    changed: tuple[str, ...]  # the context keys the fix changes, when it keeps the text

    @property
    def page(self) -> str:
        """The rule page's file name, without suffix."""
        return self.rule.code.lower()


def _summary(rule: Any) -> str:
    summary = getattr(rule, "summary", None)
    if isinstance(summary, str) and summary.strip():
        return summary.strip()
    doc = (type(rule).__doc__ or "").strip()
    return doc.splitlines()[0] if doc else ""


def _case(table: Mapping[str, Any]) -> Case:
    source = str(table.get("interview", DEFAULT_INTERVIEW))
    with open(ROOT / source, "rb") as file:
        data = tomllib.load(file)
    if "other_companies" in table:
        data["candidate"] = {**data["candidate"], "other_companies": table["other_companies"]}
    sent_at = table.get("sent_at")
    return Case(
        interview=thanknote.load_interview(data),
        interviewer=str(table.get("interviewer", DEFAULT_INTERVIEWER)),
        locale=table.get("locale"),
        kind=str(table.get("kind", "thank_you")),
        sent_at=dt.datetime.fromisoformat(sent_at) if sent_at else None,
        note=table.get("note"),
        panel=tuple((p["interviewer"], p["note"]) for p in table.get("panel", ())),
        source=source,
    )


def rule_examples(path: Path = EXAMPLES) -> tuple[RuleExample, ...]:
    """Every built-in rule, in registry order, with its example when it has one."""
    with open(path, "rb") as file:
        tables = tomllib.load(file)
    found = []
    for rule in thanknote.RuleRegistry.builtin():
        table = tables.get(rule.code)
        if table is None:
            found.append(
                RuleExample(
                    rule=rule, summary=_summary(rule), example=None, fix="", fixed=None, changed=()
                )
            )
            continue
        fixed_table = table.get("fixed")
        if isinstance(fixed_table, str):
            fixed_table = {"note": fixed_table}
        changed: tuple[str, ...] = ()
        fixed = None
        if fixed_table is not None:
            base = {k: v for k, v in table.items() if k not in ("fix", "fixed")}
            if "panel" in fixed_table:
                base.pop("panel", None)
            changed = tuple(k for k in fixed_table if k not in ("note", "panel"))
            fixed = _case({**base, **fixed_table})
        found.append(
            RuleExample(
                rule=rule,
                summary=_summary(rule),
                example=_case(table),
                fix=" ".join(str(table.get("fix", "")).split()),
                fixed=fixed,
                changed=changed,
            )
        )
    return tuple(found)


def check_rule_examples(examples: Sequence[RuleExample]) -> list[str]:
    """What is wrong with the examples: one line per problem, empty when all hold."""
    problems = []
    for item in examples:
        code = item.rule.code
        if item.example is None:
            problems.append(f"{code} ({item.rule.name}) has no example in {EXAMPLES.name}")
            continue
        if not item.example.findings(code):
            problems.append(f"{code} ({item.rule.name}) does not fire on its example note")
        if item.fixed is None or not item.fix:
            problems.append(f"{code} ({item.rule.name}) has no fix or no fixed note")
        elif item.fixed.findings(code):
            problems.append(f"{code} ({item.rule.name}) still fires on its fixed note")
    return problems


def _fence(text: str, lang: str = "text") -> str:
    ticks = "````" if "```" in text else "```"
    return f"{ticks}{lang}\n{text.rstrip()}\n{ticks}\n"


def _position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _findings_block(case: Case, findings: Sequence[Any]) -> str:
    lines = []
    for f in findings:
        text = case.text_of(f)
        line, column = _position(text, f.start)
        where = f"note {f.note + 1}, " if case.panel else ""
        lines.append(f"{where}{line}:{column}: {f.code} [{f.severity}] {f.message}")
        marked = " ".join(text[f.start : f.end].split())
        if marked:
            lines.append(f"    on: {marked}")
        if f.suggestion:
            lines.append(f"    suggestion: {f.suggestion}")
    return _fence("\n".join(lines))


def _case_text(case: Case) -> str:
    if case.panel:
        parts = []
        for number, (name, text) in enumerate(case.panel, 1):
            parts.append(f"Note {number}, to {name}:\n\n{_fence(text)}")
        return "\n".join(parts)
    return _fence(case.note or "")


def _context_line(case: Case) -> str:
    said = [f"the interview in `{case.source}`"]
    if case.panel:
        said.append("the notes checked together with `thanknote.lint_panel`")
    else:
        said.append(f"a note to {case.interviewer}")
    if case.kind != "thank_you":
        said.append(f"`kind={case.kind!r}`")
    if case.locale:
        said.append(f"`locale={case.locale!r}`")
    if case.sent_at:
        said.append(f"`sent_at={case.sent_at.isoformat()}`")
    return "Linted with " + ", ".join(said) + "."


def rule_page(item: RuleExample) -> str:
    """The Markdown page of one rule."""
    rule = item.rule
    out = [
        f"# {rule.code} {rule.name}\n",
        f"{item.summary}\n",
        f"Default severity: **{rule.severity}**. Select, ignore or re-level it by its "
        f"code `{rule.code}` or its name `{rule.name}` ([configuration](#lint-config)).\n",
    ]
    if item.example is not None:
        out += [
            "## A note that triggers it\n",
            _context_line(item.example) + "\n",
            _case_text(item.example),
            "\nWhat thanknote reports:\n",
            _findings_block(item.example, item.example.findings(rule.code)),
        ]
    if item.fixed is not None:
        out += ["\n## How to fix it\n", f"{item.fix}\n"]
        if item.changed:
            settings = ", ".join(
                f"`{key}={getattr(item.fixed, key)!s}`"
                if not isinstance(getattr(item.fixed, key), dt.datetime)
                else f"`{key}={getattr(item.fixed, key).isoformat()}`"
                for key in item.changed
            )
            out.append(f"The same note with {settings} passes this rule.\n")
        else:
            out += ["The note after the fix, on which the rule no longer fires:\n", ""]
            out.append(_case_text(item.fixed))
    return "\n".join(out)


def rules_index(examples: Sequence[RuleExample]) -> str:
    """The Markdown table of every rule, linking to its page."""
    out = [
        "# Lint rules\n",
        "Every rule thanknote checks a note with, in the order it runs them. The",
        "table and the pages are made from `thanknote.RuleRegistry.builtin()` when",
        "these pages are built, and each page's example note is linted then: the",
        "rule fires on it and no longer fires once it is fixed.\n",
        "The panel rules (`TN4xx`) compare the notes of one interview with each",
        "other, so only `thanknote.lint_panel` runs them. Rules installed by",
        "plugins ([](../../how-to/rule-plugin.md)) are not listed here.\n",
        "| code | name | default | what it flags |",
        "|---|---|---|---|",
    ]
    for item in examples:
        r = item.rule
        out.append(f"| [{r.code}]({item.page}.md) | `{r.name}` | {r.severity} | {item.summary} |")
    out += ["", "```{toctree}", ":hidden:", ""]
    out += [item.page for item in examples]
    out.append("```\n")
    return "\n".join(out)


# ---------------------------------------------------------------- CLI


class _Caught(BaseException):
    """Carries the parser out of ``main``; a BaseException so nothing catches it."""

    def __init__(self, parser: argparse.ArgumentParser) -> None:
        self.parser = parser


def command_parser() -> argparse.ArgumentParser:
    """The parser the ``thanknote`` command runs.

    Taken from the console script's ``main`` as it parses ``--help``, so the
    page follows the command wherever the parser is built.
    """
    from importlib.metadata import entry_points

    scripts = [p for p in entry_points(group="console_scripts") if p.name == "thanknote"]
    target = scripts[0].value if scripts else "thanknote.cli:main"
    module, _, name = target.partition(":")
    main = getattr(importlib.import_module(module), name)

    def catch(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> Any:
        raise _Caught(self)

    original = argparse.ArgumentParser.parse_args
    argparse.ArgumentParser.parse_args = catch  # type: ignore[method-assign,assignment]
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            main(["--help"])
    except _Caught as caught:
        return caught.parser
    finally:
        argparse.ArgumentParser.parse_args = original  # type: ignore[method-assign]
    raise RuntimeError(f"{target} did not parse its arguments with argparse")


def _rst(text: str) -> str:
    for char in "\\*`|_":
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


def _subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                if sub.description is None and helps.get(name):
                    sub.description = helps[name]
                yield name, sub


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=88)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, "")
    return formatter.format_help().strip()


def _help(action: argparse.Action, prog: str) -> str:
    text = action.help or ""
    if "%(" in text:
        text = text % {**vars(action), "prog": prog}
    default = action.default
    shows_default = (
        isinstance(default, str | int | float)
        and not isinstance(default, bool)
        and default not in ("", argparse.SUPPRESS)
        and action.nargs != 0
        and "default" not in text
    )
    if shows_default:
        text = f"{text} (default: {default})" if text else f"Default: {default}"
    if action.choices and not isinstance(action, argparse._SubParsersAction):
        text = f"{text} One of: {', '.join(map(str, action.choices))}."
    return text


def _signature(action: argparse.Action) -> str:
    if not action.option_strings:
        return action.metavar if isinstance(action.metavar, str) else action.dest.upper()
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    if isinstance(action.metavar, str):
        metavar = action.metavar
    elif action.choices:
        metavar = "{" + ",".join(map(str, action.choices)) + "}"
    else:
        metavar = action.dest.upper()
    return ", ".join(f"{option} {metavar}" for option in action.option_strings)


def _command_section(parser: argparse.ArgumentParser, level: str, out: list[str]) -> None:
    title = parser.prog
    out += [title, level * len(title), ""]
    if parser.description:
        out += [_rst(parser.description), ""]
    out += [".. code-block:: text", ""]
    out += ["   " + line for line in _usage(parser).splitlines()]
    out += ["", f".. program:: {parser.prog}", ""]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
            continue
        if action.help == argparse.SUPPRESS:
            continue
        out += [f".. option:: {_signature(action)}", ""]
        help_text = _help(action, parser.prog)
        if help_text:
            out += ["   " + _rst(help_text), ""]
    if parser.epilog:
        out += [_rst(parser.epilog), ""]
    for _, sub in _subcommands(parser):
        _command_section(sub, "-" if level == "=" else "~", out)


def cli_page(parser: argparse.ArgumentParser) -> str:
    """The reST page of the command line, one section per command."""
    out = [
        ".. This page is generated from the thanknote command's parser when the docs are built.",
        "",
        "Command line",
        "############",
        "",
        "Every command and option of ``thanknote``, taken from the command's own",
        "argument parser when this page is built. ``thanknote COMMAND --help`` prints",
        "the same. The exit code is 0 on success, 1 when a check finds what it was",
        "asked to fail on, and 2 for a usage or input error, with one line per",
        "problem on standard error.",
        "",
    ]
    _command_section(parser, "=", out)
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- interview file


def _types(schema: Mapping[str, Any]) -> tuple[str, bool]:
    """A readable type, and whether the value may be left out as null."""
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return "one of " + ", ".join(f"`{json.dumps(v)}`" for v in values), None in schema["enum"]
    if "anyOf" in schema:
        kinds = [_types(option)[0] for option in schema["anyOf"]]
        return " or ".join(kinds), False
    kind = schema.get("type", "any")
    kinds = [kind] if isinstance(kind, str) else list(kind)
    nullable = "null" in kinds
    names = []
    for k in kinds:
        if k == "null":
            continue
        if k == "array":
            items = schema.get("items", {})
            names.append(f"list of {_types(items)[0]}s")
        elif k == "object":
            names.append("table")
        else:
            names.append(k)
    return " or ".join(names), nullable


def _limits(schema: Mapping[str, Any]) -> str:
    said = []
    if "maxLength" in schema:
        said.append(f"at most {schema['maxLength']} characters")
    if "minItems" in schema:
        said.append(f"at least {schema['minItems']}")
    if "maxItems" in schema:
        said.append(f"at most {schema['maxItems']} items")
    if "default" in schema:
        said.append(f"default `{json.dumps(schema['default'])}`")
    examples = schema.get("examples")
    if examples:
        said.append("e.g. " + ", ".join(f"`{json.dumps(e, ensure_ascii=False)}`" for e in examples))
    return "; ".join(said)


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _object_sections(schema: Mapping[str, Any], title: str, intro: str, out: list[str]) -> None:
    required = set(schema.get("required", ()))
    nested: list[tuple[Mapping[str, Any], str, str]] = []
    out += [f"## {title}\n"]
    if intro:
        out += [_cell(intro) + "\n"]
    out += ["| key | type | required | what it is | limits |", "|---|---|---|---|---|"]
    for key, field in schema.get("properties", {}).items():
        if key == "$schema":
            continue
        kind, _ = _types(field)
        description = field.get("description", "")
        out.append(
            f"| `{key}` | {_cell(kind)} | {'yes' if key in required else 'no'} "
            f"| {_cell(description)} | {_cell(_limits(field))} |"
        )
        target = field
        if "array" in (field.get("type") or ()) or field.get("type") == "array":
            target = field.get("items", {})
        for option in [target, *target.get("anyOf", ())]:
            if option.get("type") == "object" and option.get("properties"):
                path = f"[[{key}]]" if target is not field else f"[{key}]"
                if target is not field and option is not target:
                    path = f"a table in `{key}`"
                nested.append((option, path, option.get("description", description)))
    out.append("")
    for option, path, description in nested:
        _object_sections(option, path if path.startswith("a ") else f"`{path}`", description, out)


def interview_page(schema: Mapping[str, Any]) -> str:
    """The Markdown reference of the interview file, from its JSON Schema."""
    out = [
        "# The interview file\n",
        f"{schema.get('description', '')}\n",
        "This page is made from `thanknote.interview_schema()` (the JSON Schema that",
        "`thanknote schema` prints) when the documentation is built. A TOML file and",
        "a JSON file have the same shape; in JSON, dates and times are ISO 8601",
        "strings. A key the schema does not list is an error. The checks that only",
        "loading makes are listed in [](../schema.md).\n",
        "```{literalinclude} ../../examples/interview.toml",
        ":language: toml",
        ":caption: examples/interview.toml",
        "```\n",
    ]
    _object_sections(schema, "Top level", "", out)
    return "\n".join(out)


# ---------------------------------------------------------------- writing


def pages() -> dict[str, str]:
    """Every generated page, by its path under ``docs/``."""
    examples = rule_examples()
    made = {
        "reference/cli.rst": cli_page(command_parser()),
        "reference/interview-file.md": interview_page(thanknote.interview_schema()),
        "reference/rules/index.md": rules_index(examples),
    }
    for item in examples:
        made[f"reference/rules/{item.page}.md"] = rule_page(item)
    return made


def undocumented(api: Path = DOCS / "reference" / "api.md") -> list[str]:
    """The public names the API page does not document."""
    text = api.read_text("utf-8")
    return [
        name
        for name in thanknote.__all__
        if f"thanknote.{name}\n" not in text and f":: {name}\n" not in text
    ]


def write_pages(root: Path = DOCS) -> list[str]:
    """Write the pages that changed; return the problems found on the way."""
    for name, text in pages().items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_text("utf-8") != text:
            target.write_text(text, "utf-8")
    problems = [f"rule example: {p}" for p in check_rule_examples(rule_examples())]
    problems += [f"reference/api.md does not document thanknote.{n}" for n in undocumented()]
    return problems


def _skip_fields(app: Any, what: str, name: str, obj: Any, skip: bool, options: Any) -> bool | None:
    """Leave out a record's fields: its "Attributes:" section lists them."""
    if what != "class" or skip:
        return None
    if isinstance(obj, property | functools.cached_property) or callable(obj):
        return None
    return True


def _public_target(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Point a private path (``thanknote.model.Interview``) at the public name."""
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("thanknote."):
        return None
    name = target.rsplit(".", 1)[1]
    public = f"thanknote.{name}"
    if name not in thanknote.__all__ or target == public:
        return None
    node = node.deepcopy()
    node["reftarget"] = public
    found = env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
    )
    if found is not None:
        found["reftitle"] = public
    return found


def _public_titles(app: Any, doctree: Any, docname: str) -> None:
    """Show the public name in a link's tooltip, not the module it lives in."""
    from docutils import nodes

    for node in doctree.findall(nodes.reference):
        title = node.get("reftitle", "")
        name = title.rsplit(".", 1)[-1]
        if title.startswith("thanknote.") and name in thanknote.__all__:
            node["reftitle"] = f"thanknote.{name}"


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry: write the pages before the sources are read."""
    from sphinx.util import logging

    logger = logging.getLogger(__name__)

    def generate(app: Any) -> None:
        for problem in write_pages(Path(app.srcdir)):
            logger.warning(problem)

    app.connect("builder-inited", generate)
    app.connect("autodoc-skip-member", _skip_fields)
    app.connect("missing-reference", _public_target)
    app.connect("doctree-resolved", _public_titles)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
