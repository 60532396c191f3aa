.PHONY: serve test lint unit bench bench-against bench-batch eval loadtest clean chromium screenshots
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# `make serve PORT=8080 HOST=0.0.0.0` to serve elsewhere.
HOST ?= 127.0.0.1
PORT ?= 5000

# Everything installs from the pinned constraints, so a fresh clone gets what the tests passed with.
$(STAMP): setup.cfg constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,batch]'
	touch $(STAMP)

serve: $(STAMP)  ## the same server and settings as the Procfile, on $(HOST):$(PORT)
	$(BIN)/gunicorn --config gunicorn.conf.py --bind $(HOST):$(PORT) "service:create_app()"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The browser tests drive Debian's Chromium; install it when missing. Outside CI a failed
# install only skips those tests (they say so); in CI (CI=true) it stops here.
chromium:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y --no-install-recommends chromium) \
		|| { echo "Chromium could not be installed: the browser tests will be skipped."; [ "$$CI" != true ]; }

test: lint chromium
	$(BIN)/pytest

# Not part of `make test`: the library against dateparser in one process, then gunicorn (the
# Procfile's settings) under load on 127.0.0.1. Takes about three minutes; the last lines are
# the table of figures and targets. Run it on an otherwise idle machine.
bench: $(STAMP)
	$(BIN)/pytest bench -p no:cacheprovider --benchmark-columns=min,median,max,rounds

# The commit whose HTTP throughput issue 10 holds us to (its 'today').
BASELINE ?= 0497520
bench-against: $(STAMP)  ## make bench in turn with BASELINE's, A B B A, twice
	$(BIN)/python scripts/bench_against.py $(BASELINE) --rounds 2

# Not part of `make test` either: `timeline batch` on 20,000 generated articles, the plain loop
# against Dask with 1 and 2 local workers and two loops at once, three times, then the best of
# each and the median of the runs' ratios (about three
# minutes on 2 cores).
bench-batch: $(STAMP)
	$(BIN)/python scripts/bench_batch.py --articles 20000 --repeat 3

# The README's pictures of the page (docs/timeline-page.png, docs/timeline-phone.png), taken
# by the browser tests that check the desktop axis and the phone layout.
screenshots: $(STAMP) chromium
	TIMELINE_SCREENSHOTS=docs $(BIN)/pytest tests/browser/test_page.py -k "seed_axis or phone" -q

eval: $(STAMP)
	$(BIN)/python scripts/run_eval.py

# Not part of `make test`: 60 s of 24 clients, a third of them hostile (idle, a byte at a
# time, lingering, never reading, a slow stream), against gunicorn with the Procfile's
# settings on 127.0.0.1; one worker SIGKILLed halfway, then a SIGTERM drain under load.
loadtest: $(STAMP)
	$(BIN)/python scripts/loadtest.py --clients 24 --seconds 60

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
