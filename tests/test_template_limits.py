"""Templates from the user: which files they may use, and how much work they may cause."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

import thanknote
from thanknote.cli import main
from thanknote.render import NoteBuilder, TemplateLimits
from thanknote.testing import make_interview

SECRET = "SECRET_TOKEN=hunter2"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file outside every template folder, with something worth stealing."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / "secrets.j2"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path, outside: Path) -> Path:
    """A template folder with a .env, a link out of it and a link within it."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / ".env").write_text(SECRET + "\n", encoding="utf-8")
    (folder / "notes.txt").write_text(SECRET + "\n", encoding="utf-8")
    (folder / "part.j2").write_text("a part", encoding="utf-8")
    (folder / "out.j2").symlink_to(outside)
    (folder / "in.j2").symlink_to(folder / "part.j2")
    return folder


def template(folder: Path, text: str, name: str = "mine.txt.j2") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


class TestWhatATemplateMayUse:
    @pytest.mark.parametrize(
        "tag",
        [
            "{% include '.env' %}",
            "{% include 'notes.txt' %}",
            "{% include 'out.j2' %}",
            "{% import 'out.j2' as x %}",
            "{% from 'out.j2' import x %}",
            "{% extends 'out.j2' %}",
            "{% include ['.env', 'part.j2'] %}",
            "{% include 'missing.j2' ignore missing %}{% include '.env' ignore missing %}",
        ],
    )
    def test_files_that_are_not_templates_in_the_folders_are_refused(
        self, folder: Path, tag: str
    ) -> None:
        path = template(folder, f"Hi\n{tag}\n")
        with pytest.raises(thanknote.TemplateNotFoundError) as caught:
            thanknote.draft(make_interview(), template=path)
        error = caught.value
        assert error.template is not None and error.template.endswith("mine.txt.j2")
        assert "mine.txt.j2:2" in str(error) and "Dana Reyes" in str(error)
        assert SECRET not in str(error) and "elsewhere" not in str(error)

    @pytest.mark.parametrize("tag", ["{% include '/etc/hostname' %}", "{% include '../x.j2' %}"])
    def test_paths_out_of_the_folder_are_template_errors(self, folder: Path, tag: str) -> None:
        path = template(folder, f"Hi\n{tag}\n")
        with pytest.raises(thanknote.TemplateError):
            thanknote.draft(make_interview(), template=path)

    def test_templates_in_the_folder_and_links_within_it_may_be_used(self, folder: Path) -> None:
        path = template(folder, "{% include 'part.j2' %}, {% include 'in.j2' %}\n")
        assert thanknote.draft(make_interview(), template=path)[0].text == "a part, a part\n"

    def test_built_in_templates_may_be_used(self, folder: Path) -> None:
        path = template(folder, "{% import 'en/_common.j2' as common %}{% include 'part.j2' %}\n")
        assert thanknote.draft(make_interview(), template=path)[0].text == "a part\n"

    def test_a_template_in_a_user_folder_linking_out_of_it_is_refused(
        self, tmp_path: Path, outside: Path
    ) -> None:
        folder = tmp_path / "dirs" / "en" / "thank_you"
        folder.mkdir(parents=True)
        (folder / "warm.txt.j2").symlink_to(outside)
        with pytest.raises(thanknote.TemplateNotFoundError) as caught:
            thanknote.draft(make_interview(), template_dirs=[tmp_path / "dirs"])
        assert caught.value.template == "en/thank_you/warm.txt.j2"
        assert SECRET not in str(caught.value)

    def test_a_template_string_may_not_include_other_files_either(self, folder: Path) -> None:
        with pytest.raises(thanknote.TemplateNotFoundError, match=r"only files ending in \.j2"):
            thanknote.draft(make_interview(), template_source="{% include '.env' %}")

    def test_the_template_file_named_by_the_caller_may_be_a_link(
        self, tmp_path: Path, folder: Path
    ) -> None:
        real = template(folder, "Hi {{ interviewer.first_name }}, {% include 'part.j2' %}\n")
        link = tmp_path / "link.txt.j2"
        link.symlink_to(real)
        assert thanknote.draft(make_interview(), template=link)[0].text == "Hi Dana, a part\n"

    def test_the_check_reports_a_link_out_of_the_folder(
        self, tmp_path: Path, outside: Path
    ) -> None:
        (tmp_path / "checked" / "en").mkdir(parents=True)
        (tmp_path / "checked" / "en" / "card.txt.j2").symlink_to(outside)
        [problem] = thanknote.check_templates(tmp_path / "checked")
        assert problem.field == "en/card.txt.j2" and "outside" in problem.message


# Each asks for far more work or memory than a note needs; each must stop at
# once with a TemplateRenderError naming the template, interviewer and limit.
HOSTILE = {
    "nested ranges": (
        "{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}",
        "max_loop",
    ),
    "a long loop": ("{% for c in 'x' * 5000 %}{% endfor %}", "max_loop"),
    "string times a billion": ("{{ 'x' * 10**9 }}", "max_string"),
    "list times a billion": ("{{ [1, 2] * 10**9 }}", "max_string"),
    "printf width": ("{{ '%0900000000d' % 1 }}", "max_string"),
    "printf star width": ("{{ '%*d' % (900000000, 1) }}", "not allowed"),
    "format filter width": ("{{ '%0900000000d'|format(1) }}", "max_string"),
    "str.format width": ("{{ '{:0900000000d}'.format(1) }}", "max_string"),
    "str.format nested width": ("{{ '{:{}}'.format(1, 900000000) }}", "not allowed"),
    "a huge constant power": ("{{ 3 ** 6000000 }}", "max_digits"),
    "a huger power": ("{{ 2 ** 100000000 }}", "max_digits"),
    "squaring in a loop": (
        "{% set ns = namespace(n=10**1000) %}"
        "{% for i in range(30) %}{% set ns.n = ns.n * ns.n %}{% endfor %}",
        "max_digits",
    ),
    "doubling with ~": (
        "{% set ns = namespace(s='x') %}"
        "{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        "max_string",
    ),
    "doubling with +": (
        "{% set ns = namespace(s='x') %}"
        "{% for i in range(60) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
        "max_string",
    ),
    "nested literals": (
        "{% set a = [1,1,1,1,1,1,1,1,1,1] %}{% set b = [a,a,a,a,a,a,a,a,a,a] %}"
        "{% set c = [b,b,b,b,b,b,b,b,b,b] %}{% set d = [c,c,c,c,c,c,c,c,c,c] %}"
        "{% set e = [d,d,d,d,d,d,d,d,d,d] %}{% set f = [e,e,e,e,e,e,e,e,e,e] %}",
        "max_string",
    ),
    "center": ("{{ 'x'.center(10**9) }}", "max_string"),
    "center filter": ("{{ 'x'|center(10**9) }}", "max_string"),
    "to_bytes": ("{{ (1).to_bytes(10**9, 'big') }}", "max_string"),
    "replace": ("{% set s = 'x' * 90000 %}{{ s.replace('x', s) }}", "max_string"),
    "replace filter": ("{% set s = 'x' * 90000 %}{{ s|replace('', s) }}", "max_string"),
    "join": ("{% set s = 'x' * 90000 %}{{ s.join(s) }}", "max_string"),
    "join filter": ("{% set s = 'x' * 90000 %}{{ s|join(s) }}", "max_string"),
    "translate": ("{% set s = 'x' * 90000 %}{{ s.translate({120: s[:9]}) }}", "max_string"),
    "expandtabs": ("{% set s = '\t' * 90000 %}{{ s.expandtabs(90000) }}", "max_string"),
    "indent": ("{% set s = '\n' * 90000 %}{{ s|indent(90000) }}", "max_string"),
    "wordwrap": (
        "{% set s = 'x ' * 40000 %}{{ s|wordwrap(1, wrapstring='y' * 99) }}",
        "max_string",
    ),
    "batch fill": ("{{ [1]|batch(10**9, 'x')|list }}", "max_string"),
    "map then list": ("{% set s = 'x' * 90000 %}{{ s|map('replace', 'x', s)|list }}", "max_string"),
    "long output": ("{% for i in range(1000) %}{{ 'x' * 1000 }}{% endfor %}", "max_output"),
    "long literal output": (
        "{% for i in range(1000) %}" + "y" * 200 + "{% endfor %}",
        "max_output",
    ),
    "printing a macro many times": (
        "{% macro m() %}{% for i in range(1000) %}{{ 'x' * 90 }}{% endfor %}{% endmacro %}"
        "{% for i in range(1000) %}{% set x = m() %}{% endfor %}",
        "max_output",
    ),
    "a 3,000-deep expression": ("{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}", "max_depth"),
    "a 3,000-long sum": ("{{ " + " + ".join(["1"] * 3000) + " }}", "max_depth"),
    "3,000 nested ifs": ("{% if 1 %}" * 3000 + "{% endif %}" * 3000, "max_depth"),
    "30 nested loops": ("{% for a in [1] %}" * 30 + "{% endfor %}" * 30, "max_depth"),
}
# The same, where the work is spread so thin that only the clock stops it.
SLOW = {
    "a billion iterations": (
        "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
        "{% endfor %}{% endfor %}{% endfor %}"
    ),
    "a macro calling itself twice": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}"
    ),
    "a recursive loop": (
        "{% for x in [1] recursive %}{% if loop.depth < 60 %}{{ loop([1, 1]) }}{% endif %}"
        "{% endfor %}"
    ),
}
QUICK = TemplateLimits(max_seconds=0.05)
# A case aimed at another limit gets time enough to reach it on a busy machine.
PATIENT = TemplateLimits(max_seconds=10)


class TestLimits:
    @pytest.mark.parametrize(("source", "limit"), HOSTILE.values(), ids=HOSTILE.keys())
    def test_hostile_template_strings_stop_with_a_render_error(
        self, source: str, limit: str
    ) -> None:
        limits = QUICK if limit == "max_seconds" else PATIENT
        with pytest.raises(thanknote.TemplateRenderError) as caught:
            NoteBuilder(limits=limits).draft(make_interview(), template_source=f"Hi\n{source}\n")
        error = caught.value
        assert isinstance(error, ValueError)
        assert error.template == "<template string>"
        assert limit in str(error)
        if "max_depth" not in limit:  # compiling comes before any interviewer
            assert error.interviewer == "Dana Reyes" and "Dana Reyes" in str(error)

    @pytest.mark.parametrize(
        "name", ["nested ranges", "a huge constant power", "a 3,000-deep expression", "indent"]
    )
    def test_hostile_template_files_stop_with_a_render_error(
        self, tmp_path: Path, name: str
    ) -> None:
        source, limit = HOSTILE[name]
        path = template(tmp_path, f"Hi\n{source}\n", "evil.txt.j2")
        with pytest.raises(thanknote.TemplateRenderError, match=limit) as caught:
            thanknote.draft(make_interview(), template=path)
        assert caught.value.template is not None and "evil.txt.j2" in caught.value.template

    @pytest.mark.parametrize("source", SLOW.values(), ids=SLOW.keys())
    def test_the_time_budget_stops_work_no_single_limit_catches(self, source: str) -> None:
        with pytest.raises(thanknote.TemplateRenderError, match="max_seconds"):
            NoteBuilder(limits=QUICK).draft(make_interview(), template_source=source)

    def test_a_template_including_itself_is_stopped_by_the_clock(self, tmp_path: Path) -> None:
        (tmp_path / "twice.j2").write_text(
            "{% if n %}{% with n = n - 1 %}{% include 'twice.j2' %}{% include 'twice.j2' %}"
            "{% endwith %}{% endif %}",
            encoding="utf-8",
        )
        path = template(tmp_path, "{% with n = 60 %}{% include 'twice.j2' %}{% endwith %}\n")
        with pytest.raises(thanknote.TemplateRenderError, match="max_seconds"):
            NoteBuilder(limits=QUICK).draft(make_interview(), template=path)

    def test_lipsum_is_not_available(self) -> None:
        with pytest.raises(thanknote.TemplateRenderError, match="'lipsum'"):
            thanknote.draft(make_interview(), template_source="{{ lipsum(n=10**6) }}")

    def test_a_macro_calling_itself_forever_is_a_render_error(self) -> None:
        source = "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}"
        with pytest.raises(thanknote.TemplateRenderError, match="too deeply"):
            thanknote.draft(make_interview(), template_source=source)

    def test_an_integer_literal_too_long_to_read_is_a_render_error(self) -> None:
        with pytest.raises(thanknote.TemplateRenderError, match="<template string>"):
            thanknote.draft(make_interview(), template_source="{{ " + "9" * 5000 + " }}")

    def test_the_errors_pickle(self) -> None:
        with pytest.raises(thanknote.TemplateRenderError) as caught:
            thanknote.draft(make_interview(), template_source="{{ 'x' * 10**9 }}")
        copy = pickle.loads(pickle.dumps(caught.value))
        assert str(copy) == str(caught.value) and copy.interviewer == "Dana Reyes"

    def test_ordinary_use_stays_inside_the_defaults(self) -> None:
        source = (
            "Subject: Thanks, {{ interviewer.first_name }}\n\n"
            "{% set ns = namespace(n=0) %}{% for p in points %}{% set ns.n = ns.n + 1 %}"
            "{{ loop.index }}. {{ p|capitalize }}{{ ', ' ~ tone if loop.last }}\n{% endfor %}"
            "{{ '%s at %s' % (interview.position, interview.company) }} "
            "{{ '{:>3}'.format(ns.n) }} {{ 2 ** 10 }} {{ '-' * 3 }} "
            "{{ (points|list + [1])|length }} {{ range(3)|join(',') }} "
            "{{ {'a': 1}|dictsort|first|first }}\n"
        )
        note = thanknote.draft(make_interview(), template_source=source)[0]
        assert note.subject == "Thanks, Dana"
        assert "1024 ---" in note.text and "0,1,2 a" in note.text

    def test_the_built_in_templates_render_the_same_in_the_limited_sandbox(self) -> None:
        interview = make_interview()
        for tone in ("formal", "warm", "concise"):
            plain = NoteBuilder().draft(interview, tone=tone)
            limited = NoteBuilder(sandboxed=True).draft(interview, tone=tone)
            assert [(n.text, n.html) for n in limited] == [(n.text, n.html) for n in plain]

    def test_limits_can_be_tightened(self) -> None:
        builder = NoteBuilder(limits=TemplateLimits(max_output=20))
        with pytest.raises(thanknote.TemplateRenderError, match="max_output"):
            builder.draft(make_interview(), template_source="{{ interviewer.name * 5 }}\n")
        strict = NoteBuilder(limits=TemplateLimits(max_loop=2))
        with pytest.raises(thanknote.TemplateRenderError, match="max_loop"):
            strict.draft(make_interview(), template_source="{% for i in [1, 2, 3] %}{% endfor %}")

    def test_limits_do_not_apply_outside_the_sandbox(self) -> None:
        builder = NoteBuilder(sandboxed=False, limits=TemplateLimits(max_loop=2))
        text = "{% for i in range(5) %}{{ i }}{% endfor %}\n"
        assert builder.draft(make_interview(), template_source=text)[0].text == "01234\n"

    @pytest.mark.parametrize(
        "bad",
        [{"max_loop": 0}, {"max_output": -1}, {"max_string": 1.5}, {"max_seconds": 0}],
    )
    def test_limits_must_be_positive_numbers(self, bad: dict[str, float]) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match="limits"):
            TemplateLimits(**bad)  # type: ignore[arg-type]

    def test_limits_must_be_a_template_limits(self) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match="limits"):
            NoteBuilder(limits={"max_loop": 5})  # type: ignore[arg-type]


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


class TestTemplatesCheck:
    def test_a_failure_in_every_sample_is_reported_once_with_a_count(self, tmp_path: Path) -> None:
        write(tmp_path, "en/thank_you/warm.txt.j2", "Subject: Hi\n\n{{ 2 ** 100000000 }}\n")
        [problem] = thanknote.check_templates(tmp_path)
        assert problem.field == "en/thank_you/warm.txt.j2"
        assert "(and 11 more sample interviews)" in problem.message
        assert "max_digits" in problem.message

    def test_lint_findings_are_not_repeated(self, tmp_path: Path) -> None:
        write(tmp_path, "en/thank_you/warm.txt.j2", "Subject: Hi\n\nHello.\n")
        problems = thanknote.check_templates(tmp_path)
        assert problems
        assert len({(p.field, p.message) for p in problems}) == len(problems)
        assert any("more sample interviews" in p.message for p in problems)

    def test_a_template_that_runs_out_of_time_is_tried_once(self, tmp_path: Path) -> None:
        write(tmp_path, "en/thank_you/warm.txt.j2", "Subject: Hi\n\n" + SLOW["a recursive loop"])
        [problem] = thanknote.check_templates(tmp_path, limits=QUICK)
        assert "max_seconds" in problem.message and "not tried" in problem.message

    @pytest.mark.parametrize(
        "source",
        [
            "{{ 3 ** 6000000 }}",
            "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
            "{{ " + " + ".join(["1"] * 3000) + " }}",
            "{{ " + "9" * 5000 + " }}",
        ],
    )
    def test_templates_that_cannot_be_compiled_are_problems(
        self, tmp_path: Path, source: str
    ) -> None:
        write(tmp_path, "en/thank_you/warm.txt.j2", f"Subject: Hi\n\n{source}\n")
        problems = thanknote.check_templates(tmp_path)
        assert [p.field for p in problems] == ["en/thank_you/warm.txt.j2"]

    def test_the_command_prints_problems_and_no_traceback(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        write(tmp_path, "en/thank_you/warm.txt.j2", "Subject: Hi\n\n{{ 'x' * 10**9 }}\n")
        write(tmp_path, "en/thank_you/formal.txt.j2", "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}")
        code = main(["templates", "check", str(tmp_path)])
        out, err = capsys.readouterr()
        assert code == 1
        assert "Traceback" not in out + err
        assert (out + err).count("max_string") == 1 and "max_depth" in out + err


class TestCommandLine:
    def test_a_hostile_template_file_is_one_line_of_error(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        example = Path(__file__).resolve().parent.parent / "examples" / "interview.toml"
        path = template(tmp_path, "{{ 2 ** 100000000 }}\n", "evil.txt.j2")
        code = main(["draft", str(example), "--template", str(path)])
        _, err = capsys.readouterr()
        assert code == 2
        assert "Traceback" not in err and "evil.txt.j2" in err and "max_digits" in err


class TestTone:
    @pytest.mark.parametrize("tone", ["Formal", "FORMAL", "formal"])
    def test_the_tone_is_read_without_regard_to_case(self, tone: str) -> None:
        notes = thanknote.draft(make_interview(), tone=tone)  # type: ignore[arg-type]
        assert notes[0].tone == "formal"
        assert notes == thanknote.draft(make_interview(), tone="formal")

    def test_a_builder_takes_its_default_tone_in_any_case(self) -> None:
        assert NoteBuilder(tone="Concise").tone == "concise"  # type: ignore[arg-type]

    def test_an_unknown_tone_is_still_refused(self) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match="tone"):
            thanknote.draft(make_interview(), tone="Chummy")  # type: ignore[arg-type]


def test_symlinks_are_supported_here() -> None:
    # The tests above make links; they mean nothing where links cannot be made.
    assert hasattr(os, "symlink")


@pytest.mark.parametrize(
    "source",
    [
        "{{ '{0.__class__}'.format(interviewer) }}",
        "{{ ('{0.__class__}'|safe).format(interviewer) }}",
        "{{ ('{0.__class__.__mro__}'|safe).format_map({'0': interviewer}) }}",
    ],
)
def test_format_strings_cannot_reach_attributes_the_sandbox_forbids(source: str) -> None:
    # str.format and Markup.format alike go through the sandbox's formatter.
    with pytest.raises(thanknote.TemplateRenderError):
        NoteBuilder().draft(make_interview(), template_source=f"Hi\n{source}\n")
