"""Start reportqa: build the index if missing or stale, then serve the UI and the APIs."""

from __future__ import annotations

import sys

from reportqa.cli import main

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
