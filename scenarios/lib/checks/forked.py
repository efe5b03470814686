"""forked.py: Python work run in a fork of a check's process, for checks that run a test suite
several times (day-at-work, scope-pushback, feature-flag, flaky-test). Importing pytest costs
more than these suites, so a check imports it once and runs each suite in a child of its own
process; the learner's code runs only in the child, which starts as clean as a new interpreter
(nothing of the learner's imported yet) and ends as one ends, and the verdict is the child's exit
status from waitpid, as with a process per run.

A check reaches this module at /checks/_shared (the engine copies scenarios/lib/checks there):
    sys.path.append("/checks/_shared")
    import forked
"""
import atexit
import locale
import os
import subprocess
import sys
import tempfile
import threading
import time
import traceback

SHARED = os.path.dirname(os.path.abspath(__file__))


def become_child(body):
    """In a fresh child: runs body() and exits with its result as an interpreter would exit with
    sys.exit(result) (SystemExit honoured, an exception printed and exit 1), after the rest of an
    interpreter's exit (other threads, atexit handlers, buffers). Never returns."""
    code = 1
    try:
        if SHARED in sys.path:   # a new interpreter would not have it
            sys.path.remove(SHARED)
        code = body()
    except SystemExit as e:
        code = 0 if e.code is None else e.code if isinstance(e.code, int) else 1
    except BaseException:
        traceback.print_exc()
    try:
        threading._shutdown()
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(int(code) & 0xFF)


def wait(pid, timeout, argv):
    """The child's exit code as Popen.wait(timeout) gives it; past timeout (None: no limit) the
    child is killed and subprocess.TimeoutExpired(argv, timeout) raised."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, 0 if deadline is None else os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            raise subprocess.TimeoutExpired(argv, timeout)
        time.sleep(0.02)


def text_of(data):
    """Bytes decoded as subprocess's text mode decodes a child's output."""
    text = data.decode("utf-8" if sys.flags.utf8_mode else locale.getencoding())
    return text.replace("\r\n", "\n").replace("\r", "\n")


def run(body, cwd, timeout, argv):
    """(exit code, stdout, stderr) of body() run in a child started in cwd, as
    subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout) gives them for
    the program argv names."""
    files = [tempfile.TemporaryFile(), tempfile.TemporaryFile()]
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        def in_cwd():
            os.dup2(files[0].fileno(), 1)
            os.dup2(files[1].fileno(), 2)
            os.chdir(cwd)
            return body()
        become_child(in_cwd)
    code = wait(pid, timeout, argv)
    out = []
    for f in files:
        f.seek(0)
        out.append(text_of(f.read()))
    return code, out[0], out[1]
