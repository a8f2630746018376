from __future__ import annotations

from reportqa.cli import main

raise SystemExit(main())
