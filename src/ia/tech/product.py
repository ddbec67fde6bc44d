"""iA.Tech in the suite's product registry (entry point group ``ia.products``)."""

from ia.core.products import Product


PRODUCT = Product("ia.tech", "ia.tech:default", "iA.Tech", demo="ia.tech.demo")
