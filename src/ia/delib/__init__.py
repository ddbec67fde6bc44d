"""iA.Delib: deliberations of the college and the council (bodies, items, meetings)."""

from zope.i18nmessageid import MessageFactory


_ = MessageFactory("ia.delib")
