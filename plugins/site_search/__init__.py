"""Wirefeed static search: Pagefind indexes the built pages once Pelican has written them."""

from .glue import register

__all__ = ["register"]
