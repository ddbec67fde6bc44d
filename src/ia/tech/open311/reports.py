"""A citizen's report (Open311 ``POST requests``) checked and filed.

The form fields of GeoReport v2: ``service_code`` (required), a location
(``lat`` + ``long``, or ``address_string``), ``description``,
``media_url``, contact fields (``email``, ``first_name``, ``last_name``,
``phone``: stored on the request for the service, never shown back),
``api_key``, ``jurisdiction_id``, ``device_id``, ``account_id`` (ignored).
Every value is checked before anything is written.
"""

from ia.core import validation
from ia.tech import _
from ia.tech import settings
from ia.tech.errors import TechError
from ia.tech.requests import file_request
import re


LIMITS = {
    "description": 4000,
    "address_string": 250,
    "media_url": 500,
    "email": 200,
    "first_name": 100,
    "last_name": 100,
    "phone": 40,
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _text(data, name):
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TechError(
            _("Open311: the field '${field}' must be a text.", mapping={"field": name})
        )
    value = value.strip()
    if len(value) > LIMITS.get(name, 100):
        raise TechError(
            _("Open311: the field '${field}' is too long.", mapping={"field": name})
        )
    return validation.check_text(name, value)  # no NUL nor broken Unicode


def _coordinate(data, name, bound):
    value = data.get(name)
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = None
    if number is None or not -bound <= number <= bound:
        raise TechError(
            _("Open311: '${field}' is not a valid coordinate.", mapping={"field": name})
        )
    return number


def checked(data) -> dict:
    """The report's fields for :func:`file`, or a ``TechError``."""
    code = _text(data, "service_code")
    types = dict(settings.request_types())
    if code not in types:
        raise TechError(_("Open311: unknown service_code."))
    lat = _coordinate(data, "lat", 90)
    lon = _coordinate(data, "long", 180)
    address = _text(data, "address_string")
    if (lat is None) != (lon is None):
        raise TechError(_("Open311: give both lat and long."))
    if lat is None and not address:
        raise TechError(_("Open311: give lat and long or address_string."))
    email = _text(data, "email")
    if email and not validation.is_email(email):
        raise TechError(_("Open311: the e-mail address is not valid."))
    media_url = _text(data, "media_url")
    if media_url and not media_url.startswith(("https://", "http://")):
        raise TechError(_("Open311: media_url must be an http(s) address."))
    name = " ".join(filter(None, (_text(data, "first_name"), _text(data, "last_name"))))
    return {
        "request_type": code,
        "title": f"{types[code]} — {address}" if address else types[code],
        "description": _text(data, "description"),
        "latitude": lat,
        "longitude": lon,
        "address": address or None,
        "contact_name": name or None,
        "contact_email": email or None,
        "contact_phone": _text(data, "phone") or None,
        "media_url": media_url or None,
    }


def file(data):
    """File the report as a work request (origin ``open311``)."""
    return file_checked(checked(data))


def file_checked(fields):
    """File the fields :func:`checked` returned."""
    fields = dict(fields)
    media_url = fields.pop("media_url")
    request = file_request(system=True, origin="open311", **fields)
    request.media_url = media_url
    return request
