"""The ``ia.responsible`` behavior: responsible and copy services, assigned agent."""

from ia.core import _
from ia.core.orgchart import api as orgchart
from ia.core.requestcache import cached
from plone import api
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


def _working_services(userid) -> set[str]:
    """The services where ``userid`` holds a function other than reading."""
    readers = {f.id for f in orgchart.get_functions() if f.role == "IaReader"}
    return {
        uid
        for uid, function_ids in orgchart.functions_of_user(userid).items()
        if set(function_ids) - readers
    }


def default_responsible_services():
    """The active services where the current user is an encoder; when she is
    nowhere an encoder, those where she works (an agent drafting a
    deliberation item: her own service, not an error on the hidden
    "Services" tab); ``None`` if none: the field is then simply required.
    Once per request and user: Plone's ``createContent`` reads every given
    field, so this default, before setting it (a bulk ingestion would ask it
    for each mail)."""
    if api.user.is_anonymous():
        return None
    userid = api.user.get_current().getId()

    def compute():
        mine = set(orgchart.services_of_user(userid, functions=["encoder"]))
        mine = mine or _working_services(userid)
        return [info.uid for info in orgchart.get_services() if info.uid in mine]

    uids = cached(("default_responsible_services", userid), compute)
    return list(uids) or None


@provider(IFormFieldProvider)
class IResponsible(model.Schema):
    """Who is responsible for a document; turned into local roles by
    :class:`ia.core.orgchart.localroles.ResponsibleLocalRoles`."""

    model.fieldset(
        "responsible",
        label=_("Services"),
        fields=["responsible_services", "assigned_agent", "copy_services"],
    )

    responsible_services = schema.List(
        title=_("Responsible services"),
        description=_("The services in charge of this document."),
        value_type=schema.Choice(vocabulary="ia.core.services"),
        required=True,
        min_length=1,
        unique=True,
        defaultFactory=default_responsible_services,
    )

    assigned_agent = schema.Choice(
        title=_("Assigned agent"),
        description=_("The civil servant who handles this document."),
        vocabulary="ia.core.agents",
        required=False,
    )

    copy_services = schema.List(
        title=_("Copy services"),
        description=_("Services that may read this document, without editing it."),
        value_type=schema.Choice(vocabulary="ia.core.services"),
        required=False,
        unique=True,
        default=[],
    )
