"""The registry of iA products a municipality profile may name.

A product package declares itself with an entry point of the group
``ia.products`` whose value is a :class:`Product`::

    entry_points={"ia.products": ["ia.delib = ia.delib.product:PRODUCT"]}

The content core is always known.

A product may ship demo documents: ``demo`` names a module (e.g.
``"ia.docs.demo"``) holding

- ``OPTIONS``: ``{name: (type, default)}``, the options a municipality
  profile may set in its ``[demo."<product>"]`` table (checked with the rest
  of the profile, before anything touches a site);
- ``populate(portal, municipality, **options)``: creates the demo documents;
  it is idempotent (a re-run of ``ia-site update`` creates no duplicates).
"""

from dataclasses import dataclass
from importlib import import_module
from importlib import metadata


ENTRY_POINT_GROUP = "ia.products"


@dataclass(frozen=True)
class Product:
    name: str  # as written in a municipality profile, e.g. "ia.delib"
    profile: str  # GenericSetup profile id, e.g. "ia.delib:default"
    title: str = ""
    demo: str = ""  # module with OPTIONS and populate(); see the module docstring

    def demo_module(self):
        """The product's demo module, or None."""
        return import_module(self.demo) if self.demo else None


CORE = Product("ia.core", "ia.core:default", "iA core")


def known_products() -> dict[str, Product]:
    """Every installable product, by name."""
    products = {CORE.name: CORE}
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        product = entry_point.load()
        if isinstance(product, Product):
            products[product.name] = product
    return products
