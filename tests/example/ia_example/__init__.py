"""iA.Example: the smallest product that follows the suite's checklist
(``docs/architecture.md``, "How a product plugs in"). Copy it to start a
product: rename the package, the type, the domain and the layer.

It lives under ``tests/`` and is loaded by its own test layer
(``testing.py``); a real product is a package ``src/ia/<product>/``
included by ``ia.policy`` and declared in ``setup.py``.
"""

from zope.i18nmessageid import MessageFactory


_ = MessageFactory("ia_example")
