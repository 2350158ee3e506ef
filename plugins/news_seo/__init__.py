"""Wirefeed page metadata: descriptions, reading time, related stories, JSON-LD, sitemaps."""

from .glue import register

__all__ = ["register"]
