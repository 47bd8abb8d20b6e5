"""Specification of the lint engine: reports, spans, registry, config, plugins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import install_plugin, interview_with

import thanknote
from thanknote.linting.registry import ENTRY_POINT_GROUP

INTERVIEW = interview_with(4)
BAD = "Hi Dnaa!!\n\nThanks to the pipeline. [Name]\n"


class TestReport:
    def test_findings_are_sorted_by_position(self) -> None:
        starts = [f.start for f in thanknote.lint(BAD, interview=INTERVIEW)]
        assert starts == sorted(starts)

    def test_spans_slice_the_text_and_lines_and_columns_agree(self) -> None:
        for finding in thanknote.lint(BAD, interview=INTERVIEW):
            assert 0 <= finding.start <= finding.end <= len(BAD)
            before = BAD[: finding.start]
            assert finding.line == before.count("\n") + 1
            assert finding.column == finding.start - (before.rfind("\n") + 1) + 1

    def test_ok_means_no_errors(self) -> None:
        assert not thanknote.lint(BAD).ok
        assert thanknote.lint("Thank you, Dana. I want the Data Engineer job at Acme.").ok is False
        report = thanknote.lint(BAD, config=thanknote.LintConfig(select=["TN322"]))
        assert report.ok and len(report) == 1

    def test_filters(self) -> None:
        report = thanknote.lint(BAD, interview=INTERVIEW)
        assert all(f.severity == "error" for f in report.errors)
        assert set(report.at_least("warning")) >= set(report.errors)
        assert report.by_rule("placeholder") == report.by_rule("TN301")

    def test_an_empty_text_lacks_everything_a_note_needs(self) -> None:
        codes = {f.code for f in thanknote.lint("   \n")}
        assert {"TN101", "TN111", "TN121"} <= codes
        assert not thanknote.lint("").ok


class TestConfig:
    def test_select_by_prefix_and_ignore_by_name(self) -> None:
        config = thanknote.LintConfig(select=["TN1"], ignore=["missing-specifics"])
        assert {f.code for f in thanknote.lint(BAD, config=config)} == {"TN101", "TN121"}

    def test_severity_override(self) -> None:
        config = thanknote.LintConfig(severity={"exclamations": "error"})
        [finding] = thanknote.lint(BAD, config=config).by_rule("TN322")
        assert finding.severity == "error"

    def test_length_limits(self) -> None:
        config = thanknote.LintConfig(min_words=3)
        assert not thanknote.lint("Thank you so much, Dana.", config=config).by_rule("TN312")

    def test_unknown_codes_are_an_error(self) -> None:
        with pytest.raises(thanknote.InvalidConfigError, match="TN999"):
            thanknote.lint(BAD, config=thanknote.LintConfig(ignore=["TN999"]))

    @pytest.mark.parametrize(
        ("table", "fragment"),
        [
            ({"selct": ["TN1"]}, "did you mean 'select'"),
            ({"fail-on": "fatal"}, "fail-on"),
            ({"severity": {"TN101": "loud"}}, "severity.TN101"),
            ({"max-words": -3}, "max-words"),
            ({"ignore": "TN101"}, "ignore"),
        ],
    )
    def test_bad_settings_name_the_key(self, table: dict[str, object], fragment: str) -> None:
        with pytest.raises(thanknote.InvalidConfigError, match=fragment):
            thanknote.LintConfig.from_mapping(table, source="pyproject.toml")

    def test_read_from_pyproject(self, tmp_path: Path) -> None:
        path = tmp_path / "pyproject.toml"
        path.write_text('[tool.thanknote.lint]\nignore = ["TN325"]\nfail-on = "warning"\n', "utf-8")
        config = thanknote.LintConfig.from_file(path)
        assert (config.ignore, config.fail_on) == (("TN325",), "warning")

    def test_read_from_thanknote_toml(self, tmp_path: Path) -> None:
        path = tmp_path / "thanknote.toml"
        path.write_text("[lint]\nmax-words = 200\n", "utf-8")
        assert thanknote.LintConfig.from_file(path).max_words == 200

    def test_discovery_walks_up_and_skips_pyprojects_without_a_table(self, tmp_path: Path) -> None:
        from thanknote.linting.config import find_config

        (tmp_path / "thanknote.toml").write_text("[lint]\n", "utf-8")
        inner = tmp_path / "a" / "b"
        inner.mkdir(parents=True)
        (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n", "utf-8")
        assert find_config(inner) == tmp_path / "thanknote.toml"

    def test_discovery_does_not_parse_a_pyproject_that_never_names_thanknote(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from thanknote.linting import config

        def refuse(text: str) -> dict[str, object]:
            raise AssertionError(f"parsed {text!r}")

        (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", "utf-8")
        monkeypatch.setattr(config, "_parsed", refuse)
        assert config.find_config(tmp_path) != tmp_path / "pyproject.toml"  # and never parsed


class ShoutingRule:
    """A plugin rule: it satisfies the protocol without importing thanknote."""

    code = "XT001"
    name = "shouting"
    severity = "warning"

    def check(
        self, text: thanknote.NoteText, context: thanknote.LintContext
    ) -> Iterator[thanknote.Finding]:
        for word in text.words:
            if len(word.lower) > 3 and text.text[word.start : word.end].isupper():
                yield thanknote.Finding(
                    code=self.code, rule=self.name, severity="warning",
                    message="no need to shout", start=word.start, end=word.end,
                )  # fmt: skip


class TestRegistry:
    def test_a_plain_class_satisfies_the_rule_protocol(self) -> None:
        assert isinstance(ShoutingRule(), thanknote.Rule)

    def test_a_registry_is_owned_by_its_caller(self) -> None:
        registry = thanknote.RuleRegistry.builtin()
        registry.register(ShoutingRule())  # type: ignore[arg-type]
        linter = thanknote.Linter(registry=registry)
        assert [f.code for f in linter.lint("Thank you, DANA.").by_rule("shouting")] == ["XT001"]
        assert "XT001" not in thanknote.RuleRegistry.builtin()

    def test_duplicate_codes_are_refused(self) -> None:
        registry = thanknote.RuleRegistry.builtin()
        rule = ShoutingRule()
        rule.code = "TN101"
        with pytest.raises(thanknote.InvalidOptionError, match="already registered"):
            registry.register(rule)  # type: ignore[arg-type]

    def test_entry_point_rules_are_found(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        install_plugin(
            tmp_path, "shout", ENTRY_POINT_GROUP, "shouting = test_lint_engine:ShoutingRule"
        )
        monkeypatch.syspath_prepend(str(tmp_path))
        assert "XT001" in thanknote.RuleRegistry.default()

    def test_no_plugin_means_no_entry_point_rule(self) -> None:
        assert "XT001" not in thanknote.RuleRegistry.default()

    def test_builtin_codes_and_names_are_stable(self) -> None:
        registry = thanknote.RuleRegistry.builtin()
        assert registry.codes()[:4] == ("TN101", "TN102", "TN111", "TN121")
        for name in ("missing-gratitude", "missing-specifics", "missing-interest"):
            assert name in registry


class TestNotes:
    def test_a_drafted_note_is_linted_with_its_own_interview(
        self, panel: thanknote.Interview
    ) -> None:
        for note in thanknote.draft(panel):
            assert thanknote.lint(note).ok
            assert thanknote.lint(note) == thanknote.lint(
                note.text, interview=panel, interviewer=note.interviewer
            )

    def test_a_template_comment_silences_a_rule(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        path = tmp_path / "short.txt.j2"
        path.write_text(
            "{# thanknote: ignore[TN312, missing-specifics] #}\nThank you, "
            "{{ interviewer.first_name }}. I want to join {{ interview.company }}.\n",
            "utf-8",
        )
        note = thanknote.draft(panel, template=path)[0]
        assert note.lint_ignore == ("TN312", "missing-specifics")
        assert thanknote.lint(note).findings == ()


class TestPanel:
    def test_notes_that_read_alike_are_flagged(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        path = tmp_path / "same.txt.j2"
        path.write_text(
            "Dear {{ interviewer.first_name }},\n\nThank you for the interview about the "
            "{{ interview.position }} role. I would love to join {{ interview.company }} and "
            "help the team build reliable data systems for years to come.\n",
            "utf-8",
        )
        report = thanknote.lint_panel(thanknote.draft(panel, template=path))
        assert {f.note for f in report.by_rule("similar-notes")} == {1, 2, 3}

    def test_built_in_notes_do_not_read_alike(self, panel: thanknote.Interview) -> None:
        for tone in ("formal", "warm", "concise"):
            assert thanknote.lint_panel(thanknote.draft(panel, tone=tone)).findings == ()  # type: ignore[arg-type]

    def test_a_note_without_its_own_points_is_flagged(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        generic = tmp_path / "generic.txt.j2"
        generic.write_text("Thank you, {{ interviewer.first_name }}. I want to join.\n", "utf-8")
        notes = list(thanknote.draft(panel))
        notes[2] = thanknote.draft(panel, template=generic)[2]
        [finding] = thanknote.lint_panel(notes).by_rule("no-own-points")
        assert finding.note == 2


class TestSelection:
    @pytest.mark.parametrize(
        ("entries", "selected"),
        [
            (("TN101",), True),
            (("missing-gratitude",), True),
            (("TN1",), True),
            (("TN2", "TN10"), True),
            (("TN102",), False),
            (("TN2",), False),
            ((), False),
        ],
    )
    def test_an_entry_designates_a_rule_by_code_prefix_or_name(
        self, entries: tuple[str, ...], selected: bool
    ) -> None:
        from thanknote.linting.config import designates
        from thanknote.linting.registry import builtin_codes

        rule = thanknote.RuleRegistry.builtin().get("TN101")
        assert rule is not None
        assert designates(entries, rule, builtin_codes()) is selected

    def test_a_finding_reads_the_same_in_every_text_output(self) -> None:
        from thanknote.linting.output import describe, report_lines

        report = thanknote.lint("Hello.\n", locale="en_US")
        finding = report.findings[0]
        assert describe(finding) == f"{finding.code} [{finding.severity}] {finding.message}"
        assert report_lines(report, "x.txt")[0].endswith(": " + describe(finding))
