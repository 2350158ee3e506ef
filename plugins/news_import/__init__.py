"""Wirefeed seed conversion: raw article text in ``seeds/`` becomes Markdown in ``content/``."""

from .glue import register

__all__ = ["register"]
