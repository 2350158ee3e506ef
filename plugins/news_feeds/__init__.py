"""Wirefeed feeds: Atom and RSS for the whole site and for every tag, written with feedgen."""

from .glue import register

__all__ = ["register"]
