"""Declares iA.Docs to the site policy (entry point group ``ia.products``)."""

from ia.core.products import Product


PRODUCT = Product(
    "ia.docs", "ia.docs:default", "iA.Docs (courrier)", demo="ia.docs.demo"
)
