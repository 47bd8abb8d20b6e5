"""Safe to embed: template injection, header injection, mailto, batches, plugins."""

from __future__ import annotations

import email
import email.policy
import json
import pickle
import urllib.parse
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import attrs
import pytest
from builders import install_plugin, panel_data

import thanknote
from thanknote.export import MailtoLengthWarning
from thanknote.render import TEMPLATE_PACK_GROUP
from thanknote.testing import make_interview

# Known server-side template injection payloads: each tries to reach Python
# internals, the environment or the rendering context.
PAYLOADS = [
    "{{ interviewer.__class__ }}",
    "{{ interviewer.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ().__class__.__base__.__subclasses__() }}",
    "{{ interview.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ candidate.__dict__ }}",
    "{{ interview.candidate.name.__class__.__base__.__subclasses__() }}",
    "{{ points.__class__.__bases__ }}",
    "{{ request.application.__globals__ }}",
    "{{ config.items() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ interviewer.talking_points.append('x') }}",
    "{{ points.__len__() }}",
    "{{ ''.format.__globals__ }}",
    "{{ 'a'|attr('__class__') }}",
    "{% set x = namespace() %}{% set x.y = interview.__class__ %}{{ x.y }}",
    # CVE-2025-27516: str.format reached through the attr filter (jinja2 < 3.1.6).
    "{{ '{0.__class__.__init__.__globals__}'|attr('format')(interviewer) }}",
    "{{ ('{0.__init__.__globals__[os].environ}')|attr('format')(cycler) }}",
]


def test_the_jinja2_floor_excludes_releases_with_a_known_sandbox_escape() -> None:
    import tomllib

    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
    floors = [d for d in project["dependencies"] if d.replace(" ", "").startswith("jinja2")]
    assert floors == ["jinja2>=3.1.6"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injected_templates_fail_with_a_thanknote_error_naming_the_template(
    tmp_path: Path, payload: str
) -> None:
    path = tmp_path / "evil.txt.j2"
    path.write_text(f"Dear {{{{ interviewer.name }}}},\n{payload}\n", encoding="utf-8")
    with pytest.raises(thanknote.TemplateError) as caught:
        thanknote.draft(make_interview(), template=path)
    assert caught.value.template is not None and "evil.txt.j2" in caught.value.template


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injected_templates_in_a_user_folder_are_sandboxed_too(
    tmp_path: Path, payload: str
) -> None:
    folder = tmp_path / "en" / "thank_you"
    folder.mkdir(parents=True)
    (folder / "warm.txt.j2").write_text(f"Hi\n{payload}\n", encoding="utf-8")
    with pytest.raises(thanknote.TemplateError):
        thanknote.draft(make_interview(), template_dirs=[tmp_path])


# RFC 2047 encoded words that the standard library would decode into a
# header: a second recipient, a Bcc, and a line break that starts new headers.
ENCODED_WORDS = [
    "=?utf-8?q?x_=3Cattacker=40evil=2Eorg=3E=2C_Dana?=",
    "=?utf-8?q?Bcc=3A_v=40x=2Eorg?=",
    "Dana =?utf-8?q?Reyes=0D=0ABcc=3A_v=40x=2Eorg=0D=0AX-Injected=3A_1?=",
    "=?utf-8?b?RGFuYQ0KQmNjOiB2QHgub3Jn?=",
]
# Controls that break or disguise a header: ESC, DEL, C1, the separators
# 0x1C-0x1F, a bidi override and an isolate.
CONTROLS = ["\x1b", "\x7f", "\x85", "\x9b", "\x1c", "\x1f", "\u202e", "\u2066"]


class TestHeaders:
    @pytest.mark.parametrize(
        ("where", "value"),
        [
            (("interviewers", 0, "name"), "Dana\r\nBcc: victim@example.org"),
            (("interviewers", 0, "email"), "dana@acme.example\nBcc: victim@example.org"),
            (("candidate", "name"), "Sam\rLee"),
            (("interview", "position"), "Engineer\u2028Bcc: x@example.org"),
            (("interview", "company"), "Acme\x00Robotics"),
        ],
    )
    def test_line_breaks_in_header_values_are_refused_at_load(
        self, where: tuple[Any, ...], value: str
    ) -> None:
        data = panel_data(1)
        target: Any = data
        for key in where[:-1]:
            target = target[key]
        target[where[-1]] = value
        with pytest.raises(thanknote.InvalidInterviewError, match="line break"):
            thanknote.load_interview(data)

    def test_records_refuse_them_too(self) -> None:
        with pytest.raises(ValueError, match="line break"):
            thanknote.Interviewer(name="Dana\nBcc: x@example.org")
        with pytest.raises(ValueError, match="not an email address"):
            thanknote.Interviewer(name="Dana", email="dana@acme.example>, evil@example.org")

    @pytest.mark.parametrize("value", ENCODED_WORDS)
    @pytest.mark.parametrize(
        "where",
        [
            ("interviewers", 0, "name"),
            ("candidate", "name"),
            ("interview", "company"),
            ("interview", "position"),
            ("interviewers", 0, "title"),
        ],
    )
    def test_encoded_words_are_refused_at_load(self, where: tuple[Any, ...], value: str) -> None:
        data = panel_data(1)
        target: Any = data
        for key in where[:-1]:
            target = target[key]
        target[where[-1]] = value
        with pytest.raises(thanknote.InvalidInterviewError, match="encoded word") as caught:
            thanknote.load_interview(data)
        assert [p.field for p in caught.value.problems] == [
            ".".join(map(str, where)).replace(".0.", "[0].")
        ]

    @pytest.mark.parametrize("value", ENCODED_WORDS)
    def test_records_refuse_encoded_words(self, value: str) -> None:
        with pytest.raises(ValueError, match="encoded word"):
            thanknote.Interviewer(name=value, email="dana@acme.example")
        with pytest.raises(ValueError, match="encoded word"):
            thanknote.Candidate(name=value)

    def test_a_talking_point_may_hold_the_characters_of_an_encoded_word(self) -> None:
        # Body text never reaches a header; only header values are refused.
        person = thanknote.Interviewer(name="Dana", talking_points=["what =?x?= means"])
        assert person.talking_points == ("what =?x?= means",)

    @pytest.mark.parametrize("char", CONTROLS)
    def test_records_refuse_the_controls_the_loader_refuses(self, char: str) -> None:
        with pytest.raises(ValueError, match=f"U\\+{ord(char):04X}"):
            thanknote.Interviewer(name=f"Dana{char}Reyes")
        data = panel_data(1)
        data["interviewers"][0]["name"] = f"Dana{char}Reyes"
        with pytest.raises(thanknote.InvalidInterviewError, match=f"U\\+{ord(char):04X}"):
            thanknote.load_interview(data)

    def test_a_lone_surrogate_in_json_is_refused_with_its_field(self, tmp_path: Path) -> None:
        data = panel_data(1)
        data["interviewers"][0]["talking_points"] = ["PLACEHOLDER"]
        text = json.dumps(data).replace("PLACEHOLDER", "\\ud800")
        path = tmp_path / "interview.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(thanknote.InvalidInterviewError, match="surrogate") as caught:
            thanknote.load_interview(path)
        assert caught.value.problems[0].field == "interviewers[0].talking_points[0]"

    @pytest.mark.parametrize("subject", [*ENCODED_WORDS, "Thanks\x00", "Thanks \x1b[31m"])
    def test_a_template_cannot_put_an_encoded_word_or_control_into_the_subject(
        self, tmp_path: Path, subject: str
    ) -> None:
        path = tmp_path / "note.txt.j2"
        path.write_text(f"Subject: {subject}\nDear {{{{ interviewer.name }}}},\n", "utf-8")
        with pytest.raises(thanknote.TemplateRenderError, match="Subject") as caught:
            thanknote.draft(make_interview(), template=path)
        assert caught.value.template is not None and "note.txt.j2" in caught.value.template

    @pytest.mark.parametrize("sender", [*ENCODED_WORDS, "a@example.org, b@example.org"])
    def test_a_sender_given_to_to_email_cannot_add_a_recipient(self, sender: str) -> None:
        note = thanknote.draft(make_interview())[0]
        with pytest.raises(thanknote.InvalidOptionError):
            thanknote.to_email(note, sender=sender)

    @pytest.mark.parametrize("value", ENCODED_WORDS)
    def test_a_note_built_by_hand_cannot_carry_a_forged_header(self, value: str) -> None:
        note = thanknote.draft(make_interview())[0]
        for field in ("to", "sender", "subject"):
            with pytest.raises(ValueError, match="encoded word"):
                attrs.evolve(note, **{field: value})

    def test_a_draft_names_exactly_one_recipient(self) -> None:
        note = thanknote.draft(make_interview())[0]
        parsed = email.message_from_bytes(
            thanknote.to_email(note).as_bytes(), policy=email.policy.default
        )
        assert [a.addr_spec for a in parsed["To"].addresses] == ["person1@example.org"]
        assert "Bcc" not in parsed

    def test_a_draft_has_exactly_the_headers_it_should(self) -> None:
        note = thanknote.draft(make_interview())[0]
        parsed = email.message_from_bytes(
            thanknote.to_email(note).as_bytes(), policy=email.policy.default
        )
        assert sorted(k.lower() for k in parsed) == [
            "content-type", "from", "mime-version", "subject", "to", "x-unsent",
        ]  # fmt: skip


class TestMailto:
    def test_a_link_round_trips(self) -> None:
        note = thanknote.draft(make_interview())[1]
        link = thanknote.mailto(note)
        parts = urllib.parse.urlsplit(link)
        query = urllib.parse.parse_qs(parts.query)
        assert (parts.scheme, parts.path) == ("mailto", "person2@example.org")
        assert query["subject"] == [note.subject]
        assert query["body"][0].replace("\r\n", "\n") == note.text
        assert " " not in link and "\n" not in link

    def test_a_long_link_warns(self) -> None:
        points = ("the Kafka migration", "the schema registry", "the on-call rota")
        links = ("A rather long account of something I did that bears on it. " * 9,) * 3
        interview = make_interview(interviewers=1, talking_points=0)
        person = attrs.evolve(interview.interviewers[0], talking_points=points, links=links)
        note = thanknote.draft(attrs.evolve(interview, interviewers=[person]), tone="formal")[0]
        with pytest.warns(MailtoLengthWarning, match="characters"):
            thanknote.mailto(note)


def _draft_in_worker(data: dict[str, Any]) -> thanknote.DraftResult:
    return next(thanknote.draft_many([data]))


class TestBatches:
    def test_every_item_gets_a_result_and_failures_do_not_stop_the_batch(
        self, tmp_path: Path
    ) -> None:
        bad = panel_data(2)
        bad["interviewers"][0]["email"] = "nope"
        items = [panel_data(2), bad, str(tmp_path / "missing.toml"), make_interview()]
        results = list(thanknote.draft_many(items))
        assert [r.index for r in results] == [0, 1, 2, 3]
        assert [r.ok for r in results] == [True, False, False, True]
        assert isinstance(results[1].error, thanknote.InvalidInterviewError)
        assert results[2].name == str(tmp_path / "missing.toml")
        assert [len(r.notes) for r in results] == [2, 0, 0, 2]

    def test_results_and_errors_pickle(self) -> None:
        bad = panel_data(1)
        del bad["interview"]["company"]
        for result in thanknote.draft_many([panel_data(2), bad]):
            copy = pickle.loads(pickle.dumps(result))
            assert copy == result
            assert str(copy.error) == str(result.error)

    def test_a_batch_runs_in_a_process_pool(self) -> None:
        items = [panel_data(size) for size in (1, 2, 3, 4)]
        with ProcessPoolExecutor(max_workers=2) as pool:
            remote = list(pool.map(_draft_in_worker, items))
        local = [_draft_in_worker(item) for item in items]
        assert [r.notes for r in remote] == [r.notes for r in local]


class TestTemplatePacks:
    def test_a_pack_found_through_its_entry_point_adds_templates(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        folder = tmp_path / "pack" / "en" / "thank_you"
        folder.mkdir(parents=True)
        (folder / "warm.txt.j2").write_text("Subject: From the pack\n\nThank you!\n", "utf-8")
        (tmp_path / "my_pack.py").write_text(
            f"def folder():\n    return {str(tmp_path / 'pack')!r}\n", "utf-8"
        )
        install_plugin(tmp_path, "my-pack", TEMPLATE_PACK_GROUP, "pack = my_pack:folder")
        monkeypatch.syspath_prepend(str(tmp_path))
        note = thanknote.NoteBuilder().draft(make_interview())[0]
        assert note.subject == "From the pack"

    def test_packs_can_be_switched_off(self) -> None:
        assert thanknote.NoteBuilder(packs=False).packs == ()


class TestTemplateStrings:
    def test_a_template_given_as_text_renders(self) -> None:
        note = thanknote.draft(
            make_interview(), template_source="Thanks, {{ interviewer.first_name }}!\n"
        )[0]
        assert note.text == "Thanks, Dana!\n"

    @pytest.mark.parametrize("payload", PAYLOADS)
    def test_a_template_given_as_text_is_sandboxed(self, payload: str) -> None:
        with pytest.raises(thanknote.TemplateError) as caught:
            thanknote.draft(make_interview(), template_source=f"Hi\n{payload}\n")
        assert caught.value.template == "<template string>"

    def test_errors_in_a_template_string_have_a_line(self) -> None:
        with pytest.raises(thanknote.TemplateRenderError) as caught:
            thanknote.draft(make_interview(), template_source="Hi\n\n{{ nickname }}\n")
        assert (caught.value.line, caught.value.variable) == (3, "nickname")

    def test_a_path_and_a_source_together_are_refused(self, tmp_path: Path) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match="not both"):
            thanknote.draft(make_interview(), template=tmp_path / "x.txt.j2", template_source="x")


class TestHostileInput:
    """Inputs found by hunting for crashes: each gets a clean error or a sane result."""

    def test_a_decision_time_past_the_calendar_is_an_input_error(self) -> None:
        data = panel_data(1)
        data["interview"]["decision_expected"] = "1000000 weeks"
        with pytest.raises(thanknote.InvalidInterviewError, match="decision_expected"):
            thanknote.load_interview(data)

    @pytest.mark.parametrize("start", ["9999-12-31", "0001-01-01T00:00:00+00:00"])
    def test_years_out_of_range_are_refused(self, start: str) -> None:
        data = panel_data(1)
        data["interview"]["start"] = start
        del data["interview"]["end"]
        with pytest.raises(thanknote.InvalidInterviewError, match="out of range"):
            thanknote.load_interview(data)

    def test_a_reply_at_the_end_of_time_is_an_option_error(self) -> None:
        import datetime as dt

        reply = thanknote.Reply(kind="rejection", at=dt.datetime(9999, 12, 31, 23, tzinfo=dt.UTC))
        with pytest.raises(thanknote.InvalidOptionError):
            thanknote.plan_follow_up(make_interview(), now=reply.at, replies=[reply])

    def test_a_decision_date_before_the_interview_is_refused(self) -> None:
        data = panel_data(1)
        data["interview"]["decision_expected"] = "2020-01-01"
        with pytest.raises(thanknote.InvalidInterviewError, match="before the interview"):
            thanknote.load_interview(data)

    def test_a_batch_goes_on_after_any_failure(self) -> None:
        results = list(thanknote.draft_many([None, 42, panel_data(1)]))  # type: ignore[list-item]
        assert [r.ok for r in results] == [False, False, True]

    def test_an_output_folder_that_is_a_file_is_refused(self, tmp_path: Path) -> None:
        target = tmp_path / "afile"
        target.write_text("x", "utf-8")
        with pytest.raises(thanknote.InvalidOptionError, match="not a folder"):
            thanknote.write_notes(thanknote.draft(make_interview()), target)

    def test_special_files_are_never_replaced(self, tmp_path: Path) -> None:
        import os

        from thanknote._files import write_atomic

        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        with pytest.raises(thanknote.InvalidOptionError, match="not a regular file"):
            write_atomic(fifo, b"x", overwrite=True)
        assert not fifo.is_file()

    def test_a_template_that_is_not_utf8_is_a_template_error(self, tmp_path: Path) -> None:
        path = tmp_path / "bin.txt.j2"
        path.write_bytes(b"\xff\xfe\x00garbage\x80")
        with pytest.raises(thanknote.TemplateError, match="UTF-8"):
            thanknote.draft(make_interview(), template=path)

    @pytest.mark.parametrize(
        "call",
        [
            lambda: thanknote.draft({"candidate": {}}),  # type: ignore[arg-type]
            lambda: thanknote.lint(None),  # type: ignore[arg-type]
            lambda: thanknote.plan_follow_up(make_interview(), now="2026-11-24"),  # type: ignore[arg-type]
        ],
    )
    def test_wrong_types_are_option_errors(self, call: Any) -> None:
        with pytest.raises(thanknote.InvalidOptionError):
            call()

    def test_a_bidi_override_in_a_name_is_refused(self) -> None:
        data = panel_data(1)
        data["interviewers"][0]["name"] = "Dana \u202eseyeR"
        with pytest.raises(thanknote.InvalidInterviewError, match="control character"):
            thanknote.load_interview(data)

    def test_an_honorific_must_have_letters(self) -> None:
        data = panel_data(1)
        data["interviewers"][0]["honorific"] = "."
        with pytest.raises(thanknote.InvalidInterviewError, match="not an honorific"):
            thanknote.load_interview(data)

    def test_a_title_in_the_name_is_not_the_first_name(self) -> None:
        assert thanknote.Interviewer(name="Dr. Jane Smith").first_name == "Jane"

    def test_many_placeholders_lint_in_linear_time(self) -> None:
        import time

        text = "[Name] {x} <Company> TODO " * 2000
        start = time.perf_counter()
        report = thanknote.lint(text)
        assert time.perf_counter() - start < 30  # was quadratic: minutes
        assert len(report.by_rule("placeholder")) == 8000

    def test_exclamation_findings_are_capped(self) -> None:
        assert len(thanknote.lint("!" * 5000).by_rule("exclamations")) < 25


def test_the_refused_characters_are_exactly_the_refused_categories() -> None:
    # text_problem searches one character class; it must say what the
    # Unicode categories it stands for say, for every code point.
    import unicodedata

    from thanknote import _header

    categories = {"Cc", "Zl", "Zp", "Cs"}
    bidi = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    for point in range(0x110000):
        char = chr(point)
        refused = unicodedata.category(char) in categories or char in bidi
        assert refused == bool(_header._REFUSED.fullmatch(char)), hex(point)
