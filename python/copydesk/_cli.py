"""The ``copydesk`` console command: the Rust command line, launched from Python."""

import signal
import sys

from ._copydesk import run_cli


def main() -> None:
    """Run ``copydesk`` with this process's arguments and exit with its status."""
    # Ctrl-C and a closed pipe end the command as they would a native program.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.stdout.flush()
    sys.exit(run_cli(sys.argv[1:]))


if __name__ == "__main__":
    main()
