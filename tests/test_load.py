"""Specification of the interview loader: what it accepts and how it refuses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from builders import panel_data

import thanknote
from thanknote.load import MAX_FILE_BYTES

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def problems_of(data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.load_interview(data)
    return [(p.field, p.message) for p in caught.value.problems]


def fields_of(data: dict[str, Any]) -> list[str]:
    return [field for field, _ in problems_of(data)]


class TestAcceptedInput:
    def test_loads_the_toml_example(self) -> None:
        interview = thanknote.load_interview(EXAMPLES / "interview.toml")
        assert interview.company == "Acme Robotics"
        assert [p.name for p in interview.interviewers] == [
            "Dana Reyes",
            "Tomás Okafor",
            "Priya Natarajan",
        ]
        assert interview.source == str(EXAMPLES / "interview.toml")

    def test_loads_the_json_example(self) -> None:
        interview = thanknote.load_interview(EXAMPLES / "interview.json")
        assert len(interview.interviewers) == 1

    def test_toml_and_mapping_of_the_same_shape_give_equal_interviews(self, tmp_path: Path) -> None:
        data = panel_data(2)
        path = tmp_path / "i.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        assert thanknote.load_interview(path) == thanknote.load_interview(data)

    def test_iso_strings_become_aware_datetimes(self) -> None:
        interview = thanknote.load_interview(panel_data(1))
        assert interview.start == dt.datetime(
            2026, 11, 24, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))
        )

    def test_a_date_is_accepted_as_start(self) -> None:
        data = panel_data(1)
        data["interview"]["start"] = "2026-11-24"
        del data["interview"]["end"]
        assert thanknote.load_interview(data).start == dt.date(2026, 11, 24)

    def test_datetime_objects_in_a_mapping_are_accepted(self) -> None:
        data = panel_data(1)
        start = dt.datetime(2026, 11, 24, 10, tzinfo=dt.UTC)
        data["interview"]["start"] = start
        del data["interview"]["end"]
        assert thanknote.load_interview(data).start == start

    def test_optional_lists_default_to_empty_and_flags_to_false(self) -> None:
        data = panel_data(1)
        data["interviewers"] = [{"name": "Ana Diaz"}]
        del data["interview"]["talking_points"]
        person = thanknote.load_interview(data).interviewers[0]
        assert person.talking_points == ()
        assert person.may_call is False
        assert person.hiring_manager is False

    def test_decision_expected_is_kept_as_given(self) -> None:
        data = panel_data(1)
        data["interview"]["decision_expected"] = "  ten business days "
        assert thanknote.load_interview(data).decision_expected == "ten business days"

    def test_locale_is_normalised_by_babel(self) -> None:
        assert thanknote.load_interview(panel_data(1, locale="en-gb")).locale == "en_GB"

    def test_name_overrides_replace_the_derived_parts(self) -> None:
        person = thanknote.load_interview(panel_data(4)).interviewers[3]
        assert (person.first_name, person.last_name) == ("Wei", "Li")


# Each row: how to break a valid input, the field that must be named, and a
# fragment of the message.
def _set(path: tuple[Any, ...], value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop(path: tuple[Any, ...]) -> Any:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


INVALID = [
    ("missing company", _drop(("interview", "company")), "interview.company", "missing"),
    ("blank position", _set(("interview", "position"), "  "), "interview.position", "empty"),
    ("missing start", _drop(("interview", "start")), "interview.start", "missing"),
    ("missing candidate", _drop(("candidate",)), "candidate", "missing"),
    ("missing candidate name", _drop(("candidate", "name")), "candidate.name", "missing"),
    ("no interviewers key", _drop(("interviewers",)), "interviewers", "missing"),
    ("empty interviewers", _set(("interviewers",), []), "interviewers", "empty"),
    ("interviewers not a list", _set(("interviewers",), "Dana"), "interviewers", "list"),
    ("interviewer not a table", _set(("interviewers", 1), "Tomás"), "interviewers[1]", "table"),
    (
        "interviewer name missing",
        _drop(("interviewers", 1, "name")),
        "interviewers[1].name",
        "missing",
    ),
    (
        "unknown field",
        _set(("interviewers", 0, "talking_point"), ["x"]),
        "interviewers[0].talking_point",
        "did you mean 'talking_points'",
    ),
    ("unknown top-level field", _set(("tones",), "warm"), "tones", "did you mean 'tone'"),
    (
        "malformed email",
        _set(("interviewers", 1, "email"), "tomas@acme"),
        "interviewers[1].email",
        "not an email address",
    ),
    ("email with space", _set(("candidate", "email"), "sam lee@x.com"), "candidate.email", "email"),
    (
        "unknown time zone",
        _set(("interview", "timezone"), "America/New_Yrok"),
        "interview.timezone",
        "did you mean 'America/New_York'",
    ),
    (
        "unknown interviewer time zone",
        _set(("interviewers", 0, "timezone"), "Mars/Olympus"),
        "interviewers[0].timezone",
        "unknown time zone",
    ),
    (
        "naive start",
        _set(("interview", "start"), "2026-11-24T10:00:00"),
        "interview.start",
        "2026-11-24T10:00:00-05:00",
    ),
    (
        "naive datetime object",
        _set(("interview", "start"), dt.datetime(2026, 11, 24, 10)),
        "interview.start",
        "no UTC offset",
    ),
    (
        "unparsable start",
        _set(("interview", "start"), "next Tuesday"),
        "interview.start",
        "ISO 8601",
    ),
    (
        "end before start",
        _set(("interview", "end"), "2026-11-24T09:00:00-05:00"),
        "interview.end",
        "before start",
    ),
    (
        "end a date when start is a datetime",
        _set(("interview", "end"), "2026-11-24"),
        "interview.end",
        "date-time",
    ),
    (
        "may_call not a boolean",
        _set(("interviewers", 0, "may_call"), "yes"),
        "interviewers[0].may_call",
        "true or false",
    ),
    (
        "talking points a string",
        _set(("interviewers", 0, "talking_points"), "Kafka"),
        "interviewers[0].talking_points",
        "list of strings",
    ),
    (
        "talking point not a string",
        _set(("interviewers", 0, "talking_points"), ["Kafka", 3]),
        "interviewers[0].talking_points[1]",
        "string",
    ),
    (
        "line break in a name",
        _set(("interviewers", 0, "name"), "Dana\r\nBcc: x@evil.example"),
        "interviewers[0].name",
        "line break",
    ),
    ("unknown tone", _set(("tone",), "chummy"), "tone", "formal, warm, concise"),
    ("unknown locale", _set(("locale",), "xx_YY"), "locale", "unknown locale"),
    (
        "duplicate interviewer name",
        _set(("interviewers", 2, "name"), "dana  REYES"),
        "interviewers[2].name",
        "same name as interviewers[0]",
    ),
    (
        "duplicate interviewer email",
        _set(("interviewers", 2, "email"), "Dana.Reyes@acme.example"),
        "interviewers[2].email",
        "same email as interviewers[0]",
    ),
    (
        "overlong talking point",
        _set(("interviewers", 0, "talking_points"), ["x" * 1001]),
        "interviewers[0].talking_points[0]",
        "longer than",
    ),
    (
        "decision_expected a datetime",
        _set(("interview", "decision_expected"), dt.datetime(2026, 12, 1, tzinfo=dt.UTC)),
        "interview.decision_expected",
        "not a date-time",
    ),
]


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [row[1:] for row in INVALID],
    ids=[row[0] for row in INVALID],
)
def test_each_invalid_input_names_its_field_and_the_problem(
    change: Any, field: str, fragment: str
) -> None:
    data = panel_data(4)
    change(data)
    found = problems_of(data)
    assert any(f == field and fragment in message for f, message in found), found


def test_every_problem_is_reported_at_once() -> None:
    data = panel_data(3)
    data["interviewers"][0]["talking_point"] = ["typo"]
    data["interviewers"][1]["email"] = "nope"
    data["interview"]["timezone"] = "Nowhere/Land"
    del data["interview"]["company"]
    assert fields_of(data) == [
        "interview.timezone",
        "interview.company",
        "interviewers[0].talking_point",
        "interviewers[1].email",
    ]


def test_the_error_is_both_a_thanknote_error_and_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"interview\.company: missing"):
        thanknote.load_interview(panel_data(1, interview={"position": "x", "start": "2026-11-24"}))
    assert issubclass(thanknote.InvalidInterviewError, thanknote.ThanknoteError)


class TestFiles:
    def test_problems_name_the_source_file(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.toml"
        path.write_text('[candidate]\nname = "Sam"\n', encoding="utf-8")
        with pytest.raises(thanknote.InvalidInterviewError) as caught:
            thanknote.load_interview(path)
        assert caught.value.source == str(path)
        assert all(p.source == str(path) for p in caught.value.problems)
        assert str(caught.value.problems[0]).startswith(f"{path}: ")

    def test_a_naive_toml_datetime_is_refused(self, tmp_path: Path) -> None:
        text = (EXAMPLES / "interview.toml").read_text(encoding="utf-8")
        path = tmp_path / "naive.toml"
        path.write_text(text.replace("2026-11-24T10:00:00-05:00", "2026-11-24T10:00:00"), "utf-8")
        with pytest.raises(thanknote.InvalidInterviewError, match=r"interview\.start"):
            thanknote.load_interview(path)

    @pytest.mark.parametrize(
        ("name", "content", "fragment"),
        [
            ("broken.toml", "company = \n", "invalid TOML"),
            ("broken.json", '{"candidate": ', "invalid JSON at line 1"),
            ("list.json", "[]", "expected a JSON object"),
            ("latin1.toml", "name = 'Jos\xe9'", "not UTF-8"),
            ("notes.yaml", "a: 1", "unsupported file type"),
        ],
    )
    def test_unreadable_files_give_one_clear_problem(
        self, tmp_path: Path, name: str, content: str, fragment: str
    ) -> None:
        path = tmp_path / name
        path.write_bytes(content.encode("latin-1"))
        with pytest.raises(thanknote.InvalidInterviewError, match=fragment):
            thanknote.load_interview(path)

    def test_a_missing_file_is_an_input_error(self, tmp_path: Path) -> None:
        with pytest.raises(thanknote.InvalidInterviewError, match="cannot read file"):
            thanknote.load_interview(tmp_path / "absent.toml")

    def test_an_oversized_file_is_refused_before_parsing(self, tmp_path: Path) -> None:
        path = tmp_path / "huge.json"
        path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
        with pytest.raises(thanknote.InvalidInterviewError, match="larger than"):
            thanknote.load_interview(path)


class TestWarnings:
    def test_no_talking_points_at_all_is_a_warning_not_an_error(self) -> None:
        data = panel_data(2)
        data["interview"]["talking_points"] = []
        data["interviewers"][1]["talking_points"] = []
        interview = thanknote.load_interview(data)
        warnings = thanknote.check_interview(interview)
        assert [w.field for w in warnings] == ["interviewers[1].talking_points"]
        assert warnings[0].severity == "warning"

    def test_shared_points_alone_draw_a_milder_warning(self) -> None:
        # The note can still be drafted, but it would read like the others'.
        data = panel_data(2)
        data["interviewers"][1]["talking_points"] = []
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        assert [w.field for w in warnings] == ["interviewers[1].talking_points"]
        assert "shared" in warnings[0].message

    def test_points_beyond_what_a_note_says_are_named_in_a_warning(self) -> None:
        data = panel_data(1)
        data["interview"]["talking_points"] = ["the shared roadmap"]
        data["interviewers"][0]["talking_points"] = [
            "the Kafka migration",
            "the parking garage",
            "the night rota",
            {"point": "the move to Epic", "link": "I led our Cerner go-live."},
        ]
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        # The linked point leads; the third of the reader's own is the one cut.
        [warning] = [w for w in warnings if "already says" in w.message]
        assert warning.field == "interviewers[0].talking_points[2]"
        assert "“the night rota”" in warning.message
        [note] = thanknote.draft(thanknote.load_interview(data))
        assert "night rota" not in note.text and "parking garage" in note.text

    def test_three_points_draw_no_warning_about_the_limit(self) -> None:
        data = panel_data(1)
        data["interview"]["talking_points"] = ["the shared roadmap"]
        data["interviewers"][0]["talking_points"] = ["the Kafka migration", "the parking garage"]
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        assert not [w for w in warnings if "already says" in w.message]

    @pytest.mark.parametrize(
        ("locale", "points"),
        [
            ("en_US", ["the Kafka migration", "the parking garage", "the night rota"]),
            ("fr_FR", ["la migration vers Kafka", "le nouveau parking", "les gardes de nuit"]),
            ("de_DE", ["die Umstellung auf Kafka", "das neue Parkhaus", "die Nachtschichten"]),
        ],
    )
    def test_a_third_point_a_concise_note_leaves_out_is_named(
        self, locale: str, points: list[str]
    ) -> None:
        data = panel_data(1)
        data["locale"], data["tone"] = locale, "concise"
        data["interview"]["talking_points"] = []
        data["interviewers"][0]["talking_points"] = points
        interview = thanknote.load_interview(data)
        [note] = thanknote.draft(interview)
        assert points[2].split(" ", 1)[1] not in note.text, note.text
        named = [w for w in thanknote.check_interview(interview) if "already says" in w.message]
        assert [w.field for w in named] == ["interviewers[0].talking_points[2]"]

    def test_the_tone_given_to_check_interview_decides_what_is_left_out(self) -> None:
        data = panel_data(1)
        data["interviewers"][0]["talking_points"] = [
            "the Kafka migration",
            "the parking garage",
            "the night rota",
        ]
        interview = thanknote.load_interview(data)
        warm = thanknote.check_interview(interview, tone="warm")
        concise = thanknote.check_interview(interview, tone="concise")
        assert not [w for w in warm if "already says" in w.message]
        assert [w.field for w in concise if "already says" in w.message] == [
            "interviewers[0].talking_points[2]"
        ]

    def test_an_offset_that_contradicts_the_time_zone_is_a_warning(self) -> None:
        data = panel_data(1)
        data["interview"]["start"] = "2026-11-24T10:00:00+01:00"
        data["interview"]["end"] = "2026-11-24T11:00:00+01:00"
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        assert [w.field for w in warnings] == ["interview.start"]

    def test_a_decision_time_no_one_can_read_is_a_warning_and_the_notes_leave_it_out(
        self,
    ) -> None:
        data = panel_data(1)
        data["interview"]["decision_expected"] = "whenever they like"
        interview = thanknote.load_interview(data)
        [warning] = thanknote.check_interview(interview)
        assert warning.field == "interview.decision_expected"
        assert warning.message.startswith("cannot read 'whenever they like'")
        [note] = thanknote.draft(interview)
        assert "whenever" not in note.text

    def test_a_decision_time_no_one_can_read_stops_the_plan_with_its_field(self) -> None:
        data = panel_data(1)
        data["interview"]["decision_expected"] = "whenever they like"
        with pytest.raises(thanknote.InvalidInterviewError, match=r"interview\.decision_expected"):
            thanknote.plan_follow_up(
                thanknote.load_interview(data),
                now=dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC),
            )


class TestOwnWordsAndGreetings:
    def _data(self, **changes: object) -> dict[str, Any]:
        data = panel_data(1)
        data["locale"] = "de_DE"
        data["interview"]["talking_points"] = []
        data["interviewers"][0]["talking_points"] = ["der neue Dienstplan"]
        data.update(changes)
        return data

    def test_a_strength_the_note_leaves_out_is_named(self) -> None:
        data = self._data()
        data["candidate"]["strength"] = "3 jahre stationsleitung"
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        assert [w.field for w in warnings] == ["candidate.strength"]
        assert "lower case" in warnings[0].message

    def test_a_link_the_note_leaves_out_is_named(self) -> None:
        data = self._data()
        data["interviewers"][0]["talking_points"] = [
            {"point": "der neue Dienstplan", "link": "3 jahre stationsleitung"}
        ]
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        assert [w.field for w in warnings] == ["interviewers[0].talking_points[0].link"]

    def test_a_link_jotted_without_its_subject_is_kept(self) -> None:
        # 'hab …' is the writer's own sentence missing its 'ich': the note
        # can say it, so there is nothing to warn about.
        data = self._data()
        data["interviewers"][0]["talking_points"] = [
            {"point": "der neue Dienstplan", "link": "hab 3 jahre stationsleitung gemacht"}
        ]
        assert thanknote.check_interview(thanknote.load_interview(data)) == ()

    def test_a_point_left_out_takes_its_link_with_it_and_says_so(self) -> None:
        data = self._data()
        data["interviewers"][0]["talking_points"] = [
            {"point": "small team!! love this", "link": "Ich mag kleine Teams."}
        ]
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        assert [w.field for w in warnings] == ["interviewers[0].talking_points[0]"]
        assert "“small team!! love this”, and the line you tied to it," in warnings[0].message

    @pytest.mark.parametrize(
        ("tone", "name", "honorific", "warned"),
        [("formal", "Anna Weber", None, True),
         ("formal", "Anna Weber", "Frau", False),
         ("formal", "Dr. Anna Weber", None, False),
         ("warm", "Anna Weber", None, False)],
    )  # fmt: skip
    def test_a_formal_note_without_an_honorific_is_named(
        self, tone: str, name: str, honorific: str | None, warned: bool
    ) -> None:
        data = self._data(tone=tone)
        data["interviewers"][0]["name"] = name
        data["interviewers"][0].pop("honorific", None)
        if honorific:
            data["interviewers"][0]["honorific"] = honorific
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        fields = [w.field for w in warnings]
        assert ("interviewers[0].honorific" in fields) is warned


class TestLinksAndStrength:
    def _data(self, points: object) -> dict[str, object]:
        return {
            "candidate": {"name": "Sam Lee", "strength": "I have run two go-lives"},
            "interview": {"company": "Acme", "position": "Analyst", "start": "2026-11-24"},
            "interviewers": [{"name": "Lee Park", "talking_points": points}],
        }

    def test_a_point_may_be_a_table_with_a_link(self) -> None:
        interview = thanknote.load_interview(
            self._data(["plain", {"point": "the move to Epic", "link": "I led one."}])
        )
        person = interview.interviewers[0]
        assert person.talking_points == ("plain", "the move to Epic")
        assert person.links == ("", "I led one.")
        assert interview.candidate.strength == "I have run two go-lives"

    def test_points_without_links_have_no_links(self) -> None:
        interview = thanknote.load_interview(self._data(["plain", {"point": "table"}]))
        assert interview.interviewers[0].links == ()

    @pytest.mark.parametrize(
        ("point", "field", "message"),
        [
            ({"link": "I led one."}, "interviewers[0].talking_points[0].point", "missing"),
            ({"point": "x", "lnk": "y"}, "interviewers[0].talking_points[0].lnk", "unknown"),
            ({"point": "x", "link": 3}, "interviewers[0].talking_points[0].link", "string"),
            ({"point": "x", "link": " "}, "interviewers[0].talking_points[0].link", "empty"),
        ],
    )
    def test_a_bad_point_table_names_its_field(
        self, point: object, field: str, message: str
    ) -> None:
        found = problems_of(self._data([point]))
        assert any(f == field and message in m for f, m in found), found

    def test_links_must_line_up_with_the_points(self) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match="2 links for 1 talking points"):
            thanknote.Interviewer(name="Lee Park", talking_points=("a",), links=("x", "y"))
