"""Products' demo documents: ``[demo."<product>"]`` in a municipality profile."""

from ia.core.products import Product
from ia.policy import apply as apply_module
from ia.policy import municipality as municipality_module
from ia.policy.municipality import ProfileError
from ia.policy.municipality import load
import pytest
import re


FAKE = Product("ia.fake", "ia.fake:default", "Fake", demo="tests.policy.fake_demo")
NODEMO = Product("ia.nodemo", "ia.nodemo:default", "No demo")


@pytest.fixture
def products(monkeypatch):
    from ia.core.products import known_products

    real = known_products()

    def fake_known():
        return {**real, FAKE.name: FAKE, NODEMO.name: NODEMO}

    monkeypatch.setattr(municipality_module, "known_products", fake_known)
    monkeypatch.setattr(apply_module, "known_products", fake_known)
    from tests.policy import fake_demo

    fake_demo.CALLS.clear()
    return fake_demo


def profile(demo_text, demo_table, products='"ia.core", "ia.fake", "ia.nodemo"'):
    # The shipped profile's products line, whatever products it lists.
    text = re.sub(
        r"products = \[[^\]]*\]", f"products = [{products}]", demo_text, count=1
    )
    # Drop any [demo] table of the shipped profile: the test writes its own.
    text = text.split("\n[demo")[0]
    return text + "\n" + demo_table


def errors_of(path):
    with pytest.raises(ProfileError) as info:
        load(path)
    return info.value.errors


def test_options_default_and_given(products, demo_text, write_profile):
    path = write_profile(profile(demo_text, '[demo."ia.fake"]\ncount = 5\n'))
    municipality = load(path)
    assert municipality.demo == {"ia.fake": {"count": 5, "prefix": "Démo"}}


def test_no_demo_table_means_no_demo(products, demo_text, write_profile):
    assert load(write_profile(profile(demo_text, ""))).demo == {}


@pytest.mark.parametrize(
    "table,expected",
    [
        (
            '[demo."ia.fake"]\ncount = "many"\n',
            "demo.\"ia.fake\".count: expected int, got 'many'",
        ),
        (
            '[demo."ia.fake"]\ncount = true\n',
            'demo."ia.fake".count: expected int, got True',
        ),
        (
            '[demo."ia.fake"]\ncolour = "red"\n',
            'demo."ia.fake".colour: unknown option (known: count, prefix)',
        ),
        (
            '[demo."ia.nodemo"]\n',
            "demo.\"ia.nodemo\": product 'ia.nodemo' has no demo data",
        ),
        (
            '[demo."ia.docs"]\n',
            "demo.\"ia.docs\": product 'ia.docs' is not in site.products",
        ),
        ('[demo]\n"ia.fake" = 3\n', 'demo."ia.fake": expected a table of options'),
    ],
)
def test_bad_demo_tables(products, demo_text, write_profile, table, expected):
    errors = errors_of(write_profile(profile(demo_text, table)))
    assert any(expected in error for error in errors), errors


def test_apply_demo_calls_populate_in_product_order(products, demo_text, write_profile):
    municipality = load(
        write_profile(profile(demo_text, '[demo."ia.fake"]\nprefix = "X"\n'))
    )
    apply_module.apply_demo(None, municipality)
    assert products.CALLS == [("demo", {"count": 2, "prefix": "X"})]
