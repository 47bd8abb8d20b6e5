"""Specification of exports: email drafts, JSON and files on disk."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

import thanknote
from thanknote.export import JSON_SCHEMA_VERSION, notes_to_json, render_note, write_notes


class TestEmail:
    def test_a_draft_round_trips_through_the_standard_parser(
        self, panel: thanknote.Interview
    ) -> None:
        note = thanknote.draft(panel)[1]
        raw = thanknote.to_email(note).as_bytes()
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert parsed["To"] == "Tomás Okafor <tomas.okafor@acme.example>"
        assert parsed["From"] == "Sam Lee <sam.lee@example.com>"
        assert parsed["Subject"] == note.subject
        assert parsed.get_content_type() == "multipart/alternative"
        plain = parsed.get_body(preferencelist=("plain",))
        html = parsed.get_body(preferencelist=("html",))
        assert plain is not None and plain.get_content() == note.text
        assert html is not None and html.get_content() == note.html

    def test_a_draft_has_no_date_or_message_id_and_is_byte_identical(
        self, panel: thanknote.Interview
    ) -> None:
        first = thanknote.to_email(thanknote.draft(panel)[0])
        again = thanknote.to_email(thanknote.draft(panel)[0])
        assert first["Date"] is None and first["Message-ID"] is None
        assert first.as_bytes() == again.as_bytes()

    def test_the_sender_can_be_overridden(self, panel: thanknote.Interview) -> None:
        message = thanknote.to_email(
            thanknote.draft(panel)[0], sender="Recruiter Bot <bot@example.com>"
        )
        assert message["From"] == "Recruiter Bot <bot@example.com>"

    def test_a_card_becomes_a_plain_text_message(self, panel: thanknote.Interview) -> None:
        message = thanknote.to_email(thanknote.draft(panel, kind="card")[0])
        assert message.get_content_type() == "text/plain"
        assert message["Subject"] is None


class TestJson:
    def test_json_carries_a_schema_version_and_every_note(self, panel: thanknote.Interview) -> None:
        notes = thanknote.draft(panel)
        document = json.loads(notes_to_json(notes))
        assert document["schema_version"] == JSON_SCHEMA_VERSION
        assert [n["interviewer"]["name"] for n in document["notes"]] == [
            p.name for p in panel.interviewers
        ]
        assert document["notes"][0]["text"] == notes[0].text

    def test_html_of_a_card_is_refused(self, panel: thanknote.Interview) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match="no HTML"):
            render_note(thanknote.draft(panel, kind="card")[0], "html")


class TestWriteNotes:
    @pytest.mark.parametrize(
        ("format", "suffix"),
        [("text", ".txt"), ("html", ".html"), ("eml", ".eml"), ("json", ".json")],
    )
    def test_one_file_per_interviewer_named_after_them(
        self, tmp_path: Path, panel: thanknote.Interview, format: str, suffix: str
    ) -> None:
        written = write_notes(thanknote.draft(panel), tmp_path / "out", format=format)  # type: ignore[arg-type]
        assert [p.name for p in written] == [
            f"dana-reyes{suffix}",
            f"tomas-okafor{suffix}",
            f"priya-natarajan{suffix}",
            f"li-wei{suffix}",
        ]
        assert all(p.read_bytes() for p in written)

    def test_nothing_is_overwritten_and_nothing_written_on_conflict(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        notes = thanknote.draft(panel)
        (tmp_path / "tomas-okafor.txt").write_text("my edits", encoding="utf-8")
        with pytest.raises(thanknote.OutputExistsError) as caught:
            write_notes(notes, tmp_path)
        assert caught.value.conflicts == (str(tmp_path / "tomas-okafor.txt"),)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["tomas-okafor.txt"]
        assert (tmp_path / "tomas-okafor.txt").read_text(encoding="utf-8") == "my edits"

    def test_overwrite_replaces_existing_files(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        notes = thanknote.draft(panel)
        (tmp_path / "dana-reyes.txt").write_text("old", encoding="utf-8")
        write_notes(notes, tmp_path, overwrite=True)
        assert (tmp_path / "dana-reyes.txt").read_text(encoding="utf-8").startswith("To: Dana")

    def test_no_temporary_files_are_left_behind(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        write_notes(thanknote.draft(panel), tmp_path)
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
