"""The JSON body of a request, in one place (the integrator may swap it for
the shared reader of ``ia.core.rest``)."""

from plone.restapi.deserializer import json_body


def read_body(request) -> dict:
    """The request's JSON object; ``{}`` when there is no body. A body that
    is not JSON raises ``DeserializationError`` (answered 400 by
    ``ia.core.rest_errors``)."""
    data = json_body(request) if request.get("BODY") else {}
    return data if isinstance(data, dict) else {}
