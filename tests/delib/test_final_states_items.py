"""A validated item is not done: final states are per workflow (core ``ia_final``)."""

from ia.core.workflows.states import is_final
from ia.delib.testing import create_item
from plone import api


def test_validated_item_is_open_and_accepted_is_final(body):
    open_item = create_item(body, title="Ouvert", state="validated")
    done_item = create_item(body, title="Décidé", state="accepted")
    assert is_final(open_item) is False
    assert is_final(done_item) is True
    open_uids = {
        b.UID for b in api.content.find(portal_type="IaDelibItem", ia_final=False)
    }
    assert api.content.get_uuid(open_item) in open_uids
    assert api.content.get_uuid(done_item) not in open_uids
