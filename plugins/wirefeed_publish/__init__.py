"""Wirefeed publishing tools (``python -m wirefeed_publish``): atomic builds and live preview.

Not a Pelican plugin: the Makefile runs it around Pelican (``make publish``, ``make devserver``).
"""
