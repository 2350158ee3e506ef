# Wirefeed: raw news text -> Markdown -> Pelican site -> feeds.
# `make html` sets everything up on a fresh machine; `make test` runs the suite.

PY ?= python3
# The code (settings, theme, plugins, .venv) lives beside this Makefile; the site's content/,
# seeds/ and output/ live in the folder make runs in (the same folder, unless make -f/-C).
CODEDIR := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
VENV ?= $(CODEDIR)/.venv
VPY := $(VENV)/bin/python
PELICAN ?= $(VENV)/bin/pelican
PELICANOPTS ?=

BASEDIR = $(CURDIR)
INPUTDIR = $(BASEDIR)/content
OUTPUTDIR = $(BASEDIR)/output
CONFFILE = $(CODEDIR)/pelicanconf.py
PUBLISHCONF = $(CODEDIR)/publishconf.py
LOCKFILE = $(CODEDIR)/requirements.lock

DEBUG ?= 0
ifeq ($(DEBUG), 1)
	PELICANOPTS += -D
endif

RELATIVE ?= 0
ifeq ($(RELATIVE), 1)
	PELICANOPTS += --relative-urls
endif

STRICT ?= 0
export WIREFEED_STRICT := $(STRICT)

PORT ?= 8000
SERVER ?= 127.0.0.1

# Atomic builds and the live preview (plugins/wirefeed_publish/).
PUBLISH_TOOL = PYTHONPATH="$(CODEDIR)/plugins" "$(VPY)" -m wirefeed_publish
SITE_DIRS = --content "$(INPUTDIR)" --output "$(OUTPUTDIR)"

# Deploy targets (each runs `make publish` first, then sends output/).
GITHUB_PAGES_REMOTE ?= origin
GITHUB_PAGES_BRANCH ?= gh-pages
GITHUB_PAGES_MESSAGE ?= Publish the Wirefeed site
GITHUB_PAGES_CNAME ?=
RSYNC_TARGET ?=
RSYNC_OPTS ?=
SSH_PORT ?= 22
S3_BUCKET ?=
S3_ENDPOINT ?=
S3_OPTS ?=
AWS ?= aws

STAMP := $(VENV)/.wirefeed-installed

help:
	@echo 'Wirefeed'
	@echo ''
	@echo '  make html          set up .venv, convert seeds/, build output/ and the feeds'
	@echo '  make test          run the whole test suite'
	@echo '  make convert       convert seeds/ into content/ only (FORCE=1, CHECK=1, STRICT=1)'
	@echo '  make eval          field accuracy of the converter over tests/fixtures/convert (VERBOSE=1)'
	@echo '  make eval-tags     tag precision, recall and F1 over tests/fixtures/tags (VERBOSE=1)'
	@echo '  make clean         remove output/'
	@echo '  make regenerate    rebuild on every change to seeds/, content/, theme/, settings'
	@echo '  make serve         serve output/ on http://$(SERVER):$(PORT)'
	@echo '  make devserver     rebuild on those changes and serve output/'
	@echo '  make publish       production build with publishconf.py, swapped into output/'
	@echo '  make github        publish, then push output/ to the gh-pages branch (ghp-import)'
	@echo '  make rsync_upload  publish, then rsync output/ to RSYNC_TARGET (SSH or a folder)'
	@echo '  make s3_upload     publish, then sync output/ to S3_BUCKET (AWS CLI; S3_ENDPOINT)'
	@echo '  make bench         time and memory of conversion and build on a bigger site (COPIES=25)'
	@echo '  make lint          ruff over plugins/ and tests/'
	@echo '  make lock          re-resolve pyproject.toml into requirements.lock'
	@echo ''
	@echo 'Switches: DEBUG=1, RELATIVE=1, STRICT=1 (bad seeds fail the build), PORT=8000'

$(STAMP): $(LOCKFILE)
	test -x $(VPY) || $(PY) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCKFILE)
	touch $@

venv: $(STAMP)

html: $(STAMP)
	"$(PELICAN)" "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS)

convert: $(STAMP)
	PYTHONPATH=plugins "$(VPY)" -m news_import --settings "$(CONFFILE)" \
		$(if $(filter 1,$(FORCE)),--force) $(if $(filter 1,$(CHECK)),--check) \
		$(if $(filter 1,$(STRICT)),--strict)

eval: $(STAMP)
	PYTHONPATH=plugins "$(VPY)" -m news_import.evaluate $(if $(filter 1,$(VERBOSE)),--verbose)

eval-tags: $(STAMP)
	PYTHONPATH=plugins "$(VPY)" -m news_import.tagging.evaluate --fixtures tests/fixtures/tags \
		--editorial "$(INPUTDIR)/editorial" $(if $(filter 1,$(VERBOSE)),--verbose)

bench: $(STAMP)
	"$(VPY)" tests/bench/bench_build.py $(if $(COPIES),--copies $(COPIES))

test: $(STAMP)
	bash "$(CODEDIR)/.ci/system-tools"
	"$(VPY)" -m pytest -n auto

lint: $(STAMP)
	"$(VENV)/bin/ruff" check plugins tests pelicanconf.py publishconf.py

clean:
	[ ! -d "$(OUTPUTDIR)" ] || rm -rf "$(OUTPUTDIR)"

regenerate: $(STAMP)
	$(PUBLISH_TOOL) devserver --settings "$(CONFFILE)" $(SITE_DIRS) --no-serve -- $(PELICANOPTS)

serve: $(STAMP)
	"$(PELICAN)" -l "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS) -p $(PORT) -b $(SERVER)

serve-global: $(STAMP)
	"$(PELICAN)" -l "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS) -p $(PORT) -b 0.0.0.0

devserver: $(STAMP)
	$(PUBLISH_TOOL) devserver --settings "$(CONFFILE)" $(SITE_DIRS) --bind $(SERVER) --port $(PORT) \
		-- $(PELICANOPTS)

devserver-global: $(STAMP)
	$(PUBLISH_TOOL) devserver --settings "$(CONFFILE)" $(SITE_DIRS) --bind 0.0.0.0 --port $(PORT) \
		-- $(PELICANOPTS)

publish: $(STAMP)
	$(PUBLISH_TOOL) build --settings "$(PUBLISHCONF)" $(SITE_DIRS) -- $(PELICANOPTS)

github: publish
	git fetch --quiet "$(GITHUB_PAGES_REMOTE)" "+$(GITHUB_PAGES_BRANCH):$(GITHUB_PAGES_BRANCH)" \
		2>/dev/null || true
	"$(VENV)/bin/ghp-import" --no-jekyll --push --remote "$(GITHUB_PAGES_REMOTE)" \
		--branch "$(GITHUB_PAGES_BRANCH)" --message "$(GITHUB_PAGES_MESSAGE)" \
		$(if $(GITHUB_PAGES_CNAME),--cname "$(GITHUB_PAGES_CNAME)") "$(OUTPUTDIR)"

rsync_upload: publish
	@test -n "$(RSYNC_TARGET)" || { echo 'Set RSYNC_TARGET=user@host:/srv/www/ or a folder'; exit 2; }
	rsync -e "ssh -p $(SSH_PORT)" --recursive --links --times --omit-dir-times --delete \
		--itemize-changes $(RSYNC_OPTS) "$(OUTPUTDIR)/" "$(RSYNC_TARGET)"

s3_upload: publish
	@test -n "$(S3_BUCKET)" || { echo 'Set S3_BUCKET=name (and S3_ENDPOINT=URL off AWS)'; exit 2; }
	"$(AWS)" s3 sync "$(OUTPUTDIR)/" "s3://$(S3_BUCKET)" --delete --no-progress \
		$(if $(S3_ENDPOINT),--endpoint-url "$(S3_ENDPOINT)") $(S3_OPTS)

lock:
	$(PY) -m venv $(BASEDIR)/.lock-venv
	$(BASEDIR)/.lock-venv/bin/pip install --quiet uv
	$(BASEDIR)/.lock-venv/bin/uv pip compile pyproject.toml --group dev --generate-hashes \
		--python-version 3.11 --universal -o $(LOCKFILE)

.PHONY: bench
.PHONY: help venv html convert eval eval-tags test lint clean regenerate serve serve-global devserver \
	devserver-global publish github rsync_upload s3_upload lock
