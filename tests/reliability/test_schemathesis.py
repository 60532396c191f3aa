"""schemathesis against the live `/openapi.json` of a real gunicorn: no 5xx, answers as declared.

Cases are drawn operation by operation inside a plain test, because schemathesis's own pytest
fixture loader does not work with the pytest we pin (9.x: "no attribute '_nodeid'").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from service.localserver import running_server

EXAMPLES = settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
# Not `positive_data_acceptance`: the schema cannot say "not blank" of `text` or "a real
# calendar date" of `published` ("0000-00-00" fits its pattern), so a schema-valid body may
# rightly get a 422.
STATUS_CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance]


@pytest.fixture(scope="module")
def live_schema() -> Iterator[Any]:
    with running_server(workers=2) as (base_url, _process):
        yield schemathesis.openapi.from_url(base_url + "/openapi.json")


def _run(schema: Any, checks: list[Any]) -> None:
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 4
    for operation in operations:

        @EXAMPLES
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            case.call_and_validate(timeout=20, checks=checks)

        check()


@pytest.mark.e2e
def test_no_generated_request_gets_a_5xx_or_an_undocumented_status(live_schema: Any) -> None:
    _run(live_schema, STATUS_CHECKS)


@pytest.mark.e2e
def test_every_answer_matches_its_declared_schema(live_schema: Any) -> None:
    _run(live_schema, [response_schema_conformance])
