"""Wirefeed build report: one summary line at the end of every build (logged, never written)."""

from .glue import register

__all__ = ["register"]
