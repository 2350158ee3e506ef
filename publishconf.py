"""Wirefeed production settings (``make publish``): absolute URLs on the public domain.

Everything else comes from ``pelicanconf.py``. ``WIREFEED_SITEURL`` (environment) sets the
public address without editing this file; pages, feeds and sitemaps all use it.
"""

import os
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("WIREFEED_SITEURL", "https://news.example.org").rstrip("/")
RELATIVE_URLS = False
# Feed links and ids carry the public domain (news_feeds reads FEED_DOMAIN, then SITEURL).
FEED_DOMAIN = SITEURL
# make publish builds into a fresh folder beside output/ and swaps it in; a build run by
# hand with these settings starts from an empty output folder too.
DELETE_OUTPUT_DIRECTORY = True
