"""Hand-overs: one document gives rise to another, in another product.

A hand-over (e.g. "Préparer un point de délibération" on an iA.Docs mail)
is registered by the *target* product as a named
:class:`~ia.core.handovers.interfaces.IHandover` utility, usually a
subclass of :class:`ia.core.handovers.base.Handover`. The core offers the
ones that apply (:func:`ia.core.handovers.api.available`), performs one
(:func:`~ia.core.handovers.api.hand_over`: check, create, link, event, all
or nothing) and shows them in the document's actions ("Transmettre…",
``@@ia-handover``) and over REST (``@ia-handovers``).
"""
