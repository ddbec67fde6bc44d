"""Declares iA.Urban to the site policy (entry point group ``ia.products``)."""

from ia.core.products import Product


PRODUCT = Product(
    "ia.urban", "ia.urban:default", "iA.Urban (urbanisme)", demo="ia.urban.demo"
)
