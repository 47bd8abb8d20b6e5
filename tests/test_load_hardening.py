"""The loader against hostile or broken input: every refusal is a clean InvalidInterviewError.

Each test checks the problem's field and source, and that the refusal comes
early: inputs that used to hang, recurse or take minutes must never reach the
parser (the parser is replaced by one that fails the test if it is called).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import threading
import tomllib
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest
from builders import panel_data

import thanknote

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def refusal(source: Any) -> list[tuple[str, str]]:
    """The (field, message) pairs of the error ``source`` is refused with."""
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.load_interview(source)
    error = caught.value
    assert len(str(error).splitlines()[0]) < 300  # one short line, never the value itself
    if not isinstance(source, dict):
        assert error.source == str(source)
        assert all(p.source == str(source) for p in error.problems)
    return [(p.field, p.message) for p in error.problems]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def panel_toml(**interview: str) -> str:
    """A valid TOML interview of two, with extra raw ``key = value`` lines for [interview]."""
    extra = "".join(f"{key} = {value}\n" for key, value in interview.items())
    return (
        '[candidate]\nname = "Sam Lee"\n\n'
        '[interview]\ncompany = "Acme"\nposition = "Engineer"\n'
        f"start = 2026-11-24T10:00:00-05:00\n{extra}\n"
        '[[interviewers]]\nname = "Dana Reyes"\nemail = "dana@acme.example"\n'
        'talking_points = ["Kafka"]\n\n'
        '[[interviewers]]\nname = "Tomás Okafor"\nemail = "tomas@acme.example"\n'
        'talking_points = ["the schema registry"]\n'
    )


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any call of the TOML or JSON parser fail the test."""

    def parsed(*args: object, **kwargs: object) -> NoReturn:
        raise AssertionError("the input reached the parser")

    monkeypatch.setattr(tomllib, "loads", parsed)
    monkeypatch.setattr(json, "loads", parsed)


# -- 1. only regular files ----------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe called x.toml that nobody writes to.

    Should the loader ever open it and block, a writer comes after ten
    seconds and closes at once: the test then fails on its assertions
    instead of hanging the suite.
    """
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    path = tmp_path / "x.toml"
    os.mkfifo(path)
    done = threading.Event()

    def unblock() -> None:
        if not done.wait(10):
            with contextlib.suppress(OSError):
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))

    helper = threading.Thread(target=unblock, daemon=True)
    helper.start()
    yield path
    done.set()
    helper.join()


class TestOnlyRegularFiles:
    def test_a_named_pipe_is_refused_without_being_opened(self, fifo: Path) -> None:
        assert refusal(fifo) == [
            ("", "not a regular file (a named pipe); give a .toml or .json file")
        ]

    def test_a_directory_is_refused(self, tmp_path: Path) -> None:
        folder = tmp_path / "interview.json"
        folder.mkdir()
        [(field, message)] = refusal(folder)
        assert (field, message) == (
            "",
            "not a regular file (a directory); give a .toml or .json file",
        )

    def test_a_device_is_refused(self, tmp_path: Path) -> None:
        if not os.path.exists(os.devnull) or not stat.S_ISCHR(os.stat(os.devnull).st_mode):
            pytest.skip("no character device to link to")
        link = tmp_path / "device.toml"
        link.symlink_to(os.devnull)
        [(field, message)] = refusal(link)
        assert field == ""
        assert message.startswith("not a regular file (a character device)")

    def test_a_link_to_a_regular_file_still_loads(self, tmp_path: Path) -> None:
        link = tmp_path / "linked.toml"
        link.symlink_to(EXAMPLES / "interview.toml")
        assert thanknote.load_interview(link).company == "Acme Robotics"

    def test_a_missing_file_is_still_unreadable(self, tmp_path: Path) -> None:
        [(field, message)] = refusal(tmp_path / "absent.json")
        assert field == ""
        assert message.startswith("cannot read file")


# -- 2. bounded nesting ---------------------------------------------------------


class TestNesting:
    @pytest.mark.parametrize(
        ("name", "text"),
        [
            ("arrays.toml", "tone = " + "[" * 500 + "]" * 500 + "\n"),
            ("tables.toml", "tone = " + "{a = " * 500 + "1" + "}" * 500 + "\n"),
            ("unclosed.toml", "tone = " + "[" * 100_000),
            ("arrays.json", '{"tone": ' + "[" * 500 + "]" * 500 + "}"),
            ("objects.json", '{"tone": ' + '{"a": ' * 500 + "1" + "}" * 500 + "}"),
            ("unclosed.json", "[" * 100_000),
        ],
    )
    def test_deep_nesting_is_refused_before_parsing(
        self, tmp_path: Path, no_parsing: None, name: str, text: str
    ) -> None:
        [(field, message)] = refusal(write(tmp_path / name, text))
        assert field == ""
        assert "nested more than 32 levels deep" in message

    def test_brackets_inside_strings_and_comments_do_not_count(self, tmp_path: Path) -> None:
        deep = "[" * 100 + "{" * 100
        toml = panel_toml(talking_points=json.dumps([deep]) + f"  # {deep}")
        assert thanknote.load_interview(write(tmp_path / "i.toml", toml)).talking_points == (deep,)
        data = panel_data(1)
        data["interview"]["talking_points"] = [deep, '\\"' + deep]
        path = write(tmp_path / "i.json", json.dumps(data))
        assert thanknote.load_interview(path).talking_points == (deep, '\\"' + deep)

    def test_a_deep_value_in_a_mapping_is_reported_on_its_field(self) -> None:
        deep: list[Any] = []
        for _ in range(100_000):  # repr() of this would raise RecursionError
            deep = [deep]
        [(field, message)] = refusal(panel_data(1, tone=deep))
        assert field == "tone"
        assert message.startswith("expected one of formal, warm, concise, got [[[")


# -- 3. bounded work before the TOML parser ----------------------------------------


class TestTomlShape:
    @pytest.mark.parametrize(
        "key",
        [
            "a." * 20_000 + "a",  # 100 kB: 35 s in tomllib before the bound
            " . ".join(['"a"'] * 20_000),
            "[" + "a." * 20_000 + "a]",
        ],
        ids=["dotted", "quoted-and-spaced", "table-header"],
    )
    def test_a_key_of_many_parts_is_refused_before_parsing(
        self, tmp_path: Path, no_parsing: None, key: str
    ) -> None:
        value = "" if key.startswith("[") else " = 1"
        text = f"locale = 'en_US'\n{key}{value}\n"
        assert len(text) >= 40_000
        [(field, message)] = refusal(write(tmp_path / "dotted.toml", text))
        assert field == ""
        assert message.startswith("invalid TOML: line 2 has more than 8 dots outside strings")

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            ("# a comment\n" * 10_001, "10,002 lines; an interview file needs at most 10,000"),
            ("".join(f"k{i} = 1\n" for i in range(5_001)), "5,001 keys"),
            ("tone = [" + "1," * 10_001 + "]\n", "10,001 list items"),
            ("".join(f"[k{i}.a.a.a.a]\n" for i in range(300)), "1,200 dots outside strings"),
        ],
        ids=["lines", "keys", "items", "dots"],
    )
    def test_a_file_far_larger_than_any_interview_is_refused_before_parsing(
        self, tmp_path: Path, no_parsing: None, text: str, fragment: str
    ) -> None:
        [(field, message)] = refusal(write(tmp_path / "big.toml", text))
        assert field == ""
        assert fragment in message

    def test_dots_in_strings_comments_and_short_dotted_keys_are_fine(self, tmp_path: Path) -> None:
        dots = "." * 500
        text = panel_toml(talking_points=f'["{dots}", \'{dots}\', """{dots}"""]').replace(
            '[candidate]\nname = "Sam Lee"\n', f'candidate.name = "Sam Lee"  # {dots}\n'
        )
        interview = thanknote.load_interview(write(tmp_path / "i.toml", text))
        assert interview.candidate.name == "Sam Lee"
        assert interview.talking_points == (dots, dots, dots)

    def test_the_largest_interview_still_loads(self, tmp_path: Path) -> None:
        # 50 interviewers with 30 points each, one point a line, with comments
        people = []
        for i in range(50):
            points = "".join(f'    "point {j} with {i}",  # said at {j}\n' for j in range(30))
            people.append(
                f'[[interviewers]]\nname = "Person {i}"\nemail = "p{i}@acme.example"\n'
                f'timezone = "America/Chicago"\ntalking_points = [\n{points}]\n'
            )
        text = panel_toml().split("[[interviewers]]")[0] + "\n".join(people)
        assert text.count("\n") > 1_500
        interview = thanknote.load_interview(write(tmp_path / "big.toml", text))
        assert len(interview.interviewers) == 50
        assert len(interview.interviewers[49].talking_points) == 30


# -- 4. long integers ---------------------------------------------------------------


class TestLongIntegers:
    @pytest.mark.parametrize(
        ("name", "text"),
        [
            ("long.toml", "tone = " + "9" * 5_000 + "\n"),
            ("long.json", '{"tone": ' + "9" * 5_000 + "}"),
        ],
    )
    def test_an_integer_over_4300_digits_in_a_file(
        self, tmp_path: Path, name: str, text: str
    ) -> None:
        [(field, message)] = refusal(write(tmp_path / name, text))
        assert field == ""
        assert message.endswith("a number has more than 4,300 digits")

    def test_an_integer_over_4300_digits_in_a_mapping(self) -> None:
        [(field, message)] = refusal(panel_data(1, tone=10**5_000))
        assert (field, message) == (
            "tone",
            "expected one of formal, warm, concise, got a very long number",
        )


# -- 5. lengths before any scan -----------------------------------------------------


class Untouchable(str):
    """A string that fails the test when anything goes through its characters."""

    def _scanned(self, *args: object, **kwargs: object) -> NoReturn:
        raise AssertionError("a value over its length limit was scanned")

    strip = split = lower = casefold = isascii = isprintable = isalpha = _scanned
    encode = replace = startswith = endswith = __iter__ = __contains__ = _scanned
    rpartition = partition = find = count = _scanned


@pytest.fixture(scope="module")
def huge() -> Untouchable:
    return Untouchable(" x" * 25_000_000)  # 50 MB, blank at both ends


STRING_FIELDS = [
    "locale",
    "tone",
    "candidate.name",
    "candidate.email",
    "candidate.phone",
    "candidate.other_companies[0]",
    "interview.company",
    "interview.position",
    "interview.start",
    "interview.end",
    "interview.timezone",
    "interview.decision_expected",
    "interview.talking_points[0]",
    "interviewers[0].name",
    "interviewers[0].honorific",
    "interviewers[0].first_name",
    "interviewers[0].last_name",
    "interviewers[0].title",
    "interviewers[0].email",
    "interviewers[0].phone",
    "interviewers[0].timezone",
    "interviewers[0].may_call",
    "interviewers[0].talking_points[0]",
]


def put(data: dict[str, Any], field: str, value: object) -> None:
    """Set ``field`` (a problem path such as ``interviewers[0].name``) in ``data``."""
    target: Any = data
    parts = field.replace("[", ".[").split(".")
    for part, following in zip(parts, [*parts[1:], None], strict=True):
        key: Any = int(part[1:-1]) if part.startswith("[") else part
        if following is None:
            target[key] = value
        elif isinstance(target, dict) and key not in target:
            target[key] = [None] if following.startswith("[") else {}
        target = target if following is None else target[key]


class TestLengthFirst:
    @pytest.mark.parametrize("field", STRING_FIELDS)
    def test_a_50_mb_string_is_refused_for_its_length_alone(
        self, huge: Untouchable, field: str
    ) -> None:
        data = panel_data(1)
        put(data, field, huge)
        [(found, message)] = refusal(data)
        assert found == field
        assert "longer than" in message or message.startswith("expected")

    def test_a_50_mb_unknown_key_is_shortened_in_its_path(self, huge: Untouchable) -> None:
        data = panel_data(1)
        data["candidate"][huge] = 1
        [(field, message)] = refusal(data)
        assert field.startswith("candidate. x x") and len(field) < 80
        assert message.startswith("unknown field; known: name, email")

    def test_an_unknown_key_with_a_line_break_is_quoted_in_its_path(self, tmp_path: Path) -> None:
        data = panel_data(1)
        data["interviewers"][0]["talking_poi\nts\x1b[2J"] = data["interviewers"][0].pop(
            "talking_points"
        )
        path = write(tmp_path / "i.json", json.dumps(data))
        [(field, _)] = refusal(path)
        assert field == "interviewers[0].'talking_poi\\nts\\x1b[2J'"

    def test_many_unknown_fields_are_summed_up(self) -> None:
        data = panel_data(1)
        data["interview"].update({f"extra{i}": i for i in range(5_000)})
        problems = refusal(data)
        assert len(problems) == 11
        assert problems[-1] == (
            "interview",
            "4,990 more unknown fields; known: company, position, at_company, start, end, "
            "timezone, decision_expected, talking_points",
        )


# -- 6. time zones --------------------------------------------------------------------

needs_zones = pytest.mark.skipif(not zoneinfo.available_timezones(), reason="no time zone database")


@needs_zones
class TestTimeZones:
    @pytest.mark.parametrize(
        "zone",
        [
            "America",  # a folder: IsADirectoryError
            "A" * 300,  # a name too long for the file system: OSError
            "../../etc/passwd",
            "/etc/passwd",
            "America/../Europe/Paris",
            "zone.tab",  # a file of the database that is not a zone
            "tzdata.zi",
            "Europe/",
            "America/New York",
        ],
        ids=["folder", "300", "climbing", "absolute", "dotdot", "tab", "zi", "slash", "space"],
    )
    @pytest.mark.parametrize("where", ["interview.timezone", "interviewers[0].timezone"])
    def test_a_zone_that_is_not_one_is_an_error_on_its_field(self, zone: str, where: str) -> None:
        data = panel_data(1)
        put(data, where, zone)
        [(field, message)] = refusal(data)
        assert field == where
        assert message.startswith("unknown time zone")

    @pytest.mark.parametrize(
        ("zone", "canonical"),
        [
            ("Central", "America/Chicago"),
            ("Eastern", "America/New_York"),
            ("Pacific", "America/Los_Angeles"),
            ("America/Chicgo", "America/Chicago"),
            ("Asia/Calcuta", "Asia/Kolkata"),
            ("America/New York", "America/New_York"),
        ],
    )
    def test_the_hint_names_the_canonical_zone(self, zone: str, canonical: str) -> None:
        data = panel_data(1)
        data["interview"]["timezone"] = zone
        [(field, message)] = refusal(data)
        assert field == "interview.timezone"
        assert message == f"unknown time zone {zone!r}; did you mean {canonical!r}?"

    @pytest.mark.parametrize(
        "zone", ["America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC", "US/Central"]
    )
    def test_real_zones_still_load(self, zone: str) -> None:
        data = panel_data(1)
        data["interviewers"][0]["timezone"] = zone
        assert thanknote.load_interview(data).interviewers[0].timezone == zone


# -- 7. repeated JSON keys ------------------------------------------------------------------


class TestRepeatedJsonKeys:
    @pytest.mark.parametrize(
        ("fragment", "repeated", "field"),
        [
            ('"locale": "en_US"', '"locale": "de_DE", "locale": "en_US"', "locale"),
            ('"name": "Sam Lee"', '"name": "Sam Lee", "name": "Sam"', "candidate.name"),
            (
                '"email": "tomas.okafor@acme.example"',
                '"email": "x@acme.example", "email": "tomas.okafor@acme.example"',
                "interviewers[1].email",
            ),
        ],
    )
    def test_a_key_given_twice_is_refused_with_its_path(
        self, tmp_path: Path, fragment: str, repeated: str, field: str
    ) -> None:
        text = json.dumps(panel_data(2), ensure_ascii=False)
        assert text.count(fragment) == 1
        path = write(tmp_path / "twice.json", text.replace(fragment, repeated))
        assert refusal(path) == [
            (field, "given twice; JSON would keep only the last one, so keep one")
        ]

    def test_every_repeated_key_is_listed(self, tmp_path: Path) -> None:
        text = json.dumps(panel_data(2)).replace(
            '"position"', '"position": "Engineer", "position"', 1
        )
        text = text.replace("{", '{"x": 1, "x": 2, ', 1)
        path = write(tmp_path / "twice.json", text)
        assert [field for field, _ in refusal(path)] == ["x", "interview.position"]

    def test_the_json_example_still_loads(self) -> None:
        assert len(thanknote.load_interview(EXAMPLES / "interview.json").interviewers) == 1


# -- 8. warnings -------------------------------------------------------------------------


class TestNewWarnings:
    def test_an_interviewer_without_email_is_warned_about(self) -> None:
        data = panel_data(2)
        del data["interviewers"][1]["email"]
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        assert [(w.field, w.severity) for w in warnings] == [("interviewers[1].email", "warning")]
        assert "Tomás Okafor" in warnings[0].message
        assert "To:" in warnings[0].message

    def test_only_shared_points_are_warned_about(self) -> None:
        data = panel_data(2)
        data["interviewers"][1]["talking_points"] = []
        [warning] = thanknote.check_interview(thanknote.load_interview(data))
        assert (warning.field, warning.severity) == ("interviewers[1].talking_points", "warning")
        assert warning.message.startswith("only the shared talking points for Tomás Okafor")

    def test_no_points_at_all_keeps_its_own_warning(self) -> None:
        data = panel_data(1)
        data["interview"]["talking_points"] = []
        data["interviewers"][0]["talking_points"] = []
        del data["interviewers"][0]["email"]
        warnings = thanknote.check_interview(thanknote.load_interview(data))
        assert [w.field for w in warnings] == [
            "interviewers[0].talking_points",
            "interviewers[0].email",
        ]
        assert warnings[0].message.startswith("no talking points for Dana Reyes")

    def test_a_complete_panel_has_no_warning(self) -> None:
        assert thanknote.check_interview(thanknote.load_interview(panel_data(4))) == ()
        assert (
            thanknote.check_interview(thanknote.load_interview(EXAMPLES / "interview.toml")) == ()
        )


# -- 9. batches get the loader's error --------------------------------------------------


def test_draft_many_gets_a_field_for_every_hostile_input(fifo: Path, tmp_path: Path) -> None:
    bad_zone = panel_data(1)
    bad_zone["interview"]["timezone"] = "America"
    items: list[Any] = [
        fifo,
        write(tmp_path / "deep.toml", "tone = " + "[" * 500 + "]" * 500 + "\n"),
        write(tmp_path / "dotted.toml", "a." * 20_000 + "a = 1\n"),
        write(tmp_path / "long.toml", "tone = " + "9" * 5_000 + "\n"),
        write(tmp_path / "deep.json", "[" * 100_000),
        bad_zone,
        panel_data(1),
    ]
    results = list(thanknote.draft_many(items))
    assert [r.ok for r in results] == [False] * 6 + [True]
    for result in results[:-1]:
        assert isinstance(result.error, thanknote.InvalidInterviewError)
        assert "RecursionError" not in str(result.error)
    fields = [result.error.problems[0].field for result in results[:-1]]  # type: ignore[union-attr]
    assert fields == ["", "", "", "", "", "interview.timezone"]
    assert results[-1].notes


@pytest.mark.parametrize(("start", "readable"), [("2028-01-10", True), ("2027-01-10", False)])
def test_february_29_is_read_in_the_year_of_the_interview(start: str, readable: bool) -> None:
    data = panel_data(1)
    data["interview"].update(start=start, end=None, decision_expected="February 29")
    del data["interview"]["end"]
    if readable:
        assert thanknote.load_interview(data).decision_expected == "February 29"
    else:
        with pytest.raises(thanknote.InvalidInterviewError, match="decision_expected"):
            thanknote.load_interview(data)
