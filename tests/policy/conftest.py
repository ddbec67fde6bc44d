"""The policy tests run on the policy layers (core fixture + ia.policy:default)."""

from ia.policy.testing import FUNCTIONAL_TESTING
from ia.policy.testing import INTEGRATION_TESTING
from pathlib import Path
from pytest_plone import fixtures_factory
import pytest


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_toml() -> Path:
    return ROOT / "profiles" / "demo.toml"


@pytest.fixture
def demo_text(demo_toml) -> str:
    return demo_toml.read_text(encoding="utf-8")


@pytest.fixture
def write_profile(tmp_path):
    """Write a profile text to a temporary file and return its path."""

    def write(text: str, name: str = "commune.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
