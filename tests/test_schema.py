"""Specification of the interview file's JSON Schema: made from the loader's fields, agreeing."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from builders import panel_data
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thanknote
from thanknote import _fields
from thanknote._starter import STARTER
from thanknote.cli import main
from thanknote.model import TONES
from thanknote.schema import CODE_ONLY_CHECKS, schema_text

ROOT = Path(__file__).resolve().parent.parent
# Interview files only: a NAME.progress.toml beside one records what happened.
EXAMPLES = sorted(
    p
    for p in (ROOT / "examples").iterdir()
    if p.suffix in (".toml", ".json") and not p.name.endswith(".progress.toml")
)
VALIDATOR = jsonschema.Draft202012Validator(thanknote.interview_schema())


def as_json(value: Any) -> Any:
    """A parsed TOML document as the JSON of the same shape (dates as ISO 8601 strings)."""
    if isinstance(value, Mapping):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return as_json(tomllib.loads(text) if path.suffix == ".toml" else json.loads(text))


def schema_errors(document: Any) -> list[str]:
    return ["/".join(map(str, error.absolute_path)) for error in VALIDATOR.iter_errors(document)]


# -- the schema itself ---------------------------------------------------------


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(thanknote.interview_schema())
    assert thanknote.interview_schema()["$schema"] == (
        "https://json-schema.org/draft/2020-12/schema"
    )


def test_the_schema_file_in_the_package_is_the_generated_one() -> None:
    """The committed file (the one the published address serves) never lags the code."""
    shipped = ROOT / "thanknote" / "interview.schema.json"
    assert shipped.read_text(encoding="utf-8") == schema_text(), (
        "regenerate with: thanknote schema > thanknote/interview.schema.json"
    )


def test_thanknote_schema_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert out == schema_text()
    assert json.loads(out) == thanknote.interview_schema()


def test_each_call_returns_a_copy_the_caller_may_change() -> None:
    schema = thanknote.interview_schema()
    schema["properties"].clear()
    assert thanknote.interview_schema()["properties"]


@pytest.mark.parametrize(
    ("pointer", "fields"),
    [
        ((), _fields.TOP),
        (("candidate",), _fields.CANDIDATE),
        (("interview",), _fields.INTERVIEW),
        (("interviewers", "items"), _fields.INTERVIEWER),
    ],
)
def test_each_table_has_exactly_the_loaders_fields_each_described(
    pointer: tuple[str, ...], fields: Mapping[str, _fields.Field]
) -> None:
    table = thanknote.interview_schema()
    for key in pointer:
        table = table[key] if key == "items" else table["properties"][key]
    assert list(table["properties"]) == list(fields)
    assert table["required"] == [name for name, field in fields.items() if field.required]
    assert table["additionalProperties"] is False
    for name, spec in table["properties"].items():
        assert spec["description"] == fields[name].about
        assert spec["description"].endswith("."), name


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_file_is_valid(path: Path) -> None:
    assert schema_errors(read(path)) == []


def test_the_starter_file_is_valid_and_names_the_published_schema() -> None:
    assert STARTER.splitlines()[0] == f"#:schema {thanknote.interview_schema()['$id']}"
    assert schema_errors(as_json(tomllib.loads(STARTER))) == []


@pytest.mark.parametrize(
    ("right", "wrong", "where", "field"),
    [
        ("tone", "tones", "", "tones"),
        ("position", "postion", "interview", "interview.postion"),
        ("decision_expected", "decision_expectd", "interview", "interview.decision_expectd"),
        ("email", "emial", "candidate", "candidate.emial"),
        ("may_call", "may_cal", "interviewers/0", "interviewers[0].may_cal"),
        ("talking_points", "talking_point", "interview", "interview.talking_point"),
        ("hiring_manager", "hiring_manger", "interviewers/0", "interviewers[0].hiring_manger"),
    ],
)
def test_the_starter_file_with_a_field_misspelt_is_rejected(
    right: str, wrong: str, where: str, field: str, tmp_path: Path
) -> None:
    text = STARTER.replace("# tone =", "tone =") if right == "tone" else STARTER
    text = re.sub(rf"^{right} =", f"{wrong} =", text, count=1, flags=re.MULTILINE)
    errors = list(VALIDATOR.iter_errors(as_json(tomllib.loads(text))))
    assert any(
        "/".join(map(str, e.absolute_path)) == where and repr(wrong) in e.message for e in errors
    )
    path = tmp_path / "interview.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.load_interview(path)
    assert field in [p.field for p in caught.value.problems]


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2026-11-24", True),
        ("2026-11-24T10:00:00-05:00", True),
        ("2026-11-24T10:00-05:00", True),
        ("2026-11-24 10:00:00.5+01:00", True),
        ("2026-11-24T10:00:00Z", True),
        ("1900-01-01", True),
        ("2200-12-31", True),
        ("1899-12-31", False),
        ("2201-01-01", False),
        ("2026-11-24T10:00:00", False),  # no offset
        ("2026-13-01", False),
        ("2026-11-24T24:00:00Z", False),
        ("24.11.2026", False),
    ],
)
def test_start_is_a_date_or_a_date_time_with_its_offset(value: str, valid: bool) -> None:
    data = panel_data(1)
    data["interview"]["start"] = value
    del data["interview"]["end"]
    assert (schema_errors(data) == []) is valid
    if valid:
        thanknote.load_interview(data)
    else:
        with pytest.raises(thanknote.InvalidInterviewError):
            thanknote.load_interview(data)


def test_a_json_file_may_name_its_schema(tmp_path: Path) -> None:
    data = {"$schema": "https://example.com/interview.schema.json", **panel_data(1)}
    path = tmp_path / "interview.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert thanknote.load_interview(path) == thanknote.load_interview(panel_data(1), name=str(path))
    assert schema_errors(data) == []


def test_a_schema_address_that_is_not_a_string_is_refused() -> None:
    data = {"$schema": 3, **panel_data(1)}
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.load_interview(data)
    assert [p.field for p in caught.value.problems] == ["$schema"]
    assert schema_errors(data) == ["$schema"]


def dotted(path: tuple[str | int, ...]) -> str:
    """A path as the loader writes it: ``interviewers[0].email``."""
    return ".".join(str(k) for k in path).replace(".0", "[0]")


def every_field() -> list[Any]:
    where: dict[tuple[str | int, ...], Mapping[str, _fields.Field]] = {
        (): _fields.TOP,
        ("candidate",): _fields.CANDIDATE,
        ("interview",): _fields.INTERVIEW,
        ("interviewers", 0): _fields.INTERVIEWER,
    }
    return [
        pytest.param((*path, name), id=dotted((*path, name)))
        for path, table in where.items()
        for name in table
    ]


@pytest.mark.parametrize("path", every_field())
def test_a_value_of_the_wrong_type_is_refused_by_both_at_its_field(
    path: tuple[str | int, ...],
) -> None:
    """Every field of the table is read by the loader and typed by the schema."""
    data = panel_data(1)
    table: Any = data
    for key in path[:-1]:
        table = table[key]
    table[path[-1]] = {"wrong": 1}
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.load_interview(data)
    assert any(p.field.startswith(dotted(path)) for p in caught.value.problems), caught.value
    assert "/".join(map(str, path)) in schema_errors(data)


def spec_of(path: tuple[str | int, ...]) -> Any:
    spec: Any = thanknote.interview_schema()
    for key in path:
        spec = spec["items"] if isinstance(key, int) else spec["properties"][key]
    return spec


@pytest.mark.parametrize("path", [p for p in every_field() if "default" in spec_of(p.values[0])])
def test_a_default_in_the_schema_is_what_the_loader_makes_of_a_missing_field(
    path: tuple[str | int, ...],
) -> None:
    spec = spec_of(path)
    data = panel_data(1)
    table: Any = data
    for key in path[:-1]:
        table = table[key]
    table.pop(path[-1], None)
    record: Any = thanknote.load_interview(data)
    for key in path[1:] if path[0] == "interview" else path:
        record = record[key] if isinstance(key, int) else getattr(record, str(key))
    assert record == (tuple(spec["default"]) if isinstance(record, tuple) else spec["default"])


# Values of the wrong shape for each kind of field, at the edges the loader
# draws: each is refused by both, wherever a field of that kind is.
_TEXT_MISSES = ["", "   ", "a\nb", "a\x00b", "\u202eevil", "line\u2028sep", 5, True, [], {}]
_HEADER_MISSES = [*_TEXT_MISSES, "x" * 301, "=?utf-8?q?x?="]
NEAR_MISSES: dict[str, list[Any]] = {
    "line": _HEADER_MISSES,
    "honorific": _HEADER_MISSES,
    "email": _HEADER_MISSES,
    "decision": _HEADER_MISSES,
    "zone": [*_HEADER_MISSES, "../etc/passwd", "America/" + "x" * 60],
    "locale": [*_HEADER_MISSES, "english", "en US"],
    "tone": ["Warm", "friendly", "", 1, ["warm"]],
    "flag": ["yes", "true", 1, 0, []],
    "moment": ["2026-11-24T10:00:00", "1899-12-31", "2201-01-01", "24.11.2026", "x" * 65, 1, True],
    "texts": ["one point", ["x"] * 31, [""], [5], ["y" * 1001], ["a\x00b"], {}],
    "points": [
        "one point", ["x"] * 31, [""], [5], ["y" * 1001], ["a\u2028b"], {}, [{"link": "b"}],
        [{"point": "a", "links": "b"}], [{"point": None}], [{"point": "a", "link": ""}],
        [{"point": "a", "link": "y" * 1001}], [{"point": "a", "link": 3}],
    ],
    "reference": [3, [], {}, True],
    "table": [None, "a table", [], [{}]],
    "tables": [None, "a list", {}, [], ["a table"], [{"name": "A"}] * 51],
}  # fmt: skip


def near_misses() -> list[Any]:
    cases = []
    for param in every_field():
        (path,) = param.values
        spec = _fields.TABLES.get(str(path[0]), _fields.TOP) if len(path) > 1 else _fields.TOP
        field = spec[str(path[-1])]
        misses = NEAR_MISSES[field.kind] + ([None] if field.required else [])
        cases += [pytest.param(path, value, id=f"{param.id}={value!r:.20}") for value in misses]
    return cases


@pytest.mark.parametrize(("path", "value"), near_misses())
def test_a_value_of_the_wrong_shape_is_refused_by_both(
    path: tuple[str | int, ...], value: Any
) -> None:
    data = panel_data(1)
    table: Any = data
    for key in path[:-1]:
        table = table[key]
    table[path[-1]] = value
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.load_interview(copy.deepcopy(data))
    assert not all(code_only(p) for p in caught.value.problems), caught.value
    assert schema_errors(data)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("candidate", "name"), "x" * 300),
        (("interview", "talking_points"), ["y" * 1000] * 30),
        (("interview", "talking_points"), [{"point": "a", "link": None}, "b"]),
        (("interview", "talking_points"), ["she asked what 2 + 2 =? is"]),  # not a header
        (("interviewers", 0, "talking_points"), [{"point": "a", "link": "I did it."}]),
        (("interviewers", 0, "timezone"), "Etc/GMT+5"),
        (("interview", "start"), "2026-11-24T10:00:00.123456Z"),
        (("interview", "start"), "1900-01-01"),
        (("candidate", "email"), None),
        (("tone",), None),
    ],
    ids=str,
)
def test_a_value_at_the_edge_is_accepted_by_both(path: tuple[str | int, ...], value: Any) -> None:
    data = panel_data(1)
    if path[:2] == ("interview", "start"):
        del data["interview"]["end"]
    table: Any = data
    for key in path[:-1]:
        table = table[key]
    table[path[-1]] = value
    thanknote.load_interview(copy.deepcopy(data))
    assert schema_errors(data) == []


# -- the schema and the loader agree --------------------------------------------

# How the loader words each check that needs code (CODE_ONLY_CHECKS): the only
# problems allowed in a file the schema accepts. Where the message quotes the
# value, the pattern holds it to the form the schema allows, so that a schema
# too lax about the form cannot hide behind the check.
CODE_ONLY_MESSAGES = {
    "time zone": r"^unknown time zone '[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*'",
    "locale": r"^unknown locale '[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*'$",
    "decision": r"names no day a plan can hold; write ",
    "email": r" is not an email address$",
    "honorific": r" is not an honorific",
    "calendar": r"^'[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9:.]+(Z|[+-][0-9:]+))?' is not an ISO 8601",
    "order": r"is before start|must be a date-time when start is one",
    "decision date": r" is before the interview",
    "each person once": r"^same (name|email) as interviewers",
    "surrogate": r"lone surrogate",
    "file": r"given twice|larger than|nested more than",
}


def test_every_check_that_needs_code_is_listed_with_how_the_loader_words_it() -> None:
    assert set(CODE_ONLY_MESSAGES) == set(CODE_ONLY_CHECKS)


def code_only(problem: thanknote.Problem) -> bool:
    return any(re.search(pattern, problem.message) for pattern in CODE_ONLY_MESSAGES.values())


# Forms the loader reads that the schema does not describe: white space around
# a zone or a date, a locale with its encoding, ISO 8601's basic and week dates.
# The schema is stricter here, on purpose: an editor suggests the usual form.
LOADER_ONLY_FORMS = (" America/Chicago ", "en_US.UTF-8", " 2026-11-24", "20261124", "2026-W48-2")

# Values of each kind of field: mostly usable ones, some that only code can
# refuse (an unknown zone, an unreadable phrase, February 30), and the forms above.
LINE = st.sampled_from(["Sam Lee", "  Ana   Díaz ", "Ms.", "Jürgen Weiß", "x" * 300])
BODY = st.sampled_from(["the move to Epic", "she said 2 + 2 = 4 =?", "y" * 1000, "we both ran"])
POINT = st.one_of(
    BODY,
    st.fixed_dictionaries({"point": BODY}, optional={"link": st.one_of(BODY, st.none())}),
)
GOOD: dict[str, st.SearchStrategy[Any]] = {
    "line": LINE,
    "honorific": st.sampled_from(["Ms.", "Dr.", "Frau", "Madame", "."]),
    "email": st.sampled_from(["dana@acme.example", "josé@acme.example", "a b@acme.example"]),
    "zone": st.sampled_from(
        ["America/Chicago", "Europe/Berlin", "Etc/GMT+5", "Mars/Olympus", " America/Chicago "]
    ),
    "locale": st.sampled_from(["en_US", "en-gb", "de", "fr_FR", "pt_BR", "zz_ZZ", "en_US.UTF-8"]),
    "tone": st.sampled_from(TONES),
    "flag": st.booleans(),
    "texts": st.lists(BODY, max_size=3),
    "points": st.lists(POINT, max_size=4),
    "moment": st.sampled_from(
        [
            "2026-11-24",
            "2026-11-25",
            "2026-11-24T10:00:00-05:00",
            "2026-11-24T12:30Z",
            "2026-11-24 09:00:00.25+01:00",
            "2026-02-30",
            "2026-11-23T10:00:00-05:00",
            " 2026-11-24",
            "20261124",
            "2026-W48-2",
        ]
    ),
    "decision": st.sampled_from(
        ["a week", "P7D", "two to three weeks", "2026-12-01", "2026-01-01", "whenever"]
    ),
    "reference": st.just("https://example.com/interview.schema.json"),
}
# Values of the wrong shape for any field.
BAD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.just(1.5),
    st.sampled_from(
        [
            "",
            "   ",
            "x" * 301,
            "y" * 1001,
            "a\nb",
            "tab\there",
            "a\x00b",
            "\u202eevil",
            "=?utf-8?q?x?=",
            "line\u2028sep",
            "ok\n",
            "2026-11-24T10:00:00",
            "warm ",
            "Warm",
        ]
    ),
    st.text(max_size=6),
    st.lists(st.one_of(st.text(max_size=4), st.integers()), max_size=3),
    st.lists(st.text(max_size=4), min_size=31, max_size=31),
    st.dictionaries(st.sampled_from(["point", "link", "pointt"]), st.text(max_size=4), max_size=2),
)
TABLES = {"candidate": _fields.CANDIDATE, "interview": _fields.INTERVIEW}


def table(fields: Mapping[str, _fields.Field]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {name: GOOD[f.kind] for name, f in fields.items() if f.required},
        optional={name: GOOD[f.kind] for name, f in fields.items() if not f.required},
    )


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A document built from usable values, then given up to three faults of shape."""
    top = {k: f for k, f in _fields.TOP.items() if f.kind not in ("table", "tables")}
    doc: dict[str, Any] = draw(table(top))
    doc |= {name: draw(table(fields)) for name, fields in TABLES.items()}
    people = draw(st.lists(table(_fields.INTERVIEWER), min_size=1, max_size=3))
    for i, person in enumerate(people):  # each person once, unless a fault says otherwise
        person["name"] = f"{person['name'][:290]} {i}"
        if "email" in person:
            person["email"] = f"p{i}.{person['email']}"
    doc["interviewers"] = people
    for _ in range(draw(st.integers(0, 2))):
        tables = [
            (doc, _fields.TOP), (doc.get("candidate"), _fields.CANDIDATE),
            (doc.get("interview"), _fields.INTERVIEW), *((p, _fields.INTERVIEWER) for p in people),
        ]  # fmt: skip
        target, fields = draw(st.sampled_from([t for t in tables if isinstance(t[0], dict)]))
        key = draw(st.one_of(st.sampled_from(list(fields)), st.just("talking_point")))
        if draw(st.booleans()) and key in target:
            del target[key]
        elif key in fields:
            target[key] = draw(st.one_of(st.sampled_from(NEAR_MISSES[fields[key].kind]), BAD))
        else:
            target[key] = draw(BAD)
    if draw(st.integers(0, 9)) == 0:
        doc["interviewers"] = draw(st.one_of(BAD, st.just([]), st.just([people[0]] * 51)))
    return doc


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_the_schema_and_the_loader_agree(document: dict[str, Any]) -> None:
    """Every input the schema accepts loads, but for the checks that need code; every
    input the loader refuses for its shape, the schema refuses too; and the schema
    refuses a file that loads only for a form in LOADER_ONLY_FORMS."""
    accepted = VALIDATOR.is_valid(document)
    try:
        thanknote.load_interview(copy.deepcopy(document))
    except thanknote.InvalidInterviewError as err:
        of_shape = [p for p in err.problems if not code_only(p)]
        if accepted:
            assert not of_shape, "the schema accepts what the loader refuses for its shape"
        if of_shape:
            assert not accepted
    else:
        assert all(e.instance in LOADER_ONLY_FORMS for e in VALIDATOR.iter_errors(document))


def test_the_schema_page_lists_every_check_that_needs_code() -> None:
    page = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for check in CODE_ONLY_CHECKS.values():
        assert f"- {check}\n" in page, check
    for form in ("en_US.UTF-8", "20261124", "2026-W48-2"):
        assert form in page and form.strip() in LOADER_ONLY_FORMS
