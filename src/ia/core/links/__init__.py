"""Links between the suite's documents (``ia.core.links``).

A link is a typed relation between two documents, of a *kind* registered as
a named :class:`~ia.core.links.interfaces.ILinkKind` utility (``ia.reply_to``,
``ia.gave_rise_to``, ``ia.decided_by``, ``ia.related`` in the core; products
may add theirs). Links live in the zc.relation catalog (``storage``), are
read and written through :mod:`ia.core.links.api`, indexed in
``ia_linked_uids``, shown in the "Liens" viewlet and served by ``@ia-links``.
"""
