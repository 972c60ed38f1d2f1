"""Hostile texts, end to end: seconds and peak memory of ``framing.analyze`` on each.

    python benchmarks/robustness.py [--scale 1.0] [--case NAME ...]

Each case runs in a fresh process with the shipped model, so that its peak memory is its own:

* ``no-punct``: 10 MB of words and spaces, no punctuation and no line break (the splitter's
  ``MAX_SENTENCE_CHARS`` cap makes the sentences);
* ``prose``: 10 MB of ordinary news prose (quotes, attributions, abbreviations) on one line;
* ``initials``: 10 MB of ``"A. "`` repeated (every full stop is a candidate boundary; initials
  chain, so the cap makes the sentences);
* ``emoji``: 1 MB of emoji (ZWJ sequences, flags, skin tones), zero-width characters,
  bidirectional marks and overrides, Arabic and Hebrew words mixed with English;
* ``speakers``: 10 MB of speaker tags ("Smith: ...") in one paragraph, and ``quoted``: 10 MB
  of prose inside one quotation (opened at the start, closed at the end, no quote mark
  between): both were quadratic in the attribution stage (hours for 10 MB) until this
  benchmark found it;
* ``tiny``: 1 MB of ``"1. "`` repeated: a third of a million one-token sentences, the worst
  case for memory, which grows with the number of sentences, not with the characters.

``--scale`` multiplies every size (0.1 for a quick look). Printed per case: characters,
sentences, the longest sentence, wall and CPU seconds, the peak resident memory of the process
during the analysis and how much of it came on top of the loaded model and the text (Linux:
the peak mark is reset before the analysis; elsewhere ``getrusage``, which may include the
model's loading). The texts are generated from a fixed seed, so runs are comparable. Figures:
docs/robustness.md.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000

_WORDS = (
    "the port of halden reopened on friday after a five day strike and workers said that "
    "officials would meet union leaders again next week while ships waited at anchor in the "
    "bay Ines Berg told reporters the deal was a victory for everyone who had been written off "
    "by the company government ministers insisted talks must continue"
).split()

_PROSE = [
    "The port of Halden reopened on Friday after a five-day strike.",
    "According to the port authority, 38 ships were waiting at anchor.",
    '"We got what we came for," said Ines Berg, the head of the dockers\' union.',
    "The deal is a stunning victory for workers who had been written off.",
    "Officials said the bridge was safe, but engineers were not so sure.",
    "Dr. J. A. Smith of St. Mary's Hospital told reporters the U.S. data were incomplete.",
    "Prices rose 3.5 per cent in Jan. and Feb., the statistics office said on Tuesday.",
    "Critics are said to be furious about the decision.",
    "Is this the end of the affair?",
    "“It is a disgrace,” she wrote. “Nobody will forget it.”",
    "The minister, who has held the post since 2019, declined to comment.",
    "Sales at Acme Inc. fell by a third, reportedly because of the strike.",
    "This is perhaps the worst possible outcome for a government already in trouble.",
    "He added that the company would appeal (a move analysts had expected).",
    "The union's leaders believe the agreement will hold until next spring.",
]

_EMOJI = [
    "😀",
    "🎉",
    "👍🏽",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "🇳🇴",
    "❤️",
    "🔥",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "مرحبا ",
    "الحكومة ",
    "שלום ",
    "עולם ",
    "the ",
    "port ",
    "said ",
    "strike ",
    ". ",
    "! ",
    "“",
    "”",
    " ",
    "e\u0301",
]


def _fill(pieces: Callable[[random.Random], str], size: int) -> str:
    rng = random.Random(0)
    out: list[str] = []
    n = 0
    while n < size:
        piece = pieces(rng)
        out.append(piece)
        n += len(piece)
    return "".join(out)[:size]


def no_punct(size: int) -> str:
    return _fill(lambda rng: rng.choice(_WORDS) + " ", size)


def prose(size: int) -> str:
    return _fill(lambda rng: rng.choice(_PROSE) + " ", size)


def initials(size: int) -> str:
    return ("A. " * (size // 3 + 1))[:size]


def emoji(size: int) -> str:
    return _fill(lambda rng: rng.choice(_EMOJI), size)


def speakers(size: int) -> str:
    return _fill(
        lambda rng: rng.choice(("Smith", "Jones", "Berg")) + ": " + rng.choice(_PROSE) + " ", size
    )


def quoted(size: int) -> str:
    plain = [s for s in _PROSE if not any(q in s for q in '"“”')]
    return "“" + _fill(lambda rng: rng.choice(plain) + " ", size - 2) + "”"


def tiny(size: int) -> str:
    return ("1. " * (size // 3 + 1))[:size]


CASES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "no-punct": (no_punct, 10 * MB, "10 MB, no punctuation, no newline"),
    "prose": (prose, 10 * MB, "10 MB news prose, no newline"),
    "initials": (initials, 10 * MB, '10 MB of "A. "'),
    "emoji": (emoji, 1 * MB, "1 MB emoji / zero-width / bidi mix"),
    "speakers": (speakers, 10 * MB, '10 MB of "Name: ..." tags, one paragraph'),
    "quoted": (quoted, 10 * MB, "10 MB of prose inside one quotation"),
    "tiny": (tiny, 1 * MB, '1 MB of "1. " (one-token sentences)'),
}


def _status_mb(field: str) -> float | None:
    """``VmRSS`` (now) or ``VmHWM`` (peak since the last reset) from /proc, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (Linux), so that the peak is the analysis's own."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def child(name: str, scale: float) -> dict[str, object]:
    """Run one case in this process; returns its figures."""
    sys.path.insert(0, str(ROOT))
    import framing

    make, size, _ = CASES[name]
    framing.load()
    framing.analyze("Warm up: the port reopened.")
    text = make(max(1, int(size * scale)))
    base = _status_mb("VmRSS") if _reset_peak() else None
    base = _peak_mb() if base is None else base
    wall, cpu = time.perf_counter(), time.process_time()
    analysis = framing.analyze(text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    lengths = [s.end - s.start for s in analysis.sentences]
    return {
        "case": name,
        "chars": len(text),
        "sentences": len(lengths),
        "longest": max(lengths, default=0),
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_mb": round(_peak_mb()),
        "added_mb": round(_peak_mb() - base),
        "lang": analysis.lang,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="only these")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.scale)))
        return 0
    header = (
        f"{'case':<40} {'chars':>11} {'sentences':>10} {'longest':>8} "
        f"{'s':>7} {'cpu s':>7} {'peak MB':>8} {'+MB':>6} lang"
    )
    print(header)
    print("-" * len(header))
    for name in args.case or list(CASES):
        cmd = [sys.executable, __file__, "--child", name, "--scale", str(args.scale)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{name}: failed ({done.returncode})\n{done.stderr[-2000:]}")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{CASES[name][2]:<40} {r['chars']:>11,} {r['sentences']:>10,} {r['longest']:>8,} "
            f"{r['seconds']:>7.1f} {r['cpu_seconds']:>7.1f} {r['peak_mb']:>8,} "
            f"{r['added_mb']:>6,} {r['lang']}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
