"""`streamlit run dashboard/app.py` on 127.0.0.1 for the browser benchmarks, started and stopped by PID.

Shared by bench_sessions.py and bench_browser.py: a free port, the server process, a wait for
its health endpoint.  The server's output goes to a file the caller names (or nowhere), so a
failed start can be shown.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "dashboard" / "app.py"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(app_args: Sequence[str] = (), env: dict[str, str] | None = None, log: Path | None = None,
                     timeout: float = 150.0, unset: Sequence[str] = (),
                     app: Path = DASHBOARD, cwd: Path = ROOT) -> Iterator[tuple[subprocess.Popen, str]]:
    """The dashboard (or another Streamlit ``app``) served on a free port: yields the process and its
    base URL; stopped on exit.

    ``unset`` names variables of this environment the server must not inherit (a test's server
    must not read the developer's TENSION_TRACKER_DB), ``env`` adds its own.  ``cwd``: where Streamlit
    reads its .streamlit/config.toml (another checkout's own settings)."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(app),
               "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
               "--browser.gatherUsageStats", "false"]
    if app_args:
        command += ["--", *app_args]
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    inherited = {k: v for k, v in os.environ.items() if k not in unset}
    server = subprocess.Popen(command, cwd=cwd, env={**inherited, **(env or {})}, stdout=out,
                              stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(base + "/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not become healthy (see {log})" if log else
                                   "streamlit did not become healthy")
            time.sleep(0.2)
        yield server, base
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)
        if log:
            out.close()  # type: ignore[union-attr]
