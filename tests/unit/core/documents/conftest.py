from __future__ import annotations

from datetime import UTC, datetime

import pytest

from smtp_desk.core.sample import SampleSociety, sample_society

CREATED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def sample() -> SampleSociety:
    return sample_society()
