"""ia.core.handovers.api: available, hand_over, done."""

from ia.core.errors import IaError
from ia.core.handovers import api as handovers
from ia.core.handovers.errors import HandoverError
from ia.core.handovers.errors import HandoverForbidden
from ia.core.handovers.errors import UnknownHandover
from ia.core.handovers.interfaces import IHandedOverEvent
from ia.core.links import api as links
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from tests.core.handovers_testing import registered_handovers  # noqa: F401
from tests.core.links_testing import french
from zope.component import getGlobalSiteManager
import pytest


pytestmark = pytest.mark.usefixtures("registered_handovers")


@pytest.fixture()
def mail(manager_portal):
    return create_document(manager_portal, title="Courrier")


def offered(source):
    return [handover.id for handover in handovers.available(source=source)]


def test_available_skips_uninstalled_and_not_applicable(mail):
    assert offered(mail) == ["test.failing", "test.follow_up", "test.reply"]


def test_available_only_applies_to_its_types(manager_portal):
    case = create_document(manager_portal, "IaTestCase", title="Dossier")
    assert offered(case) == []


def test_available_runs_check(mail):
    create_user("lecteur")
    grant_local(mail, "lecteur", "IaReader")
    with api.env.adopt_user(username="lecteur"):
        assert offered(mail) == []


def test_hand_over_links_source_to_target_once(mail):
    events = []
    gsm = getGlobalSiteManager()

    def record(event):
        events.append(event)

    gsm.registerHandler(record, (IHandedOverEvent,))
    try:
        target = handovers.hand_over(
            source=mail, handover="test.follow_up", priority="high"
        )
    finally:
        gsm.unregisterHandler(record, (IHandedOverEvent,))
    assert target.title == "Suite de Courrier"
    assert target.description == "high"
    assert links.targets(source=mail, kind="ia.gave_rise_to") == [target]
    assert handovers.done(source=mail, handover="test.follow_up") == [target]
    [event] = events
    assert (event.object, event.source, event.handover.id) == (
        target,
        mail,
        "test.follow_up",
    )
    # once: no longer offered, refused
    assert "test.follow_up" not in offered(mail)
    with pytest.raises(HandoverError) as info:
        handovers.hand_over(source=mail, handover="test.follow_up")
    assert "déjà" in french(info.value)


def test_hand_over_links_target_to_source(mail):
    first = handovers.hand_over(source=mail, handover="test.reply")
    second = handovers.hand_over(source=mail, handover="test.reply")
    assert links.targets(source=first, kind="ia.reply_to") == [mail]
    assert {o.getId() for o in links.sources(target=mail, kind="ia.reply_to")} == {
        first.getId(),
        second.getId(),
    }
    assert len(handovers.done(source=mail, handover="test.reply")) == 2


def test_copy_of_target_is_not_done(mail, manager_portal):
    target = handovers.hand_over(source=mail, handover="test.follow_up")
    api.content.copy(source=target, target=manager_portal, id="copie")
    copy_of_mail = api.content.copy(source=mail, target=manager_portal, id="copie-mail")
    assert handovers.done(source=mail, handover="test.follow_up") == [target]
    assert handovers.done(source=copy_of_mail, handover="test.follow_up") == []
    assert "test.follow_up" in offered(copy_of_mail)


def test_check_refusal(mail):
    with pytest.raises(IaError) as info:
        handovers.hand_over(source=mail, handover="test.follow_up", priority="urgent")
    assert "Unknown priority" in str(info.value)
    create_user("lecteur")
    grant_local(mail, "lecteur", "IaReader")
    with api.env.adopt_user(username="lecteur"):
        with pytest.raises(HandoverForbidden) as info:
            handovers.hand_over(source=mail, handover="test.follow_up")
    assert info.value.status == 403
    assert links.links(obj=mail, unrestricted=True) == []


def test_error_in_perform_leaves_nothing(mail, manager_portal):
    before = set(manager_portal.objectIds())
    with pytest.raises(IaError) as info:
        handovers.hand_over(source=mail, handover="test.failing")
    assert "college is closed" in str(info.value)
    assert set(manager_portal.objectIds()) == before
    assert not api.content.find(Title="Orphelin")
    assert not api.content.find(Title="Suite de Courrier")
    assert links.links(obj=mail, unrestricted=True) == []


@pytest.mark.parametrize(
    "handover, error, status",
    [
        ("test.nothing", UnknownHandover, 404),
        ("test.not_installed", UnknownHandover, 404),
        ("test.not_applicable", HandoverError, 400),
    ],
)
def test_refused_hand_overs(mail, handover, error, status):
    with pytest.raises(error) as info:
        handovers.hand_over(source=mail, handover=handover)
    assert info.value.status == status
    assert french(info.value)
    assert links.links(obj=mail, unrestricted=True) == []
