"""The one-form action page base (``ia.core.views.action_form``)."""

from ia.core.views.action_form import ActionFormView
import pytest


def test_a_page_without_perform_is_refused_at_definition():
    with pytest.raises(TypeError, match="perform"):

        class Nothing(ActionFormView):
            done = "x"


def test_tech_pages_use_it():
    from ia.tech.browser.plan import PlanView
    from ia.tech.browser.refuse import RefuseView

    assert issubclass(PlanView, ActionFormView)
    assert issubclass(RefuseView, ActionFormView)
