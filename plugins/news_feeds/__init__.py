"""Wirefeed feeds: Atom, RSS and JSON Feed for the site, every tag, category, author and topic."""

from .glue import register

__all__ = ["register"]
