"""One refusal for the whole suite: ``ia.core.errors.IaError``."""

from ia.core import _
from ia.core.directory.api import DirectoryError
from ia.core.docgen.errors import DocgenError
from ia.core.errors import IaError
from ia.core.numbering.exceptions import NumberingError
from ia.core.orgchart.errors import UnknownService
from ia.core.rest import IaService
import pytest


@pytest.mark.parametrize(
    "cls", [DirectoryError, DocgenError, NumberingError, UnknownService]
)
def test_every_core_refusal_is_an_ia_error(cls):
    assert issubclass(cls, IaError)
    assert issubclass(cls, ValueError)  # callers catching ValueError still do


def test_message_is_french_without_a_request(portal):
    from zope.globalrequest import getRequest
    from zope.globalrequest import setRequest

    request = getRequest()
    setRequest(None)
    try:
        error = UnknownService(
            "There is no service '${service}' in the organisation chart.",
            service="abc",
        )
        assert error.message.mapping == {"service": "abc"}
        assert str(error) == "Le service « abc » n'existe pas dans l'organigramme."
    finally:
        setRequest(request)
    # With a request, its language decides (the test request has none: English).
    assert str(error) == "There is no service 'abc' in the organisation chart."


def test_ready_message_is_kept(portal):
    message = _("msg_custom", default="Refused: ${what}.", mapping={"what": "x"})
    error = DocgenError(message)
    assert error.message is message
    assert str(error) == "Refused: x."
    assert error.status == 400


def test_rest_refuse_answers_status_and_message(portal):
    class Refusal(IaError):
        status = 409

    service = IaService()
    service.request = request = portal.REQUEST
    body = service.refuse(Refusal(_("msg_x", default="Already done.")))
    assert request.response.getStatus() == 409
    assert body == {"error": {"type": "Conflict", "message": "Already done."}}
