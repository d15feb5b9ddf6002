"""A real Oxigraph server on loopback, for the tests and the benchmarks (cckg itself never starts one).

``oxigraph serve`` and ``oxigraph serve-read-only`` come with the ``oxigraph`` package (the
``test`` extra). The server is started on a free port of 127.0.0.1, used once it answers a
SPARQL ``ASK``, and stopped by its own process id.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> Path | None:
    """The ``oxigraph`` command of this interpreter's environment, else the one on PATH."""
    candidate = Path(sys.executable).parent / "oxigraph"
    found = candidate if candidate.exists() else shutil.which("oxigraph")
    return Path(found) if found else None


def _answers(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


@contextmanager
def oxigraph_server(
    command: Sequence[str | Path], log: Path, *, start_timeout: float = 30.0
) -> Iterator[str]:
    """Run ``command --bind 127.0.0.1:PORT`` (e.g. ``[binary, "serve"]``) and yield its base URL.

    The port could be taken between probing and binding, so a failed start is retried on another
    one (three tries). ``log`` receives the server's output; a start that fails says where it is.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        base = f"http://127.0.0.1:{(port := free_port())}"
        with log.open("ab") as fh:
            proc = subprocess.Popen(
                [*map(str, command), "--bind", f"127.0.0.1:{port}"], stdout=fh, stderr=fh
            )
        deadline = time.monotonic() + start_timeout
        while proc.poll() is None and time.monotonic() < deadline and not _answers(base):
            time.sleep(0.1)
        if proc.poll() is None and _answers(base):
            break
        stop(proc)
    else:
        raise RuntimeError(f"oxigraph did not start; its output is in {log}")
    try:
        yield base
    finally:
        stop(proc)


def stop(proc: subprocess.Popen[bytes], timeout: float = 10) -> None:
    """Terminate a server process and wait for it; kill it if it does not stop in ``timeout`` s."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
