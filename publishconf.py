"""Wirefeed production settings (``make publish``): absolute URLs for the public site."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("WIREFEED_SITEURL", "https://news.example.org")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
