# Serves HTTP and exits with status 7 on SIGTERM, so a test can check that run, with
# ENABLE_INIT_WRAPPER set, passes docker stop's SIGTERM on and returns the app's exit status.
import signal
import sys

import hello

EXIT_STATUS_ON_SIGTERM = 7


def exit_on_sigterm(signal_number, frame):
    print(f"init-wrapper-app: received SIGTERM, exiting with status {EXIT_STATUS_ON_SIGTERM}", flush=True)
    sys.exit(EXIT_STATUS_ON_SIGTERM)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, exit_on_sigterm)
    hello.serve("app.py", body="Hello from init-wrapper-app\n")
