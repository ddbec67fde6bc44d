"""iA.Delib in the suite's product registry (entry point group ``ia.products``)."""

from ia.core.products import Product


PRODUCT = Product("ia.delib", "ia.delib:default", "iA.Delib", demo="ia.delib.demo")
