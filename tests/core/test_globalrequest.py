"""ia.core.globalrequest.site_request: a request for code run outside a traversal."""

from ia.core.globalrequest import site_request
from ia.core.interfaces import IIaCoreLayer
from zope.globalrequest import getRequest
from zope.globalrequest import setRequest


def test_sets_the_portal_request_with_layers_then_unsets_it(portal):
    previous = getRequest()
    setRequest(None)
    try:
        with site_request(portal) as request:
            assert getRequest() is request is portal.REQUEST
            assert IIaCoreLayer.providedBy(request)
        assert getRequest() is None
    finally:
        setRequest(previous)


def test_keeps_the_current_request(portal, http_request):
    setRequest(http_request)
    with site_request(portal) as request:
        assert request is http_request
        assert IIaCoreLayer.providedBy(request)
    assert getRequest() is http_request


def test_without_site_nor_request_provides_none():
    previous = getRequest()
    setRequest(None)
    try:
        with site_request(None) as request:
            assert request is None
            assert getRequest() is None
    finally:
        setRequest(previous)
