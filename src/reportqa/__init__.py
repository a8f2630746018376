"""reportqa: answer factual questions about a report with verbatim quotes and exact citations."""

from __future__ import annotations

__version__ = "0.2.0"
