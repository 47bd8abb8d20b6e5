"""Compare thanknote's content rules with hand labels on real-world notes.

Reads ``notes.toml`` beside this file, loads each note's text from
``cache/<sha256[:16]>.txt`` (see GUIDE.md; the texts are not committed),
checks the SHA-256, lints the text and compares, per element, "the rule
fires" with "the labeller says the element is missing".

    python tests/realworld/score.py --split dev
    python tests/realworld/score.py --split all --verbose

Notes whose text is missing are skipped and counted, so the script runs on a
machine without the cache. A text whose hash does not match is skipped and
reported. Labels of ``"ambiguous"`` are left out of the score.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import thanknote  # noqa: E402

LOCALES = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "pt": "pt_BR",
}

# element label in notes.toml -> rule code that fires when it is missing
# What a kind of note need not contain: a follow-up restates interest and a
# reply to a rejection keeps the door open, without the conversation's topics.
NOT_REQUIRED = {"follow_up": ("specifics",), "rejection_reply": ("specifics",)}
ELEMENTS = {
    "gratitude": "TN101",
    "specifics": "TN111",
    "interest": "TN121",
}


@dataclass
class Tally:
    count: int = 0
    agree: int = 0
    false_alarms: int = 0  # rule fires although the element is present
    misses: int = 0  # rule silent although the element is missing
    ambiguous: int = 0

    def add(self, fired: bool, missing: bool) -> None:
        self.count += 1
        if fired == missing:
            self.agree += 1
        elif fired:
            self.false_alarms += 1
        else:
            self.misses += 1

    def agreement(self) -> str:
        return f"{self.agree / self.count:6.1%}" if self.count else "   n/a"


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=lambda: {e: Tally() for e in ELEMENTS})
    notes: int = 0
    disagreements: list[tuple[str, str, bool, bool, str]] = field(default_factory=list)


def load_notes(path: Path) -> list[dict]:
    with path.open("rb") as fh:
        return tomllib.load(fh)["notes"]


def load_text(note: dict) -> tuple[str | None, str]:
    """Return (text, status) where status is "ok", "missing" or "hash"."""
    sha = note["sha256"]
    path = HERE / "cache" / f"{sha[:16]}.txt"
    if not path.is_file():
        return None, "missing"
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha:
        return None, "hash"
    return data.decode("utf-8"), "ok"


def lint_codes(text: str, note: dict) -> set[str]:
    locale = LOCALES[note["language"]]
    report = thanknote.lint(text, locale=locale, kind=note.get("kind", "thank_you"))
    return {f.code for f in report.findings}


def score(
    notes: list[dict], *, include_templates: bool
) -> tuple[dict[str, Result], dict[str, int]]:
    results: dict[str, Result] = {}
    skipped = {"missing": 0, "hash": 0, "template": 0}
    bad_hash: list[str] = []
    for note in notes:
        if note.get("template") and not include_templates:
            skipped["template"] += 1
            continue
        text, status = load_text(note)
        if text is None:
            skipped[status] += 1
            if status == "hash":
                bad_hash.append(note["id"])
            continue
        codes = lint_codes(text, note)
        result = results.setdefault(note["split"], Result())
        result.notes += 1
        for element, code in ELEMENTS.items():
            label = note.get(element, "ambiguous")
            tally = result.tallies[element]
            if element in NOT_REQUIRED.get(note.get("kind", "thank_you"), ()):
                continue  # this kind of note need not have it: nothing to score
            if label == "ambiguous" or not isinstance(label, bool):
                tally.ambiguous += 1
                continue
            fired = code in codes
            missing = not label
            tally.add(fired, missing)
            if fired != missing:
                result.disagreements.append(
                    (note["id"], element, fired, missing, note.get("note", ""))
                )
    if bad_hash:
        print(f"hash mismatch (skipped): {', '.join(bad_hash)}", file=sys.stderr)
    return results, skipped


def merge(results: list[Result]) -> Result:
    total = Result()
    for r in results:
        total.notes += r.notes
        total.disagreements.extend(r.disagreements)
        for element, t in r.tallies.items():
            s = total.tallies[element]
            s.count += t.count
            s.agree += t.agree
            s.false_alarms += t.false_alarms
            s.misses += t.misses
            s.ambiguous += t.ambiguous
    return total


def print_result(name: str, result: Result, *, verbose: bool) -> None:
    print(f"\n== {name}: {result.notes} notes linted")
    columns = ("agree", 7), ("count", 6), ("false alarms", 13), ("misses", 7), ("ambiguous", 10)
    print(f"{'element':<10} {'rule':<6} " + " ".join(f"{n:>{w}}" for n, w in columns))
    for element, code in ELEMENTS.items():
        t = result.tallies[element]
        print(
            f"{element:<10} {code:<6} {t.agreement():>7} {t.count:>6} "
            f"{t.false_alarms:>13} {t.misses:>7} {t.ambiguous:>10}"
        )
    if verbose and result.disagreements:
        print("disagreements (id, element, rule fired, labelled missing):")
        for nid, element, fired, missing, why in sorted(result.disagreements):
            print(f"  {nid:<8} {element:<10} fired={fired!s:<5} expected={missing!s:<5} {why}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="dev")
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--no-templates", action="store_true", help="leave out notes labelled template = true"
    )
    parser.add_argument("--notes", type=Path, default=HERE / "notes.toml")
    args = parser.parse_args(argv)

    notes = load_notes(args.notes)
    if args.split != "all":
        notes = [n for n in notes if n["split"] == args.split]
    results, skipped = score(notes, include_templates=not args.no_templates)
    print(
        f"{len(notes)} notes in split '{args.split}'; "
        f"skipped: {skipped['missing']} without cached text, "
        f"{skipped['hash']} with a changed text, {skipped['template']} templates"
    )
    for name in ("dev", "holdout"):
        if name in results:
            print_result(name, results[name], verbose=args.verbose)
    if args.split == "all" and results:
        print_result("all", merge(list(results.values())), verbose=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
