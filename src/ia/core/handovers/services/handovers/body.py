"""The JSON body of a request, in one place (the integrator may swap it for
the shared reader of ``ia.core.rest``)."""

from ia.core.links.services.links.body import read_body


__all__ = ["read_body"]
