"""The language registry: every language is one folder, and adding one is adding a folder."""

from __future__ import annotations

import ast
import datetime as dt
import json
import sys
import textwrap
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from builders import install_plugin

import thanknote
from thanknote import _decision, _entry_points, _i18n, _points, languages, render
from thanknote.languages import _read_lexicon, _read_shared
from thanknote.linting import patterns
from thanknote.testing import make_interview

PACKS = thanknote.available_languages()
CODES = [p.code for p in PACKS]
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PYTHON = Path(__file__).resolve().parent.parent / "thanknote"


def _forget() -> None:
    """Clear every cache that holds what the registry found."""
    for module in (languages, patterns, _decision, _entry_points, _i18n, _points, render):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


class TestRegistry:
    def test_the_built_in_packs_are_the_folders_with_a_lexicon(self) -> None:
        found = {p.code for p in PACKS if p.origin == "built-in"}
        assert found == {f.name for f in TEMPLATES.iterdir() if (f / "language.toml").is_file()}
        assert {"en", "de", "fr", "es"} <= found

    @pytest.mark.parametrize("pack", PACKS, ids=CODES)
    def test_every_pack_has_a_name_and_every_template(self, pack: thanknote.LanguagePack) -> None:
        assert pack.name and pack.name == pack.lexicon.name
        for name in ("card.txt.j2", "follow_up.txt.j2", "rejection_reply.txt.j2"):
            assert (pack.folder / name).is_file(), name
        for tone in ("formal", "warm", "concise"):
            assert (pack.folder / "thank_you" / f"{tone}.txt.j2").is_file()
        # Only the formal tone has HTML of its own; the others use the layout.
        assert (pack.folder / "thank_you" / "formal.html.j2").is_file()

    @pytest.mark.parametrize("pack", PACKS, ids=CODES)
    def test_every_pack_judges_thanks_and_interest(self, pack: thanknote.LanguagePack) -> None:
        assert patterns.gratitude(pack.code) is not None
        assert patterns.interest(pack.code) is not None

    def test_no_python_module_names_a_language_of_a_pack(self) -> None:
        # Words of a language live in its pack; Python holds the mechanism. A
        # language is named in code when its code is compared with, used as a
        # mapping's key, or written as a locale ("de_DE").
        foreign = {c for c in CODES if c != "en"}  # English is the code's own language
        offenders = []
        for path in PYTHON.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                named: list[ast.expr] = []
                if isinstance(node, ast.Compare):
                    named = [node.left, *node.comparators]
                    named += [
                        e for c in node.comparators if isinstance(c, ast.Tuple) for e in c.elts
                    ]
                elif isinstance(node, ast.Dict):
                    named = [k for k in node.keys if k is not None]
                elif isinstance(node, ast.Tuple | ast.List | ast.Set) and len(node.elts) > 1:
                    values = [e.value for e in node.elts if isinstance(e, ast.Constant)]
                    if len(values) == len(node.elts) and set(values) <= foreign:
                        offenders.append(f"{path.name}:{node.lineno}")  # ("de", "fr", "es")
                elif (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and "_" in node.value
                    and node.value.split("_")[0] in foreign
                ):
                    offenders.append(f"{path.name}:{node.lineno}")
                offenders += [
                    f"{path.name}:{n.lineno}"
                    for n in named
                    if isinstance(n, ast.Constant) and n.value in foreign
                ]
        assert offenders == []


class TestUnknownLanguages:
    def test_drafting_for_a_language_without_a_pack_lists_the_languages(self) -> None:
        with pytest.raises(thanknote.UnsupportedLanguageError) as caught:
            thanknote.draft(make_interview(), locale="nl_NL")
        assert caught.value.locale == "nl_NL"
        assert set(caught.value.available) == set(CODES)
        assert isinstance(caught.value, LookupError)

    def test_the_fallback_drafts_a_note_wholly_in_english_with_a_warning(self) -> None:
        interview = make_interview()
        with pytest.warns(thanknote.FallbackLanguageWarning, match="nl_NL"):
            notes = thanknote.draft(interview, locale="nl_NL", fallback="en")
        assert all(n.template.startswith("en/") and n.locale == "en_NL" for n in notes)
        assert "Tuesday" in notes[0].text or "November" in notes[0].text  # English dates
        assert "dinsdag" not in notes[0].text and "november 2026" not in notes[0].text

    def test_planning_for_a_language_without_a_pack_is_an_error_too(self) -> None:
        now = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)
        with pytest.raises(thanknote.UnsupportedLanguageError):
            thanknote.plan_follow_up(make_interview(), now=now, locale="nl_NL")


ESPERANTO = {
    "language.toml": """
        name = "Esperanto"
        [letter]
        greetings = ["kara", "estimata"]
        closings = ["amikajn salutojn", "salutojn"]
        [words]
        function = ["la", "kaj", "de", "mi", "vi", "en", "por", "estas", "kun", "pri", "ke"]
        [gratitude]
        phrases = ['dankon\\b', 'mi\\s+dankas\\b']
        [interest]
        phrases = ['mi\\s+(?:\\w+\\s+)?volas\\s+labori', 'mi\\s+(?:tre\\s+)?interesiĝas']
        about_the_job = ['posten', 'teamo', 'labori']
        negations = ['ne\\b']
        [decision]
        [decision.words]
        unu = "a"
        du = "two"
        semajno = "week"
        semajnoj = "weeks"
        ene = "within"
        de = ""
        """,
    "thank_you.txt.j2": """
        Subject: Dankon pro la intervjuo

        Kara {{ interviewer.first_name }},

        dankon pro via tempo {{ interview.day|format_date("long") }}.
        {% if points %}Precipe utila estis nia parolo pri {{ points|format_list }}.{% endif %}
        Mi tre volas labori kiel {{ interview.position }} en {{ interview.company }}.

        Amikajn salutojn,
        {{ candidate.name }}
        """,
}


@pytest.fixture
def esperanto(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A language pack installed as a plugin: a folder and an entry point naming it."""
    root = tmp_path / "packs"
    for name, text in ESPERANTO.items():
        path = root / "eo" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), "utf-8")
    site = install_plugin(
        tmp_path / "site", "thanknote_eo", "thanknote.languages",
        "eo = thanknote_eo:TEMPLATES", f"TEMPLATES = {str(root)!r}\n",
    )  # fmt: skip
    monkeypatch.syspath_prepend(str(site))
    _forget()
    yield root
    sys.modules.pop("thanknote_eo", None)
    monkeypatch.undo()
    _forget()


@pytest.mark.parametrize("key", ["turn", "lower"])
def test_a_shape_naming_a_group_its_pattern_lacks_names_itself(esperanto: Path, key: str) -> None:
    # The run's registry keeps the folder it first found for "eo".
    lexicon = languages.language_pack("eo").folder / "language.toml"
    kept = lexicon.read_text("utf-8")
    bad = f"name = 'x'\npattern = '(?P<a>.+)'\nframe = '{{a}}'\n{key} = ['b']\n"
    lexicon.write_text(f"{kept}\n[[talking_points.shapes]]\n{bad}", "utf-8")
    _forget()
    try:
        with pytest.raises(thanknote.InvalidOptionError, match=rf"\]: {key} must list groups"):
            _points.shapes("eo")
    finally:
        lexicon.write_text(kept, "utf-8")
        _forget()


class TestAPackInstalledAsAPlugin:
    def test_it_is_listed_with_its_origin(self, esperanto: Path) -> None:
        [pack] = [p for p in thanknote.available_languages() if p.code == "eo"]
        assert pack.name == "Esperanto" and pack.folder == esperanto / "eo"
        assert pack.origin.startswith("eo = thanknote_eo:TEMPLATES")

    def test_it_drafts_from_its_own_templates_with_its_dates(self, esperanto: Path) -> None:
        [note, *_] = thanknote.draft(make_interview(), locale="eo")
        assert note.template == "eo/thank_you.txt.j2"
        assert note.text.startswith("Kara ")
        assert "novembro" in note.text.lower()  # Babel's Esperanto month
        assert note.subject == "Dankon pro la intervjuo"

    def test_its_own_notes_lint_clean_by_its_own_rules(self, esperanto: Path) -> None:
        interview = make_interview()
        for note in thanknote.draft(interview, locale="eo"):
            found = {f.code for f in thanknote.lint(note).findings if f.severity == "error"}
            assert found == set(), note.text

    def test_a_note_without_its_thanks_is_flagged(self, esperanto: Path) -> None:
        interview = make_interview()
        note = thanknote.draft(interview, locale="eo")[0]
        text = note.text.replace("dankon pro via tempo", "mi skribas al vi")
        report = thanknote.lint(
            text, interview=interview, interviewer=interview.interviewers[0], locale="eo"
        )
        assert report.by_rule("missing-gratitude")
        assert not report.by_rule("missing-interest")

    def test_it_plans_with_its_decision_phrases(self, esperanto: Path) -> None:
        interview = make_interview(locale="eo", decision_expected="ene de unu semajno")
        plan = thanknote.plan_follow_up(interview, now=dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC))
        assert plan.decision_day == dt.date(2026, 12, 1)


def test_a_broken_language_pack_plugin_names_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = install_plugin(
        tmp_path / "site", "broken", "thanknote.languages", "xx = no_such_module:TEMPLATES"
    )
    monkeypatch.syspath_prepend(str(site))
    _forget()
    try:
        with pytest.raises(thanknote.InvalidOptionError, match="xx = no_such_module:TEMPLATES"):
            thanknote.available_languages()
    finally:
        monkeypatch.undo()
        _forget()


class TestCompiledLexicon:
    """A wheel holds each lexicon also as JSON, used only while it matches its TOML."""

    def _pack(self, tmp_path: Path, toml: str) -> Path:
        folder = tmp_path / "xx"
        folder.mkdir()
        (folder / "language.toml").write_text(toml, "utf-8")
        return folder

    def _compile(
        self, folder: Path, lexicon: dict[str, object], name: str = "language.json"
    ) -> None:
        source = (folder / "language.toml").read_bytes()
        checksum = f"crc32:{zlib.crc32(source):08x}:{len(source)}"
        compiled = {"source_checksum": checksum, "lexicon": lexicon}
        (folder / name).write_text(json.dumps(compiled), "utf-8")

    def test_a_matching_compiled_lexicon_is_read(self, tmp_path: Path) -> None:
        folder = self._pack(tmp_path, "name = 'From TOML'\n")
        self._compile(folder, {"name": "From JSON"})
        assert _read_lexicon(folder).name == "From JSON"

    def test_an_edited_toml_is_read_itself(self, tmp_path: Path) -> None:
        folder = self._pack(tmp_path, "name = 'Old'\n")
        self._compile(folder, {"name": "Compiled from the old file"})
        (folder / "language.toml").write_text("name = 'Edited'\n", "utf-8")
        assert _read_lexicon(folder).name == "Edited"

    @pytest.mark.parametrize("broken", ["not json", "[]", '{"source_checksum": 1}'])
    def test_a_broken_compiled_lexicon_is_ignored(self, tmp_path: Path, broken: str) -> None:
        folder = self._pack(tmp_path, "name = 'From TOML'\n")
        (folder / "language.json").write_text(broken, "utf-8")
        assert _read_lexicon(folder).name == "From TOML"


class TestSharedLexicon:
    """The words read from every pack come from the wheel's shared file while it matches."""

    _TOML = "name = 'Xx'\n[letter]\ngreetings = ['toml']\npasted = ['x']\n"

    def _pack(self, tmp_path: Path) -> Path:
        folder = tmp_path / "xx"
        folder.mkdir()
        (folder / "language.toml").write_text(self._TOML, "utf-8")
        return folder

    def test_a_matching_shared_file_is_read_alone(self, tmp_path: Path) -> None:
        folder = self._pack(tmp_path)
        shared = {"name": "Xx", "letter": {"greetings": ["compiled"]}}
        TestCompiledLexicon()._compile(folder, shared, "language.shared.json")
        words = _read_shared(folder)
        assert words.greetings == ("compiled",)
        assert words.pasted == ()  # not a shared field: not read

    def test_without_a_shared_file_the_whole_lexicon_is_read(self, tmp_path: Path) -> None:
        words = _read_shared(self._pack(tmp_path))
        assert (words.greetings, words.pasted) == (("toml",), ("x",))

    def test_a_stale_shared_file_is_ignored(self, tmp_path: Path) -> None:
        folder = self._pack(tmp_path)
        shared = {"name": "Xx", "letter": {"greetings": ["compiled"]}}
        TestCompiledLexicon()._compile(folder, shared, "language.shared.json")
        (folder / "language.toml").write_text(self._TOML.replace("toml", "edited"), "utf-8")
        assert _read_shared(folder).greetings == ("edited",)

    def test_the_build_step_keeps_every_shared_field(self) -> None:
        # The build step cannot import the package: it names the TOML keys itself.
        hook = ast.parse((Path(__file__).parents[1] / "hatch_build.py").read_text("utf-8"))
        [keys] = [
            ast.literal_eval(node.value)
            for node in hook.body
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "SHARED_KEYS" for t in node.targets)
        ]
        assert sorted(keys) == sorted(languages._FIELDS[f] for f in languages.SHARED_FIELDS)

    def test_the_words_read_from_every_pack_are_all_shared_fields(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Each reading of every pack gives the same with only the shared fields.
        readings = {
            "greetings": lambda: patterns.greeting_pattern().pattern,
            "closings": lambda: patterns.closing_pattern().pattern,
            "abbreviations": patterns.abbreviations,
            "months": patterns.month_names,
            "function words": patterns.function_words,
            "stop words": patterns.not_a_topic,
            "generic words": patterns.generic_words,
            "equivalents": lambda: patterns.equivalent_words("de"),
            "honorifics": patterns.honorific_words,
        }

        def read(lexicon_of: Callable[[languages.LanguagePack], languages.Lexicon]) -> dict:
            monkeypatch.setattr(patterns, "shared_lexicon", lexicon_of)
            for cached in vars(patterns).values():
                getattr(cached, "cache_clear", lambda: None)()
            return {name: reading() for name, reading in readings.items()}

        def pruned(pack: languages.LanguagePack) -> languages.Lexicon:
            return languages.Lexicon(
                **{f: getattr(pack.lexicon, f) for f in languages.SHARED_FIELDS}
            )

        try:
            assert read(pruned) == read(lambda pack: pack.lexicon)
        finally:
            monkeypatch.undo()
            for cached in vars(patterns).values():
                getattr(cached, "cache_clear", lambda: None)()


@pytest.mark.parametrize(
    ("table", "key"),
    [("company", "keep_legal_form"), ("talking_points", "comma_before_clauses")],
)
def test_a_yes_or_no_key_must_be_true_or_false(tmp_path: Path, table: str, key: str) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "language.toml").write_text(f"name = 'X'\n[{table}]\n{key} = 'yes'\n")
    with pytest.raises(thanknote.InvalidOptionError, match=key):
        _read_lexicon(folder)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("lower_case_noun = '(der'", r"talking_points\.lower_case_noun: missing \)"),
        ("lower_case_noun = 3", r"talking_points\.lower_case_noun must be a string"),
        ("lower_case_topic = '(der'", r"talking_points\.lower_case_topic: missing \)"),
        ("noun_chain = '(der'", r"talking_points\.noun_chain: missing \)"),
        ("noun_chain = 3", r"talking_points\.noun_chain must be a string"),
        ("clause_endings = 'ó'", r"talking_points\.clause_endings must be a list of strings"),
        ("article_missing = ['a']", r"talking_points\.article_missing must be a table"),
        ("own_openers = ['did']", r"talking_points\.own_openers must be a table"),
        ("[decision]\ncount_opener = 3", r"decision\.count_opener must be a string"),
        ("[decision]\napproximate = 'or so'", r"decision\.approximate must be a list of strings"),
    ],
)
def test_a_point_reading_key_of_the_wrong_kind_names_itself(
    tmp_path: Path, table: str, message: str
) -> None:
    # A line that opens a table of its own ("[decision]") reads there.
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "language.toml").write_text(f"name = 'X'\n[talking_points]\n{table}\n")
    with pytest.raises(thanknote.InvalidOptionError, match=message):
        _read_lexicon(folder)


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "it", "pt"])
def test_a_built_in_pack_names_every_month_as_babel_does(code: str) -> None:
    from babel import Locale

    from thanknote.languages import language_pack

    months = Locale.parse(code).months
    babel = {str(n).lower() for c in ("format", "stand-alone") for n in months[c]["wide"].values()}
    assert babel <= set(language_pack(code).lexicon.month_names)
