"""A ``geo`` run with one function of the product replaced, for fault tests."""

#: Runs ``geo`` with one function replaced: its n-th call kills the process
#: (SIGKILL) or raises KeyboardInterrupt (what Ctrl-C does), before doing anything.
HOOKED = """
import importlib, os, signal, sys, time
module_name, name, n, how = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
module = importlib.import_module(module_name)
real, calls = getattr(module, name), [0]
def hooked(*args, **kwargs):
    calls[0] += 1
    if calls[0] == n:
        if how == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        if how == "ctrl-c":
            raise KeyboardInterrupt
        if how == "barrier":  # say we are here, then wait for the test's go
            open(os.environ["GEO_TEST_READY"], "w").close()
            while not os.path.exists(os.environ["GEO_TEST_GO"]):
                time.sleep(0.05)
    return real(*args, **kwargs)
setattr(module, name, hooked)
from geo.cli import main
sys.exit(main(sys.argv[5:]))
"""
