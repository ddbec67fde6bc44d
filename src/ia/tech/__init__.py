"""iA.Tech: the technical services' work requests and work orders, teams,
assets, planning, and citizen reports through Open311 GeoReport v2.

See ``docs/tech-guide.md``.
"""

from zope.i18nmessageid import MessageFactory


_ = MessageFactory("ia.tech")
