"""What a reader sees in a real browser: the preview page and the HTML part of an email.

Runs headless Chromium (``chromium`` from the distribution's packages, or the
program named by ``THANKNOTE_CHROMIUM``) over the DevTools protocol; see
``chromium.py``. Skipped when no browser is installed. With
``THANKNOTE_SCREENSHOTS=DIR`` the tests also save full-page screenshots of
the preview at desktop and phone widths into DIR.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from builders import FLAWED
from chromium import Browser, find_chromium

import thanknote

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NOW = dt.datetime(2026, 11, 24, 13, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
PHONE = 375
DESKTOP = 1280

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="no headless Chromium found (install Debian's 'chromium' package, or set "
    "THANKNOTE_CHROMIUM to a Chromium or Chrome program)",
)


# For every mark and caret in each note's body: where it starts, counted in
# characters other than whitespace (the page shows blank lines as paragraph
# breaks and line breaks as <br>), leaving out the findings' numbers.
READ_MARKS = """(() => {
  const notes = [];
  for (const body of document.querySelectorAll('.body')) {
    const marks = {}, carets = {};
    let count = 0;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE && node.matches('a.gap')) {
        carets[node.getAttribute('href').slice(1)] = count;
      }
      if (node.nodeType !== Node.TEXT_NODE || node.parentElement.closest('a.ref')) continue;
      const mark = node.parentElement.closest('mark');
      if (mark) {
        for (const id of mark.dataset.findings.split(' ')) {
          marks[id] = marks[id] || {start: count, text: ''};
          marks[id].text += node.data;
        }
      }
      count += node.data.replace(/\\s/g, '').length;
    }
    notes.push({marks, carets});
  }
  return notes;
})()"""

# Each mark as drawn: inside the screen, underlined, and described.
DRAWN_MARKS = """[...document.querySelectorAll('mark')].map(mark => {
  const box = mark.getBoundingClientRect(), style = getComputedStyle(mark);
  return {
    left: box.left, right: box.right, width: box.width,
    underline: style.textDecorationLine, decoration: style.textDecorationStyle,
    described: mark.getAttribute('aria-describedby').split(' ')
      .every(id => document.getElementById(id) !== null),
  };
})"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser.start() as started:
        yield started


@pytest.fixture(scope="module")
def example() -> thanknote.Interview:
    return thanknote.load_interview(EXAMPLES / "interview.toml")


@pytest.fixture(scope="module")
def flawed(example: thanknote.Interview, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    template = tmp_path_factory.mktemp("templates") / "flawed.txt.j2"
    template.write_text(FLAWED, encoding="utf-8")
    return thanknote.draft(example, template=template)


@pytest.fixture(scope="module")
def pages(
    example: thanknote.Interview, flawed: tuple, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, tuple]]:
    folder = tmp_path_factory.mktemp("pages")
    plan = thanknote.plan_follow_up(example, now=NOW)
    found: dict[str, tuple[Path, tuple]] = {}
    for name, notes in (("example", thanknote.draft(example)), ("flawed", flawed)):
        path = folder / f"{name}.html"
        path.write_text(thanknote.preview_html(notes, plan=plan), encoding="utf-8")
        found[name] = (path, notes)
    return found


def solid(text: str) -> str:
    return re.sub(r"\s", "", text)


class TestPreview:
    def test_every_finding_is_marked_on_its_words_at_its_place(
        self, browser: Browser, pages: dict[str, tuple[Path, tuple]]
    ) -> None:
        path, notes = pages["flawed"]
        browser.open(path, width=PHONE)
        shown = browser.evaluate(READ_MARKS)
        assert len(shown) == len(notes)
        for index, (note, seen) in enumerate(zip(notes, shown, strict=True), start=1):
            for number, finding in enumerate(thanknote.lint(note).findings, start=1):
                key = f"note-{index}-finding-{number}"
                before = len(solid(note.text[: finding.start]))
                words = note.text[finding.start : finding.end]
                if words.strip():
                    assert solid(seen["marks"][key]["text"]) == solid(words), key
                    assert seen["marks"][key]["start"] == before, key
                else:
                    assert seen["carets"][key] == before, key

    @pytest.mark.parametrize("width", [PHONE, DESKTOP])
    def test_marks_are_on_screen_underlined_and_described(
        self, browser: Browser, pages: dict[str, tuple[Path, tuple]], width: int
    ) -> None:
        browser.open(pages["flawed"][0], width=width)
        marks = browser.evaluate(DRAWN_MARKS)
        assert marks
        for mark in marks:
            assert mark["width"] > 0
            assert mark["left"] >= 0 and mark["right"] <= width
            assert mark["underline"] == "underline"  # not colour alone
            assert mark["described"]
        assert {m["decoration"] for m in marks} >= {"wavy", "dashed"}

    @pytest.mark.parametrize("name", ["example", "flawed"])
    def test_nothing_overflows_a_phone_screen(
        self, browser: Browser, pages: dict[str, tuple[Path, tuple]], name: str
    ) -> None:
        browser.open(pages[name][0], width=PHONE)
        assert browser.evaluate("window.innerWidth") == PHONE
        assert browser.evaluate("document.documentElement.scrollWidth") <= PHONE
        too_wide = browser.evaluate(
            f"[...document.querySelectorAll('body *')]"
            f".filter(e => e.getBoundingClientRect().right > {PHONE} + 0.5)"
            f".map(e => e.tagName + '.' + e.className)"
        )
        assert too_wide == []

    def test_the_page_asks_the_network_for_nothing(
        self, browser: Browser, pages: dict[str, tuple[Path, tuple]]
    ) -> None:
        path = pages["flawed"][0]
        browser.open(path, width=DESKTOP)
        assert browser.requested() == [path.resolve().as_uri()]

    def test_follows_a_dark_colour_scheme(
        self, browser: Browser, pages: dict[str, tuple[Path, tuple]]
    ) -> None:
        colours = []
        for dark in (False, True):
            browser.open(pages["example"][0], width=DESKTOP, dark=dark)
            colours.append(browser.evaluate("getComputedStyle(document.body).backgroundColor"))
        assert colours[0] != colours[1]

    def test_the_first_tab_offers_to_skip_to_the_notes(
        self, browser: Browser, pages: dict[str, tuple[Path, tuple]]
    ) -> None:
        browser.open(pages["example"][0], width=PHONE)
        browser.press("Tab", 9)
        focused: dict[str, Any] = browser.evaluate(
            "({href: document.activeElement.getAttribute('href'),"
            " left: document.activeElement.getBoundingClientRect().left})"
        )
        assert focused["href"] == "#notes"
        assert focused["left"] >= 0  # shown once focused

    def test_screenshots_when_asked(
        self, browser: Browser, pages: dict[str, tuple[Path, tuple]]
    ) -> None:
        folder = os.environ.get("THANKNOTE_SCREENSHOTS")
        if not folder:
            pytest.skip("set THANKNOTE_SCREENSHOTS=DIR to save screenshots of the preview")
        Path(folder).mkdir(parents=True, exist_ok=True)
        for name, (path, _) in pages.items():
            for width in (DESKTOP, PHONE):
                for dark in (False, True):
                    browser.open(path, width=width, dark=dark)
                    scheme = "dark" if dark else "light"
                    shot = browser.screenshot(Path(folder, f"{name}-{width}-{scheme}.png"))
                    assert shot.stat().st_size > 0


class TestEmail:
    def test_the_html_part_reads_as_the_text_part(
        self, browser: Browser, example: thanknote.Interview, tmp_path: Path
    ) -> None:
        for tone in thanknote.model.TONES:
            for index, note in enumerate(thanknote.draft(example, tone=tone)):
                message = thanknote.to_email(note)
                html = message.get_body(preferencelist=("html",))
                text = message.get_body(preferencelist=("plain",))
                assert html is not None and text is not None
                path = tmp_path / f"{tone}-{index}.html"
                path.write_text(html.get_content(), encoding="utf-8")
                browser.open(path, width=PHONE)
                shown = browser.evaluate("document.body.innerText")
                assert shown.rstrip("\n") == text.get_content().rstrip("\n")
                assert browser.evaluate("document.documentElement.scrollWidth") <= PHONE
