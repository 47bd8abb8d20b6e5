"""Benchmark: what thanknote costs beyond Jinja, proselint and the bare imports.

Run on demand (not part of the test suite):

    pip install proselint          # optional, for the lint comparison
    python tests/benchmarks/bench.py            # a few minutes
    python tests/benchmarks/bench.py --big      # adds the 100,000-note batch (minutes)

Every figure is a median over repeated runs and every comparison is a ratio
against a baseline measured in the same run: thanknote and its baseline run
in turn, and the ratio is the median of the ratios pair by pair, so a
machine whose speed drifts during the run does not move it. ``--quick``
runs tiny sizes (the test suite uses it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import jinja2
import jinja2.sandbox

import thanknote
from thanknote._resources import builtin_templates
from thanknote.render import FILTERS, template_context
from thanknote.testing import make_interview

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "interview.toml"
_EXTRA = (
    "I also keep coming back to how the team reviews changes before they ship, and to the way "
    "the on-call load is shared so that nobody carries it alone. In my current role I set up a "
    "similar review habit, and it cut our weekend pages by a third within two months."
)


def median_time(run: Callable[[], object], repeat: int) -> float:
    """Median wall seconds of ``run`` over ``repeat`` calls (after one warm-up)."""
    run()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def paired(
    ours: Callable[[], object], base: Callable[[], object], repeat: int
) -> tuple[float, float, float]:
    """Median seconds of ``ours`` and of ``base``, run in turn, and the median ratio.

    Each round runs both, one after the other, after one warm-up round; the
    ratio is taken round by round, so a drift in the machine's speed
    affects both sides of each ratio alike.
    """
    ours()
    base()
    mine, theirs = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        ours()
        mine.append(time.perf_counter() - start)
        start = time.perf_counter()
        base()
        theirs.append(time.perf_counter() - start)
    ratios = [a / b for a, b in zip(mine, theirs, strict=True)]
    return statistics.median(mine), statistics.median(theirs), statistics.median(ratios)


def twenty(run: Callable[[], object]) -> None:
    for _ in range(20):
        run()


def process(argv: list[str], cwd: Path = ROOT) -> Callable[[], object]:
    """Running ``argv`` as a whole process (from the checkout unless ``cwd`` says)."""
    # Python's bytecode cache is kept as an installation keeps it: a machine
    # that turns it off would time the compiling of every module instead.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return lambda: subprocess.run(argv, check=True, capture_output=True, cwd=cwd, env=env)


def command_line() -> list[str]:
    """How a user starts thanknote: its console script, else ``python -m thanknote``."""
    script = Path(sys.executable).with_name("thanknote")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "thanknote"]


def row(name: str, ours: float, base: float, unit: str, base_name: str, ratio: float) -> str:
    return f"| {name} | {ours:,.0f} {unit} | {base:,.0f} {unit} ({base_name}) | {ratio:.2f} |"


def drafting(repeat: int) -> str:
    interview = make_interview(interviewers=4)
    builder = thanknote.NoteBuilder()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(builtin_templates())),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html.j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(FILTERS)
    text = env.get_template("en/thank_you/warm.txt.j2")
    html = env.get_template("_layout.html.j2")  # warm has no HTML of its own
    contexts = [
        template_context(interview, p, tone="warm", locale="en_US", kind="thank_you")
        for p in interview.interviewers
    ]

    def bare() -> None:  # the floor: the same two templates, rendered by Jinja alone
        for context in contexts:
            body = text.render(context)
            html.render({**context, "paragraphs": body.split("\n\n"), "subject": ""})

    def ours() -> None:
        for note in builder.draft(interview):
            note.html  # noqa: B018 - the HTML is rendered when read

    per = len(contexts) * 20 / 1e6  # notes per round, in µs
    mine, base, ratio = paired(lambda: twenty(ours), lambda: twenty(bare), repeat)
    return row(
        "drafting, per note (text + HTML, no lint)", mine / per, base / per, "µs", "bare Jinja",
        ratio,
    )  # fmt: skip


def user_template(repeat: int) -> str:
    """A user's text template (a copy of the built-in one) against the same file in bare Jinja."""
    interview = make_interview(interviewers=4)
    builder = thanknote.NoteBuilder()
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(builtin_templates() / "en", Path(folder) / "en")
        path = Path(folder) / "en" / "thank_you" / "warm.txt.j2"
        env = jinja2.sandbox.SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(folder),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters.update(FILTERS)
        text = env.get_template("en/thank_you/warm.txt.j2")
        contexts = [
            template_context(interview, p, tone="warm", locale="en_US", kind="thank_you")
            for p in interview.interviewers
        ]
        drafted = builder.draft(interview, template=path, tone="warm", locale="en_US")
        for note, context in zip(drafted, contexts, strict=True):
            assert note.text.split("\n", 1)[0] in text.render(context)  # the same note

        def bare() -> None:  # the floor: the same file and objects, rendered by Jinja alone
            for context in contexts:
                text.render(context)

        def ours() -> None:
            builder.draft(interview, template=path, tone="warm", locale="en_US")

        per = len(contexts) * 20 / 1e6
        mine, base, ratio = paired(lambda: twenty(ours), lambda: twenty(bare), repeat)
    return row(
        "drafting with a user's text template, per note", mine / per, base / per, "µs",
        "bare sandboxed Jinja", ratio,
    )  # fmt: skip


def points(repeat: int) -> str:
    """Placing a talking point: cached (every note after the first) against understood afresh."""
    from thanknote._points import place

    jotted = [
        "she said the team is moving to Epic next spring", "asked me about conflict resolution",
        "we both ran the Chicago marathon", "How would I handle a difficult nurse?",
        "his 20 years in the ICU.", "replacing nightly batch jobs with Kafka",
    ]  # fmt: skip
    names = ("Lee Park", "Lee", "Park")

    def cached() -> None:
        for _ in range(100):
            for point in jotted:
                place(point, "en", names)

    def fresh() -> None:
        for _ in range(100):
            place.cache_clear()
            for point in jotted:
                place(point, "en", names)

    per = len(jotted) * 100 / 1e9  # points per round, in ns
    mine, base, ratio = paired(cached, fresh, repeat)
    return row(
        "understanding a talking point, cached", mine / per, base / per, "ns",
        "understood afresh", ratio,
    )  # fmt: skip


def lint_notes(count: int) -> list[tuple[str, thanknote.Interview, thanknote.Interviewer]]:
    from thanknote._samples import sample_interviews

    found: list[tuple[str, thanknote.Interview, thanknote.Interviewer]] = []
    interviews = list(sample_interviews().values())
    while len(found) < count:
        for n, interview in enumerate(interviews):
            tone = ("formal", "warm", "concise")[n % 3]
            for note in thanknote.draft(interview, tone=tone):  # type: ignore[arg-type]
                body = note.text
                while len(body.split()) < 140:
                    body = body.replace("\n\n", f"\n\n{_EXTRA}\n\n", 1)
                found.append((body, interview, note.interviewer))
    return found[:count]


def linting(repeat: int, count: int) -> list[str]:
    batch = lint_notes(count)
    linter = thanknote.Linter()
    words = statistics.mean(len(b.split()) for b, _, _ in batch)

    def ours() -> None:
        for body, interview, person in batch:
            linter.lint(body, interview=interview, interviewer=person)

    theirs = proselint_pass(batch)
    if theirs is None:
        mine = median_time(ours, repeat) / len(batch) * 1e6
        return [
            f"| linting a {words:.0f}-word note with context | {mine:,.0f} µs | | |",
            "| proselint | not installed (`pip install proselint`) | | |",
        ]
    mine, other, ratio = paired(ours, theirs, repeat)
    mine, other = mine / len(batch) * 1e6, other / len(batch) * 1e6
    return [
        f"| linting a {words:.0f}-word note with context | {mine:,.0f} µs | "
        f"{other:,.0f} µs (proselint, same notes) | {ratio:.3f} "
        f"(proselint {1 / ratio:.1f}× slower) |"
    ]


def proselint_pass(
    batch: list[tuple[str, thanknote.Interview, thanknote.Interviewer]],
) -> Callable[[], object] | None:
    """A function linting every note of ``batch`` with proselint, if it is installed."""
    try:
        from proselint.checks import __register__  # type: ignore[import-untyped, import-not-found, unused-ignore]
        from proselint.registry import CheckRegistry  # type: ignore[import-untyped, import-not-found, unused-ignore]
        from proselint.tools import LintFile  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)

    def theirs() -> None:
        for body, _, _ in batch:
            LintFile("<note>", body).lint()

    return theirs


def imports(repeat: int) -> list[str]:
    python = sys.executable
    deps = process([python, "-c", "import jinja2, attrs, babel"])
    measures = {
        "`import thanknote`, whole process": "import thanknote",
        "`from thanknote import lint`": "from thanknote import lint",
        "import, load and draft the example": (
            f"import thanknote; thanknote.draft(thanknote.load_interview({str(EXAMPLE)!r}))"
        ),
    }
    lines = []
    for name, code in measures.items():
        ours, base, ratio = paired(process([python, "-c", code]), deps, repeat)
        lines.append(row(name, ours * 1e3, base * 1e3, "ms", "jinja2 + attrs + babel", ratio))
    return lines


def cold_start(repeat: int) -> list[str]:
    """Whole commands, against a process that imports what every command needs."""
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        # Run where a user's note is, not in the checkout, whose
        # pyproject.toml the lint would read for its configuration.
        deps = process([python, "-c", "import attrs, babel"], cwd=Path(folder))
        note = Path(folder) / "note.txt"
        note.write_text(thanknote.draft(thanknote.load_interview(EXAMPLE))[0].text, "utf-8")
        commands = {
            "`thanknote --version`, cold": ["--version"],
            "`thanknote lint` one note, cold": ["lint", str(note)],
            "`thanknote lint` one note with its interview, cold": [
                "lint",
                str(note),
                "--interview",
                str(EXAMPLE),
            ],
            "`thanknote draft` example, cold": ["draft", str(EXAMPLE)],
        }
        lines = []
        for name, arguments in commands.items():
            command = process([*command_line(), *arguments], cwd=Path(folder))
            ours, base, ratio = paired(command, deps, repeat)
            lines.append(row(name, ours * 1e3, base * 1e3, "ms", "attrs + babel", ratio))
    return lines


def interviews(count: int) -> Iterator[thanknote.Interview]:
    for n in range(count):
        yield make_interview(interviewers=1 + n % 4, company=f"Company {n}")


def batch(size: int) -> None:
    """Draft and lint ``size`` interviews in this process; print seconds, notes, peak RSS."""
    import resource

    notes = 0
    start = time.perf_counter()
    for result in thanknote.draft_many(interviews(size)):
        for note in result.notes:
            thanknote.lint(note)  # linting every note is part of the work
            notes += 1
    elapsed = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{elapsed} {notes} {peak_kb}")


def processes(notes: int, repeat: int = 3) -> list[str]:
    """``draft_many`` on one process and on two; the notes come back with their HTML."""
    items: list[thanknote.Interview] = []
    while sum(len(i.interviewers) for i in items) < notes:
        n = len(items)
        items.append(make_interview(interviewers=1 + n % 4, company=f"Company {n}"))
    total = sum(len(i.interviewers) for i in items)

    def run(workers: int) -> None:
        for result in thanknote.draft_many(items, workers=workers):
            for note in result.notes:
                note.html  # noqa: B018 - every note whole, as a process returns it

    # In turn, as every other row: one run of each takes seconds, and this
    # machine's speed drifts more than that between two runs.
    two, one, ratio = paired(lambda: run(2), lambda: run(1), repeat)
    return [
        f"| `draft_many`, {total:,} notes, 2 processes | {two:,.2f} s | {one:,.2f} s "
        f"(1 process, same run) | {1 / ratio:.2f}× throughput on {os.cpu_count()} CPUs |"
    ]


def scaling(sizes: list[int]) -> list[str]:
    """Each size in a fresh process, so peak memory is that batch's own."""
    lines = []
    rows = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--batch", str(size)],
            check=True, capture_output=True, text=True, cwd=ROOT,
        ).stdout.split()  # fmt: skip
        elapsed, notes, peak_kb = float(out[0]), int(out[1]), int(out[2])
        rows.append((size, elapsed, notes, peak_kb / 1024))
    base_size, base_elapsed, base_notes, base_peak = rows[0]
    base_per = base_elapsed / base_notes * 1e6
    for size, elapsed, notes, peak in rows:
        per = elapsed / notes * 1e6
        lines.append(
            f"| {size:,} interviews ({notes:,} notes), drafted and linted, streamed | "
            f"{elapsed:,.1f} s, {per:,.0f} µs/note, peak RSS {peak:.0f} MB | "
            f"{base_per:,.0f} µs/note, {base_peak:.0f} MB ({base_size:,} interviews) | "
            f"{per / base_per:.2f}× per note, {peak - base_peak:+.0f} MB |"
        )
    return lines


def agenda_files(folder: Path, count: int) -> None:
    """``count`` interview files over two months of days; every third has a progress file."""
    text = EXAMPLE.read_text("utf-8")
    for n in range(count):
        day = f"2026-{10 + n % 2}-{1 + n % 28:02d}"
        body = text.replace("2026-11-24", day).replace("Acme Robotics", f"Company {n}")
        (folder / f"interview-{n:04d}.toml").write_text(body, "utf-8")
        if n % 3 == 0:
            done = '[[done]]\nstep = "thank_you"\n'
            (folder / f"interview-{n:04d}.progress.toml").write_text(done, "utf-8")


def agenda_scaling(sizes: list[int], repeat: int) -> list[str]:
    """``agenda`` over folders of N files, against loading and planning each file by hand.

    Every round times each size in turn, so the ratio per file against the
    smallest size is taken within a round, and a drift in the machine's speed
    during the run moves all sizes alike.
    """
    import datetime as dt

    today = dt.date(2026, 11, 24)
    now = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    with tempfile.TemporaryDirectory() as tmp:
        folders = []
        for size in sizes:
            folder = Path(tmp) / str(size)
            folder.mkdir()
            agenda_files(folder, size)
            folders.append(folder)

        def ours(folder: Path) -> float:
            start = time.perf_counter()
            thanknote.agenda([folder], today=today)
            return time.perf_counter() - start

        def base(folder: Path) -> float:
            files = [p for p in sorted(folder.glob("*.toml")) if ".progress." not in p.name]
            start = time.perf_counter()
            for path in files:
                thanknote.plan_follow_up(thanknote.load_interview(path), now=now)
            return time.perf_counter() - start

        ours(folders[0]), base(folders[0])  # warm-up: imports and first-use caches
        rounds = [[(ours(f), base(f)) for f in folders] for _ in range(repeat)]
    lines = []
    for i, size in enumerate(sizes):
        mine = statistics.median(r[i][0] for r in rounds)
        theirs = statistics.median(r[i][1] for r in rounds)
        ratio = statistics.median(r[i][0] / r[i][1] for r in rounds)
        growth = statistics.median((r[i][0] / size) / (r[0][0] / sizes[0]) for r in rounds)
        lines.append(
            f"| `agenda` over {size:,} interview files | {mine:,.2f} s, "
            f"{mine / size * 1e3:,.2f} ms/file | {theirs:,.2f} s (load and plan each file "
            f"by hand) | {ratio:.2f}; {growth:.2f}× per file of {sizes[0]:,} files |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    parser.add_argument("--big", action="store_true", help="add a 100,000-note batch")
    parser.add_argument("--batch", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.batch is not None:
        batch(args.batch)
        return 0
    repeat = 1 if args.quick else 7
    sizes = [1, 3] if args.quick else [10, 100, 400]  # 400 interviews = 1,000 notes
    if args.big:
        sizes.append(40_000)  # 100,000 notes
    print(f"Python {sys.version.split()[0]} on {os.uname().machine}, {os.cpu_count()} CPUs")
    print("| measure | thanknote | baseline (same run) | ratio |")
    print("|---|---|---|---|")
    print(drafting(repeat))
    print(user_template(repeat))
    print(points(repeat))
    for line in linting(repeat, 6 if args.quick else 60):
        print(line)
    for line in imports(1 if args.quick else 9):
        print(line)
    for line in cold_start(1 if args.quick else 5):
        print(line)
    for line in processes(200 if args.quick else 10_000, 1 if args.quick else 3):
        print(line)
    for line in scaling(sizes):
        print(line)
    for line in agenda_scaling([5, 10, 20] if args.quick else [250, 500, 1000], repeat // 2 + 1):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
