"""The two-step batch-action page a dashboard list's button opens.

A list's ``batch_actions`` button posts the selected rows (``uids:list``,
``form.buttons.batch_action``) to a page; step 1 shows the selection and a
form (an agent, a health...), step 2 (the page's own apply button) applies
it one document at a time and shows one result per document. The pages
(iA.Docs' *Assigner à…*, iA.PST's *Changer la santé…*) only say what is
particular to them::

    class HealthView(BatchActionView):
        apply_button = "form.buttons.apply"
        dashboard_list = "pst_at_risk"

        def apply(self, uids, form):
            return set_health(uids, form.get("health"), ..., request=self.request)

What the base does for every such page:

* both steps are POST only and check the ``plone.protect`` authenticator
  (a forged or replayed form changes nothing: 403);
* the selection is read from the request (``check_uids``: at least one, at
  most the dashboard's batch limit, no duplicates) and looked up in the
  catalog, so a document the user may not see is left out
  (:func:`selected`); ``apply`` filters further, per document, with
  :func:`result` for each;
* a bad selection sends the user back to the dashboard list with the
  reason as a status message; a refused parameter (``InvalidParameter``,
  nothing changed) is shown on the page;
* after step 2, one status message sums up (*N document(s) changed, M
  refused.*) above the per-document results.
"""

from ia.core import _
from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.transitions import check_uids
from ia.core.dashboard.transitions import outcome
from plone import api
from plone.protect import CheckAuthenticator
from plone.protect import PostOnly
from Products.Five.browser import BrowserView
from zope.i18n import translate


STEP_ONE = "form.buttons.batch_action"  # the dashboard's batch button


def selected(uids) -> dict:
    """``{uid: object}`` of the selected documents the user may see."""
    catalog = api.portal.get_tool("portal_catalog")
    return {brain.UID: brain.getObject() for brain in catalog.searchResults(UID=uids)}


# The outcome for one selected document (``obj`` None: not found), as the
# dashboard's batch transitions give it.
result = outcome


def report(results, request):
    """One status message summing up a batch: *N document(s) changed, M
    refused.* (a warning when some were refused)."""
    done = sum(1 for item in results if item.success)
    refused = len(results) - done
    api.portal.show_message(
        _(
            "${done} document(s) changed, ${refused} refused.",
            mapping={"done": done, "refused": refused},
        ),
        request=request,
        type="info" if not refused else "warning",
    )


class BatchActionView(BrowserView):
    """Base of a two-step batch-action page (see the module's docstring)."""

    # Each page says what it changes: ``apply(self, uids, form)`` returning
    # one ``TransitionResult`` per uid. A page without it fails when its
    # module is imported, not when a user presses the button.
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not callable(getattr(cls, "apply", None)):
            raise TypeError(f"{cls.__name__}: a batch page defines apply(uids, form)")

    apply_button = "form.buttons.apply"
    dashboard_list = ""  # the list the page goes back to

    error = None
    results = ()
    items = ()
    uids = ()

    def __call__(self):
        form = self.request.form
        if form.get(self.apply_button) or form.get(STEP_ONE):
            PostOnly(self.request)
            CheckAuthenticator(self.request)
            try:
                self.uids = check_uids(form.get("uids") or [])
            except InvalidParameter as exc:
                return self._back(exc.message)
            found = self.select(self.uids)
            self.items = [found[uid] for uid in self.uids if uid in found]
            self._step(form)
        return self.index()

    def _step(self, form):
        try:
            self.prepare(self.items)
            if form.get(self.apply_button):
                self.results = self.apply(self.uids, form)
                self.report(self.results)
        except InvalidParameter as exc:
            self.error = translate(exc.message, context=self.request)

    def _back(self, message):
        api.portal.show_message(message, request=self.request, type="error")
        self.request.response.redirect(self.dashboard_url())
        return ""

    # what a page may change

    def select(self, uids) -> dict:
        """``{uid: object}`` of the selection shown on step 1."""
        return selected(uids)

    def prepare(self, items):
        """Step 1's choices for ``items`` (e.g. the agents of their services)."""

    def report(self, results):
        report(results, self.request)

    def dashboard_url(self):
        url = f"{api.portal.get().absolute_url()}/@@ia-dashboard"
        return f"{url}?list={self.dashboard_list}" if self.dashboard_list else url
