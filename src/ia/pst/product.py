"""Declares iA.PST to the site policy (entry point group ``ia.products``)."""

from ia.core.products import Product


PRODUCT = Product(
    "ia.pst", "ia.pst:default", "iA.PST (programme stratégique)", demo="ia.pst.demo"
)
