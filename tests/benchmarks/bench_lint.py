"""Benchmark: how long linting one ~150-word note takes, next to proselint.

Run on demand (it is not part of the test suite):

    pip install proselint
    python tests/benchmarks/bench_lint.py

Both linters get the same notes in the same run: thanknote's drafted notes,
lengthened to about 150 words, and linted with their interview as context.
They run in turn, pass after pass, and the ratio is the median of the
ratios pass by pass. The figure that matters is the ratio, which does not
depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Sequence

from bench import lint_notes, median_time, paired, proselint_pass

import thanknote


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    batch = lint_notes(args.notes)
    words = statistics.mean(len(text.split()) for text, _, _ in batch)
    linter = thanknote.Linter()

    def ours() -> None:
        for text, interview, person in batch:
            linter.lint(text, interview=interview, interviewer=person)

    print(f"notes: {len(batch)}, mean words: {words:.0f}, passes: {args.repeat}")
    print(f"{'linter':<12}{'per note':>14}{'ratio':>10}")
    theirs = proselint_pass(batch)
    if theirs is None:
        mine = median_time(ours, args.repeat) / len(batch)
        print(f"{'thanknote':<12}{mine * 1e6:>11.0f} µs{1:>10.1f}")
        print("proselint is not installed (pip install proselint); no comparison")
        return 0
    mine, other, ratio = paired(ours, theirs, args.repeat)
    print(f"{'thanknote':<12}{mine / len(batch) * 1e6:>11.0f} µs{1:>10.1f}")
    print(f"{'proselint':<12}{other / len(batch) * 1e6:>11.0f} µs{1 / ratio:>10.1f}")
    print(f"thanknote is {1 / ratio:.0f}x faster than proselint on the same notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
