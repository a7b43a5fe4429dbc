"""A pool of warm Jupyter kernels for running report notebooks fast.

Starting a kernel costs more than most reports' work (measured here: the
papermill CLI takes about 2.8 s a report, cold). Each worker process of the
pool starts one kernel once, imports the toolkit, pandas and matplotlib in it
and loads the word lists, then runs article after article through papermill
on that kernel, clearing the kernel's namespace between articles (``%reset``)
so that no article sees another's variables. Workers run in parallel, one per
core by default.

Papermill executes through a small engine (:class:`WarmEngine`) that hands
papermill's notebook client an already-running kernel and client instead of
starting new ones; everything else -- parameter injection, error cells,
output notebook -- is papermill's own.
"""
from __future__ import annotations

import atexit
import os
from functools import cache

WARM_UP = (
    "import pandas, matplotlib\n"
    "import toolkit\n"
    "from toolkit import highlight, plots\n"
    "toolkit.analyze_text('Warm up. \u201cIt works,\u201d the mayor said, and he may be right.')\n"
)
RESET = "%reset -f\n"

_kernel: dict = {}  # per worker process: the kernel manager and client


def _engine():
    """The papermill engine that reuses a running kernel (built lazily: papermill is heavy)."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.log import logger

    class WarmEngine(NBClientEngine):
        """Execute on the kernel manager and client passed as ``km`` and ``kc``."""

        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False,
                                     stdout_file=None, stderr_file=None, start_timeout=60,
                                     execution_timeout=None, **kwargs):
            client = PapermillNotebookClient(
                nb_man, km=kwargs["km"], timeout=execution_timeout,
                startup_timeout=start_timeout, kernel_name=kernel_name, log=logger,
                log_output=log_output, stdout_file=stdout_file, stderr_file=stderr_file)
            client.kc = kwargs["kc"]  # a running client: nbclient neither starts nor stops it
            return client.execute()

    papermill_engines.register("toolkit-warm", WarmEngine)
    return "toolkit-warm"


def _run_code(code: str) -> None:
    """Run ``code`` on this worker's kernel and wait for it to finish."""
    kc = _kernel["kc"]
    msg_id = kc.execute(code, store_history=False)
    while True:
        reply = kc.get_shell_msg(timeout=120)
        if reply["parent_header"].get("msg_id") == msg_id:
            if reply["content"]["status"] != "ok":
                raise RuntimeError(f"warm kernel failed: {reply['content'].get('evalue')}")
            return


#: how often a worker tries to start its kernel (a port race can kill the first one)
KERNEL_START_ATTEMPTS = 3


@cache
def quiet_kernel_manager():
    """A kernel manager class (for papermill's ``kernel_manager_class``) whose kernels keep
    their own log lines, a transport warning and, when Ctrl-C lands while one starts, a
    traceback, off the user's terminal: failures come back as cell errors or a start
    timeout. Built once per process."""
    import subprocess

    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        async def start_kernel(self, **kw):  # type: ignore[override]
            kw.setdefault("stderr", subprocess.DEVNULL)
            await super().start_kernel(**kw)

    return QuietKernelManager


def start_worker(cwd: str) -> None:
    """Start this process's kernel in ``cwd`` and warm it up (a pool initializer).

    Workers ignore Ctrl-C: the main process decides; an article in progress
    finishes (its files are written atomically) and queued ones are cancelled.
    """
    import signal
    import subprocess

    from jupyter_client.manager import KernelManager

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for attempt in range(KERNEL_START_ATTEMPTS):
        km = KernelManager(kernel_name="python3")
        km.start_kernel(cwd=cwd, stderr=subprocess.DEVNULL)  # (as quiet_kernel_manager)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
            break
        except RuntimeError:
            # two workers starting together can be handed the same free TCP port, and one
            # kernel then dies at bind ("Address already in use"): start again on new ports
            kc.stop_channels()
            if km.has_kernel:
                km.shutdown_kernel(now=True)
            if attempt == KERNEL_START_ATTEMPTS - 1:
                raise
    # the kernel warms up while this process loads papermill and the HTML templates;
    # kernel messages run in order, so the first article's reset waits for the warm-up
    kc.execute(WARM_UP, store_history=False)
    _kernel.update(km=km, kc=kc, engine=_engine())
    atexit.register(stop_worker)


def stop_worker() -> None:
    """Shut this process's kernel down."""
    km, kc = _kernel.pop("km", None), _kernel.pop("kc", None)
    if kc is not None:
        kc.stop_channels()
    if km is not None and km.has_kernel:
        km.shutdown_kernel(now=True)


def execute(notebook: str, output: str, parameters: dict, cwd: str):
    """Run ``notebook`` with ``parameters`` into ``output`` on this worker's warm kernel;
    return the executed notebook."""
    import papermill

    if "kc" not in _kernel:
        start_worker(cwd)
    _run_code(RESET)
    return papermill.execute_notebook(notebook, output, parameters=parameters,
                               progress_bar=False,
                               log_output=False, cwd=cwd, language="python",
                               request_save_on_cell_execute=False,  # written once, at the end
                               engine_name=_kernel["engine"], km=_kernel["km"],
                               kc=_kernel["kc"])


def default_workers() -> int:
    """One worker per core (at least one)."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)
