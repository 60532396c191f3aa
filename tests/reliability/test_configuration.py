"""Settings that fail closed: API keys, and the serving limits read from the environment;
and which routes the worker may run on its event loop."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from service import create_app
from service.contract import quick_paths
from service.serving import ServingLimits

GUNICORN_CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"
GOOD_KEY = "0123456789abcdef0123"


@pytest.mark.parametrize(
    "value", ["", " ", ",", ", ,", "[]", "null", "{}", "true", f"{GOOD_KEY},", f",{GOOD_KEY}"]
)
def test_a_set_but_empty_or_malformed_key_setting_refuses_to_start(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("TIMELINE_API_KEYS", value)
    with pytest.raises(ValueError, match="TIMELINE_API_KEYS is set but unusable"):
        create_app({"TESTING": True})
    with pytest.raises(SystemExit, match="TIMELINE_API_KEYS is set but unusable"):
        runpy.run_path(str(GUNICORN_CONF))  # the server stops before it loads the app


@pytest.mark.parametrize(
    "key", ["a", "x" * 15, "has space in it!!", "with\ttab-0123456789", "ünïcode-0123456789"]
)
def test_short_or_unsendable_keys_are_refused(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    monkeypatch.setenv("TIMELINE_API_KEYS", f"{GOOD_KEY},{key}")
    with pytest.raises(ValueError, match="key 2 is not at least 16 characters"):
        create_app({"TESTING": True})


@pytest.mark.parametrize("value", ["", [], ",", None])
def test_keys_given_as_overrides_fail_closed_too(
    monkeypatch: pytest.MonkeyPatch, value: object
) -> None:
    monkeypatch.setenv("TIMELINE_API_KEYS", "")  # None as an override still meets the variable
    with pytest.raises(ValueError):
        create_app({"TESTING": True, "API_KEYS": value})


def test_the_refusal_does_not_show_the_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_API_KEYS", f"{GOOD_KEY},short")
    with pytest.raises(ValueError) as refused:
        create_app({"TESTING": True})
    assert GOOD_KEY not in str(refused.value) and "short" not in str(refused.value)


def test_unset_keys_leave_the_api_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIMELINE_API_KEYS", raising=False)
    client = create_app({"TESTING": True}).test_client()
    assert (
        client.post("/v1/resolve", json={"phrase": "today", "published": "2022-03-14"}).status_code
        == 200
    )


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("TIMELINE_THREADS", "0"),
        ("TIMELINE_THREADS", "four"),
        ("TIMELINE_HEADER_TIMEOUT", "-1"),
        ("TIMELINE_CLIENT_TIMEOUT", "inf"),
        ("TIMELINE_CLIENT_TIMEOUT", "nan"),
        ("TIMELINE_MAX_STREAMS", "4"),  # as many as the 4 threads: none left for the rest
    ],
)
def test_bad_serving_settings_stop_the_server_at_start(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValueError, match=variable):
        ServingLimits.from_environ()
    with pytest.raises(SystemExit, match=variable):
        runpy.run_path(str(GUNICORN_CONF))  # what gunicorn's master does first


def test_streams_get_at_most_half_the_threads_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_THREADS", "6")
    monkeypatch.delenv("TIMELINE_MAX_STREAMS", raising=False)
    assert ServingLimits.from_environ().max_streams == 3


def test_no_control_socket_unless_one_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIMELINE_CONTROL_SOCKET", raising=False)
    assert runpy.run_path(str(GUNICORN_CONF))["control_socket_disable"] is True
    monkeypatch.setenv("TIMELINE_CONTROL_SOCKET", "/run/timeline/web-1.ctl")
    settings = runpy.run_path(str(GUNICORN_CONF))
    assert settings["control_socket_disable"] is False
    assert settings["control_socket"] == "/run/timeline/web-1.ctl"


def test_only_routes_that_only_compute_run_on_the_workers_event_loop() -> None:
    paths = quick_paths(create_app({"FETCH_URLS": True}))
    assert {"/v1/timeline", "/v1/resolve", "/v1/extract", "/parse", "/healthz"} <= paths
    assert "/v1/timelines" not in paths  # it reads NDJSON streams as they arrive
    assert "/v1/extract/url" not in paths  # it waits on the page it fetches
    assert "/" not in paths and not any("<" in path for path in paths)  # pages, static files
