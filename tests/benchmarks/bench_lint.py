"""Benchmark: how long linting one ~150-word note takes, next to proselint.

Run on demand (it is not part of the test suite):

    pip install proselint
    python tests/benchmarks/bench_lint.py

Both linters get the same notes in the same run: thanknote's drafted notes,
lengthened to about 150 words, and linted with their interview as context.
The figure that matters is the ratio, which does not depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence

import thanknote
from thanknote._samples import sample_interviews

_EXTRA = (
    "I also keep coming back to how the team reviews changes before they ship, and to the way "
    "the on-call load is shared so that nobody carries it alone. In my current role I set up a "
    "similar review habit, and it cut our weekend pages by a third within two months."
)


def notes(count: int) -> list[tuple[str, thanknote.Interview, thanknote.Interviewer]]:
    """``count`` notes of about 150 words, each with its interview and interviewer."""
    found = []
    interviews = list(sample_interviews().values())
    tones = ("formal", "warm", "concise")
    while len(found) < count:
        for n, interview in enumerate(interviews):
            for note in thanknote.draft(interview, tone=tones[n % 3]):  # type: ignore[arg-type]
                text = note.text
                while len(text.split()) < 140:
                    text = text.replace("\n\n", f"\n\n{_EXTRA}\n\n", 1)
                found.append((text, interview, note.interviewer))
    return found[:count]


def per_note(run: Callable[[], object], count: int, repeat: int) -> float:
    """Median seconds per note over ``repeat`` passes."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) / count)
    return statistics.median(samples)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    batch = notes(args.notes)
    words = statistics.mean(len(text.split()) for text, _, _ in batch)

    def ours() -> None:
        for text, interview, person in batch:
            thanknote.lint(text, interview=interview, interviewer=person)

    ours()  # warm the caches once, as a long-running host would
    mine = per_note(ours, len(batch), args.repeat)
    print(f"notes: {len(batch)}, mean words: {words:.0f}, passes: {args.repeat}")
    print(f"{'linter':<12}{'per note':>14}{'ratio':>10}")
    print(f"{'thanknote':<12}{mine * 1e6:>11.0f} µs{1:>10.1f}")
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        print("proselint is not installed (pip install proselint); no comparison")
        return 0
    CheckRegistry().register_many(__register__)

    def theirs() -> None:
        for text, _, _ in batch:
            LintFile("<note>", text).lint()

    theirs()
    other = per_note(theirs, len(batch), max(1, args.repeat // 2))
    print(f"{'proselint':<12}{other * 1e6:>11.0f} µs{other / mine:>10.1f}")
    print(f"thanknote is {other / mine:.0f}x faster than proselint on the same notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
