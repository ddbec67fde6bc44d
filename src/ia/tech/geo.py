"""Distances between points (WGS 84), for the duplicate suggestion."""

from math import asin
from math import cos
from math import radians
from math import sin
from math import sqrt


EARTH_RADIUS_M = 6_371_000


def distance_m(a, b) -> float:
    """Great-circle distance in metres between ``(lat, lon)`` points."""
    lat1, lon1, lat2, lon2 = map(radians, (a[0], a[1], b[0], b[1]))
    h = (
        sin((lat2 - lat1) / 2) ** 2
        + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * asin(sqrt(h))
