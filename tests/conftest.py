"""Shared test configuration: the Hypothesis profiles."""

from __future__ import annotations

import os

from hypothesis import settings

# Generated inputs vary in size (a spelled 999,999,999, 25 noisy tokens), so no per-example
# deadline: timing is for benchmarks/, not for tests.
settings.register_profile("ci", deadline=None)
settings.register_profile("thorough", deadline=None, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
