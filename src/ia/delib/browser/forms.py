"""The add and edit forms of a deliberation item: an error on a field of a
tab that is not shown is named in the tab itself ("Services — à corriger")
and in the form's message, so the user knows where to look (a required
"Services responsables" on the hidden "Services" tab was a silent refusal)."""

from ia.delib import _
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.dexterity.browser.edit import DefaultEditForm
from plone.dexterity.interfaces import IDexterityEditForm
from plone.z3cform import layout
from zope.i18n import translate
from zope.interface import classImplements


class TabErrors:
    """After ``update``: the tabs (groups) holding errors get " — to correct"
    in their label, and the status names them."""

    def update(self):
        super().update()
        wrong = []
        for group in getattr(self, "groups", ()) or ():
            if not group.widgets or not group.widgets.errors:
                continue
            label = translate(group.label, context=self.request)
            wrong.append(label)
            group.label = translate(
                _(
                    "tab_with_errors",
                    default="${tab} — to correct",
                    mapping={"tab": label},
                ),
                context=self.request,
            )
        if wrong:
            self.status = translate(
                _(
                    "msg_errors_in_tabs",
                    default="There are errors in the tab(s) ${tabs}: correct them "
                    "there, then save.",
                    mapping={"tabs": ", ".join(wrong)},
                ),
                context=self.request,
            )


class ItemAddForm(TabErrors, DefaultAddForm):
    pass


class ItemAddView(DefaultAddView):
    form = ItemAddForm


class ItemEditForm(TabErrors, DefaultEditForm):
    pass


ItemEditView = layout.wrap_form(ItemEditForm)
classImplements(ItemEditView, IDexterityEditForm)
