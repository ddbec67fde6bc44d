"""1001 -> 1002: the mail area ``/courrier`` keeps no explicit order."""

from ia.docs.area import get_mail_area
from ia.docs.area import make_unordered


def upgrade(setup_tool):
    area = get_mail_area()
    if area is not None:
        make_unordered(area)
