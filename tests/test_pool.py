"""The warm-kernel pool: a worker survives a kernel that dies at start (a port race)."""
from __future__ import annotations

import signal
import sys
import types

from toolkit import pool


class _FakeClient:
    def __init__(self, manager: _FakeManager) -> None:
        self.manager = manager
        self.stopped = False

    def start_channels(self) -> None:
        pass

    def stop_channels(self) -> None:
        self.stopped = True

    def wait_for_ready(self, timeout: int) -> None:
        if _FakeManager.failures_left:
            _FakeManager.failures_left -= 1
            raise RuntimeError("Kernel died before replying to kernel_info")

    def execute(self, code: str, store_history: bool = False) -> str:
        return "msg"


class _FakeManager:
    failures_left = 0
    started = 0
    shut_down = 0

    def __init__(self, kernel_name: str) -> None:
        self.has_kernel = False

    def start_kernel(self, cwd: str, **kw) -> None:  # (and the stderr the kernel writes to)
        _FakeManager.started += 1
        self.has_kernel = True

    def client(self) -> _FakeClient:
        return _FakeClient(self)

    def shutdown_kernel(self, now: bool = False) -> None:
        _FakeManager.shut_down += 1
        self.has_kernel = False


def _patch(monkeypatch, failures: int) -> None:
    _FakeManager.failures_left, _FakeManager.started, _FakeManager.shut_down = failures, 0, 0
    fake = types.ModuleType("jupyter_client.manager")
    fake.KernelManager = _FakeManager
    monkeypatch.setitem(sys.modules, "jupyter_client.manager", fake)
    monkeypatch.setattr(pool, "_engine", lambda: None)
    monkeypatch.setattr(pool.atexit, "register", lambda fn: None)
    monkeypatch.setattr(signal, "signal", lambda *a: None)


def test_a_kernel_that_dies_at_start_is_started_again(monkeypatch, tmp_path):
    _patch(monkeypatch, failures=1)
    pool.start_worker(str(tmp_path))
    assert _FakeManager.started == 2 and _FakeManager.shut_down == 1
    assert pool._kernel["km"].has_kernel
    pool._kernel.clear()


def test_a_kernel_that_never_starts_fails_loudly(monkeypatch, tmp_path):
    _patch(monkeypatch, failures=pool.KERNEL_START_ATTEMPTS)
    try:
        pool.start_worker(str(tmp_path))
    except RuntimeError as exc:
        assert "Kernel died" in str(exc)
    else:
        raise AssertionError("a kernel that never starts must raise")
    assert _FakeManager.started == pool.KERNEL_START_ATTEMPTS
    pool._kernel.clear()
