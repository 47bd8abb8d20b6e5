"""The agenda's feed in a real CalDAV server: imported twice, each event is there once.

Radicale is started on the loopback address with a temporary storage folder
and no authentication. The feed is imported the way calendar clients do it:
one resource per event, named after the event's UID, so a feed whose UIDs
changed from one export to the next would leave copies behind.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import hashlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import thanknote

radicale = pytest.importorskip(
    "radicale", reason="Radicale is not installed (the test extra has it)"
)
icalendar = pytest.importorskip("icalendar", reason="icalendar is not installed")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_QUERY = b"""<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><C:calendar-data/></D:prop>
  <C:filter>
    <C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter>
  </C:filter>
</C:calendar-query>"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _request(method: str, url: str, body: bytes = b"", **headers: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body or None, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


@pytest.fixture
def calendar(tmp_path: Path) -> Iterator[str]:
    """The URL of an empty calendar in a Radicale server of its own."""
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable, "-m", "radicale", "--config", "",
            "--server-hosts", f"127.0.0.1:{port}",
            "--storage-filesystem-folder", str(tmp_path / "storage"),
            "--auth-type", "none", "--rights-type", "authenticated",
            "--logging-level", "error",
        ],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            if server.poll() is not None:
                pytest.fail(f"Radicale did not start: {server.stderr.read().decode()}")  # type: ignore[union-attr]
            time.sleep(0.1)
        assert _request("MKCOL", f"{base}/sam/")[0] == 201
        assert _request("MKCALENDAR", f"{base}/sam/search/")[0] == 201
        yield f"{base}/sam/search/"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _import(url: str, feed: bytes) -> None:
    """Store each event as its own resource named after its UID, as clients do."""
    parsed = icalendar.Calendar.from_ical(feed)
    zones = parsed.walk("VTIMEZONE")
    for event in parsed.walk("VEVENT"):
        one = icalendar.Calendar()
        one.add("prodid", "-//import//test//EN")
        one.add("version", "2.0")
        for zone in zones:
            one.add_component(zone)
        one.add_component(event)
        name = hashlib.sha1(str(event["UID"]).encode()).hexdigest()
        status, body = _request(
            "PUT", f"{url}{name}.ics", one.to_ical(), **{"Content-Type": "text/calendar"}
        )
        assert status in (201, 204), body


def _uids(url: str) -> collections.Counter[str]:
    status, body = _request(
        "REPORT", url, _QUERY, Depth="1", **{"Content-Type": "application/xml; charset=utf-8"}
    )
    assert status == 207, body
    from xml.etree import ElementTree

    found: collections.Counter[str] = collections.Counter()
    for data in ElementTree.fromstring(body).iter("{urn:ietf:params:xml:ns:caldav}calendar-data"):
        for event in icalendar.Calendar.from_ical(data.text or "").walk("VEVENT"):
            found[str(event["UID"])] += 1
    return found


def test_importing_the_feed_twice_holds_each_event_once(calendar: str, tmp_path: Path) -> None:
    search = tmp_path / "search"
    shutil.copytree(EXAMPLES, search, ignore=shutil.ignore_patterns("*.py"))
    first = thanknote.agenda_to_ics(thanknote.agenda([search], today=dt.date(2026, 11, 24)))
    # A week later, with the thank-you notes of the interview day sent: the
    # feed is made on another day, and some of its steps are gone.
    thanknote.mark_done(
        search / "interview.toml", "thank_you", at=dt.datetime(2026, 11, 24, 20, tzinfo=dt.UTC)
    )
    second = thanknote.agenda_to_ics(thanknote.agenda([search], today=dt.date(2026, 12, 1)))
    assert first != second

    _import(calendar, first)
    _import(calendar, second)

    held = _uids(calendar)
    expected = {str(e["UID"]) for e in icalendar.Calendar.from_ical(first).walk("VEVENT")}
    assert set(held) == expected
    assert set(held.values()) == {1}
    assert len(held) == first.count(b"BEGIN:VEVENT") == 50
