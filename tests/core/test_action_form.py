"""The form page base (``ia.core.views.action_form``): what every page on it
does with a GET, a POST, a forged POST and a refusal; and which pages use it."""

from ia.core.errors import Forbidden as IaForbidden
from ia.core.errors import IaError
from ia.core.views.action_form import ActionFormView
from plone import api
from plone.protect.authenticator import createToken
from zExceptions import Forbidden
import pytest
import transaction


class Page(ActionFormView):
    """A page that writes a title, or refuses an empty one."""

    done = "Saved."
    unavailable = "Not now."
    performed = 0

    def index(self):
        return f"form error={self.error}"

    def perform(self):
        type(self).performed += 1
        title = self.request.form.get("title")
        self.context.setTitle(title or "")
        if not title:
            raise IaError("Give a title.")
        return title


class Elsewhere(Page):
    refuse_as_message = True
    submit_field = None

    def message(self, result):
        return f"Saved {result}."

    def next_url(self, result=None) -> str:
        return f"{self.context.absolute_url()}/{result or 'back'}"


def messages(request):
    tool = api.portal.get_tool("plone_utils")
    return [(m.message, m.type) for m in tool.showPortalMessages()]


def post(portal, cls=Page, token=True, **form):
    request = portal.REQUEST
    request.method = "POST"
    request.form.update(form)
    if token:
        request.form["_authenticator"] = createToken()
    return cls(portal, request)()


def test_get_shows_the_form(portal):
    assert Page(portal, portal.REQUEST)() == "form error=None"


def test_get_unavailable_shows_why(portal):
    class Closed(Page):
        def available(self):
            return False

    assert Closed(portal, portal.REQUEST)() == "form error=Not now."
    assert portal.REQUEST.response.getStatus() == 200


def test_get_refused_by_check_shows_why_with_its_status(portal):
    class Private(Page):
        def check(self):
            raise IaForbidden("Not yours.")

    assert Private(portal, portal.REQUEST)() == "form error=Not yours."
    assert portal.REQUEST.response.getStatus() == 403


def test_post_performs_says_done_and_goes_back(portal):
    assert post(portal, **{"form.submitted": "1", "title": "Neuf"}) == ""
    assert portal.Title() == "Neuf"
    assert portal.REQUEST.response.getHeader("location") == portal.absolute_url()
    assert messages(portal.REQUEST) == [("Saved.", "info")]
    assert not transaction.get().isDoomed()


def test_post_of_another_form_only_shows(portal):
    Page.performed = 0
    assert post(portal, title="Neuf") == "form error=None"
    assert Page.performed == 0


def test_forged_post_refused_before_anything(portal):
    Page.performed = 0
    with pytest.raises(Forbidden):
        post(portal, token=False, **{"form.submitted": "1", "title": "Neuf"})
    assert Page.performed == 0


def test_refusal_reshows_the_form_and_writes_nothing(portal):
    page = post(portal, **{"form.submitted": "1", "title": ""})
    assert page == "form error=Give a title."
    assert portal.REQUEST.response.getStatus() == 400
    assert transaction.get().isDoomed()


def test_refusal_as_message_goes_on_and_writes_nothing(portal):
    assert post(portal, Elsewhere, title="") == ""
    assert transaction.get().isDoomed()
    assert [m for m, kind in messages(portal.REQUEST) if kind == "error"]
    location = portal.REQUEST.response.getHeader("location")
    assert location == f"{portal.absolute_url()}/back"


def test_message_and_next_url_get_what_perform_gave(portal):
    post(portal, Elsewhere, title="neuf")
    assert portal.REQUEST.response.getHeader("location").endswith("/neuf")
    assert messages(portal.REQUEST) == [("Saved neuf.", "info")]


def test_a_page_without_perform_is_refused_at_definition():
    with pytest.raises(TypeError, match="perform"):

        class Nothing(ActionFormView):
            done = "x"

    class Shared(ActionFormView, abstract=True):
        pass  # a base of pages may leave perform to them


def test_the_suite_pages_use_it():
    from ia.core.orgchart.browser.members import ServiceMembersView
    from ia.delib.browser.meeting import AgendaMove
    from ia.delib.browser.meeting import PresentItem
    from ia.delib.browser.meeting import PresentItems
    from ia.delib.templates.browser import NewItemFromTemplate
    from ia.docs.browser.reply import ReplyView
    from ia.tech.browser.plan import PlanView
    from ia.tech.browser.refuse import RefuseView

    for page in (
        PlanView,
        RefuseView,
        ReplyView,
        NewItemFromTemplate,
        AgendaMove,
        PresentItem,
        PresentItems,
        ServiceMembersView,
    ):
        assert issubclass(page, ActionFormView), page
