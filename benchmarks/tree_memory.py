"""Peak resident memory of a process and all its descendants, sampled from a separate process.

    python benchmarks/tree_memory.py -- COMMAND [ARGS...]   # runs it; prints wall time and peak

A sampling thread inside the measured process would change what it measures: a thread running
makes the pipeline start its workers from a forkserver instead of forking (pipeline._context).
So the sampler is a child process of its own (TreeSampler), left out of the sum.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time

import psutil

INTERVAL = 0.2  # reading every process's page map costs CPU the measured run would miss


def tree_rss(pid: int, skip: int | None = None) -> int:
    """Proportional resident bytes (PSS) of ``pid`` and its descendants (``skip``: a pid left out).

    PSS, not RSS: forked workers share their parent's pages until they write to them, and RSS
    would count each shared page once per process."""
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for proc in procs:
        if proc.pid == skip:
            continue
        with contextlib.suppress(psutil.Error):
            total += proc.memory_full_info().pss
    return total


class TreeSampler:
    """``with TreeSampler() as s: ...`` then ``s.peak_mib``: the peak of this process's tree meanwhile."""

    def __init__(self, pid: int | None = None):
        self.pid = pid or os.getpid()
        self.peak_mib = 0.0
        self.cpu_s = 0.0  # the sampler's own CPU seconds: callers timing their children subtract it

    def __enter__(self) -> TreeSampler:
        self.proc = subprocess.Popen([sys.executable, __file__, "--sample", str(self.pid)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        return self

    def __exit__(self, *exc) -> None:
        out, _ = self.proc.communicate("stop\n")
        peak, cpu = (out.split() + ["0", "0"])[:2]
        self.peak_mib, self.cpu_s = float(peak) / 2**20, float(cpu)


def _sample(pid: int) -> None:
    """Sample until stdin says stop (or closes), then print the peak in bytes."""
    import selectors

    me = os.getpid()
    peak = 0
    selector = selectors.DefaultSelector()
    selector.register(sys.stdin, selectors.EVENT_READ)
    while not selector.select(timeout=INTERVAL):
        peak = max(peak, tree_rss(pid, skip=me))
    times = os.times()
    print(peak, times.user + times.system)


def main() -> None:
    if sys.argv[1:2] == ["--sample"]:
        _sample(int(sys.argv[2]))
        return
    command = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else sys.argv[1:]
    if not command or (command[0] in ("-h", "--help") and "--" not in sys.argv):
        print(__doc__.strip())
        sys.exit(0 if command else 2)
    started = time.perf_counter()
    proc = subprocess.Popen(command)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(INTERVAL)
    print(f"exit {proc.returncode}; wall {time.perf_counter() - started:.1f} s; "
          f"peak PSS of the process tree {peak / 2**20:.0f} MiB", file=sys.stderr)
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
