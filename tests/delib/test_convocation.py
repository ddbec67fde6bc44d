"""The convocation's legal delay (CDLD art. L1122-13: N full days, the day
sent and the meeting's day excluded) and sending it: the day recorded, the
document stored in the meeting, late sending allowed but warned; refusals."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from ia.delib.documents import convocation
from ia.delib.errors import DelibError
from ia.delib.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.delib.documents_world import make_world
from tests.delib.documents_world import text_of
from tests.module_worlds import module_world
import pytest


D = date(2026, 12, 14)  # the meeting's day in make_world


# Built once per module, each test on a copy of it (tests.module_worlds).
_world_world, world = module_world(
    make_world, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


@pytest.fixture
def request_(portal):
    from ia.core.interfaces import IIaCoreLayer
    from ia.delib.interfaces import IIaDelibLayer
    from zope.interface import alsoProvides

    request = portal.REQUEST
    alsoProvides(request, IIaCoreLayer, IIaDelibLayer)
    return request


def attachments(meeting):
    return [obj for obj in meeting.objectValues() if obj.portal_type == "IaAttachment"]


class TestDelay:
    def test_deadline_is_d_minus_8_for_seven_full_days(self, world):
        assert convocation.delay(world["meeting"]) == 7
        assert convocation.deadline(world["meeting"]) == D - timedelta(days=8)

    @pytest.mark.parametrize(
        "days_before, full, late",
        [(9, 8, False), (8, 7, False), (7, 6, True), (1, 0, True), (0, 0, True)],
    )
    def test_boundaries(self, world, days_before, full, late):
        sent = D - timedelta(days=days_before)
        assert convocation.full_days(sent, D) == full
        assert convocation.is_late(world["meeting"], sent) is late

    def test_configured_delay(self, world):
        world["body"].convocation_delay = 10
        assert convocation.deadline(world["meeting"]) == D - timedelta(days=11)
        assert convocation.is_late(world["meeting"], D - timedelta(days=10))
        assert not convocation.is_late(world["meeting"], D - timedelta(days=11))

    def test_college_has_no_check(self, portal):
        world = make_world(portal, body_kind="college")
        meeting = world["meeting"]
        assert convocation.deadline(meeting) is None
        assert not convocation.is_late(meeting, D)
        meeting.convocation_date = D
        status = convocation.status(meeting)
        assert status["late"] is False and status["deadline"] is None
        assert "no legal convocation delay" in status["message"]


class TestStatus:
    def test_not_sent_in_time(self, world):
        status = convocation.status(world["meeting"], today=D - timedelta(days=8))
        assert status == {
            "convocation_date": None,
            "deadline": "2026-12-06",
            "delay": 7,
            "sent": False,
            "late": False,
            "message": status["message"],
        }
        assert "6 décembre 2026" in status["message"]

    def test_not_sent_overdue(self, world):
        status = convocation.status(world["meeting"], today=D - timedelta(days=7))
        assert status["late"] is True and status["sent"] is False
        assert "emergency" in status["message"]

    def test_sent_late(self, world):
        world["meeting"].convocation_date = D - timedelta(days=7)
        status = convocation.status(world["meeting"], today=D)
        assert status["late"] is True
        assert status["convocation_date"] == "2026-12-07"
        assert "6 full day(s)" in status["message"]
        assert "L1122-13" in status["message"]

    def test_sent_on_time_whatever_today(self, world):
        world["meeting"].convocation_date = D - timedelta(days=8)
        status = convocation.status(world["meeting"], today=D)
        assert status["late"] is False and status["sent"] is True
        assert "7 full days" in status["message"]

    def test_messages_in_french(self, world):
        from zope.i18n import translate

        meeting, sent = world["meeting"], D - timedelta(days=7)
        text = convocation.message(meeting, sent, convocation.deadline(meeting), D)
        assert translate(text, target_language="fr") == (
            "La convocation a été envoyée le 7 décembre 2026, 6 jour(s) franc(s) "
            "avant la séance : la loi en demande 7 (CDLD art. L1122-13), soit au "
            "plus tard le 6 décembre 2026. Seule l'urgence le permet."
        )


class TestSend:
    def test_records_day_and_stores_document(self, world):
        meeting = world["meeting"]
        attachment = convocation.send(meeting, "2026-11-20")
        assert meeting.convocation_date == date(2026, 11, 20)
        assert attachments(meeting) == [attachment]
        assert attachment.Title() == "Convocation sent on 20 novembre 2026"
        text = text_of(attachment.file.data)
        assert "Convocation" in text
        assert text.index("1. Budget 2027") < text.index("4. Sanction disciplinaire")
        assert convocation.status(meeting)["late"] is False

    def test_default_day_is_today(self, portal):
        later = datetime.combine(date.today() + timedelta(days=30), datetime.min.time())
        world = make_world(portal, start=later)
        convocation.send(world["meeting"])
        assert world["meeting"].convocation_date == date.today()
        assert convocation.status(world["meeting"])["late"] is False

    def test_late_sending_allowed_and_warned(self, portal):
        soon = datetime.combine(date.today() + timedelta(days=3), datetime.min.time())
        world = make_world(portal, start=soon.replace(hour=19))
        convocation.send(world["meeting"])
        status = convocation.status(world["meeting"])
        assert status["sent"] is True and status["late"] is True
        assert len(attachments(world["meeting"])) == 1

    @pytest.mark.parametrize(
        "day, message",
        [
            ("2026-13-01", "is not a date"),
            ("demain", "is not a date"),
            (42, "is not a date"),
            ((date.today() + timedelta(days=1)).isoformat(), "future day"),
        ],
    )
    def test_bad_day_refused(self, world, day, message):
        with pytest.raises(DelibError, match=message):
            convocation.send(world["meeting"], day)
        assert world["meeting"].convocation_date is None
        assert attachments(world["meeting"]) == []

    def test_after_the_meeting_refused(self, portal):
        past = datetime(2026, 1, 5, 20, 0)
        world = make_world(portal, start=past)
        with pytest.raises(DelibError, match="after the meeting"):
            convocation.send(world["meeting"], "2026-01-06")
        assert world["meeting"].convocation_date is None

    def test_without_right_refused(self, portal, world):
        meeting = world["meeting"]
        api.content.transition(obj=meeting, transition="freeze")
        for obj in (world["body"], meeting):
            obj.manage_delLocalRoles([TEST_USER_ID])
            obj.reindexObjectSecurity()
        setRoles(portal, TEST_USER_ID, ["Member"])
        assert api.user.has_permission("View", obj=meeting)
        with pytest.raises(DelibError, match="may not send"):
            convocation.send(meeting)
        assert meeting.convocation_date is None
        assert attachments(meeting) == []


class TestViews:
    def test_viewlet_warns_manager(self, portal, request_, world):
        from ia.delib.documents.browser import ConvocationViewlet

        world["meeting"].convocation_date = D - timedelta(days=2)
        viewlet = ConvocationViewlet(world["meeting"], request_, None, None)
        viewlet.update()
        html = viewlet.render()
        assert 'data-late="true"' in html and "alert-warning" in html
        assert "1 full day(s)" in html
        assert "@@ia-send-convocation" in html

    def test_viewlet_hidden_without_right(self, portal, request_, world):
        from ia.delib.documents.browser import ConvocationViewlet

        api.content.transition(obj=world["meeting"], transition="freeze")
        for obj in (world["body"], world["meeting"]):
            obj.manage_delLocalRoles([TEST_USER_ID])
            obj.reindexObjectSecurity()
        setRoles(portal, TEST_USER_ID, ["Member"])
        viewlet = ConvocationViewlet(world["meeting"], request_, None, None)
        viewlet.update()
        assert "ia-delib-convocation" not in viewlet.render()

    def test_send_view_post(self, request_, world):
        from plone.protect.authenticator import createToken

        meeting = world["meeting"]
        request_.method = "POST"
        request_.form.update(
            {
                "form.submitted": "1",
                "date": "2026-11-20",
                "_authenticator": createToken(),
            }
        )
        view = api.content.get_view("ia-send-convocation", meeting, request_)
        view()
        assert view.error is None
        assert meeting.convocation_date == date(2026, 11, 20)
        assert request_.response.getStatus() == 303
        assert len(attachments(meeting)) == 1

    def test_send_view_bad_date_shows_error(self, request_, world):
        from plone.protect.authenticator import createToken

        meeting = world["meeting"]
        request_.method = "POST"
        request_.form.update(
            {
                "form.submitted": "1",
                "date": "n'importe",
                "_authenticator": createToken(),
            }
        )
        html = api.content.get_view("ia-send-convocation", meeting, request_)()
        assert "ia-delib-convocation-error" in html
        assert meeting.convocation_date is None
        assert attachments(meeting) == []

    def test_send_view_get_shows_deadline(self, request_, world):
        html = api.content.get_view("ia-send-convocation", world["meeting"], request_)()
        assert "6 décembre 2026" in html
        assert 'name="date"' in html
