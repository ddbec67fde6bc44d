"""REST services of the letters: ``@ia-acknowledgement``, ``@ia-letter``,
``@ia-acknowledgements``."""

from ia.docs import _
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError


# Only for ia.docs.delib_link.rest, until the hand-overs replace it (issue 9);
# the services here read their body with IaService.body().
BAD_BODY = _("msg_bad_json", default="The body must be a JSON object.")


def read_body(request):
    """The JSON object of the body (``{}`` when empty), or None when malformed."""
    try:
        body = json_body(request) or {}
    except DeserializationError:
        return None
    return body if isinstance(body, dict) else None
