"""French first: every title of the suite's workflows (state menu, history,
dashboards) has a French translation in Plone's domain."""

from ia.policy.testing import SUITE_INTEGRATION_TESTING
from pytest_plone import fixtures_factory
from zope.i18n import translate


# Not kept for the session: the suite layer is torn down after this module,
# so that it never outlives the layers set up after it.
globals().update(
    fixtures_factory(((SUITE_INTEGRATION_TESTING, "suite"),), keep_session=False)
)


def _titles(wtool):
    for workflow in wtool.objectValues():
        if not workflow.getId().startswith("ia_"):
            continue
        yield workflow.getId(), workflow.title
        for state in workflow.states.objectValues():
            yield workflow.getId(), state.title
        for transition in workflow.transitions.objectValues():
            yield workflow.getId(), transition.title


def test_every_ia_workflow_title_is_french(suite):
    wtool = suite["portal"].portal_workflow
    ids = {w.getId() for w in wtool.objectValues()}
    # Every product's workflows are there (the suite layer installs them all).
    assert {"ia_incoming_mail_workflow", "ia_delib_item_workflow"} <= ids
    missing = sorted(
        {
            f"{workflow}: {title}"
            for workflow, title in _titles(wtool)
            if title and translate(title, domain="plone", target_language="fr") == title
        }
    )
    assert not missing, missing
