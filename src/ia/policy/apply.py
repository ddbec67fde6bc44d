"""Turn a validated :class:`~ia.policy.model.Municipality` into site content.

``apply_municipality(portal, municipality)`` is idempotent: a re-run
updates what exists and creates only what is missing. It runs inside the
caller's transaction; the caller commits or aborts.
"""

from ia.core.docgen import settings as docgen_settings
from ia.core.globalrequest import site_request
from ia.core.products import known_products
from ia.core.settings import api as settings
from ia.policy.demo import apply_contacts
from ia.policy.demo import apply_users
from ia.policy.officials import apply_officials
from ia.policy.orgchart import apply_memberships
from ia.policy.orgchart import apply_services
from plone import api
import logging
import os


logger = logging.getLogger("ia.policy")

POLICY_PROFILE = "ia.policy:default"


class SiteError(RuntimeError):
    """The site cannot be created or updated; the message says why."""


def install_products(portal, municipality):
    """Install ``ia.policy:default`` and the products the profile lists."""
    setup = api.portal.get_tool("portal_setup")
    products = known_products()
    profiles = [POLICY_PROFILE] + [
        products[name].profile for name in municipality.products
    ]
    for profile in profiles:
        if setup.getLastVersionForProfile(profile) == "unknown":
            logger.info("Installing %s", profile)
            setup.runAllImportStepsFromProfile(f"profile-{profile}")


def apply_language(portal, municipality):
    api.portal.set_registry_record("plone.default_language", municipality.language)
    available = (
        api.portal.get_registry_record("plone.available_languages", default=[]) or []
    )
    if municipality.language not in available:
        api.portal.set_registry_record(
            "plone.available_languages", [*available, municipality.language]
        )
    portal.setLanguage(municipality.language)
    api.portal.set_registry_record("plone.portal_timezone", municipality.timezone)
    zones = (
        api.portal.get_registry_record("plone.available_timezones", default=[]) or []
    )
    if municipality.timezone not in zones:
        api.portal.set_registry_record(
            "plone.available_timezones", [*zones, municipality.timezone]
        )
    if portal.title != municipality.title:
        portal.title = municipality.title
        api.portal.set_registry_record("plone.site_title", municipality.title)


def check_functions(municipality):
    """The functions of the memberships must exist in this site's configuration."""
    from ia.core.orgchart.functions import get_functions

    known = {function.id for function in get_functions()}
    errors = [
        f"{municipality.source}: users[{index}].memberships[{m_index}].function: "
        f"function {membership.function!r} is not configured in this site"
        for index, user in enumerate(municipality.users)
        for m_index, membership in enumerate(user.memberships)
        if membership.function not in known
    ]
    if errors:
        raise SiteError("\n".join(errors))


def apply_settings(municipality, positions):
    def uid(key):
        position = positions.get(key)
        return position.UID() if position is not None else None

    def name(person):
        return person.fullname if person is not None else ""

    settings.update(
        name=municipality.name,
        ins_code=municipality.ins_code,
        street=municipality.street,
        zip_code=municipality.zip_code,
        city=municipality.city,
        phone=municipality.phone,
        email=municipality.email,
        website=municipality.website or None,
        mayor=name(municipality.mayor),
        aldermen=[person.fullname for person in municipality.aldermen],
        general_director=name(municipality.general_director),
        financial_director=name(municipality.financial_director),
        signatory_1=uid(municipality.signatories[0]),
        signatory_2=uid(municipality.signatories[1]),
    )


def apply_demo(portal, municipality):
    """Each product's demo documents (``[demo."<product>"]``), in order."""
    products = known_products()
    with site_request(portal):
        for name, options in municipality.demo.items():
            logger.info("Demo documents of %s", name)
            products[name].demo_module().populate(portal, municipality, **options)


def apply_uno_python():
    """Point the document generator at the instance's UNO Python wrapper.

    ``IA_UNO_PYTHON`` is set in zope.conf by ``ia.policy.instance`` when
    python3-uno is installed; without it (buildout instances, no uno) the
    setting is left as the administrator made it.
    """
    path = os.environ.get("IA_UNO_PYTHON", "")
    if path and docgen_settings.uno_python_usable(path):
        if docgen_settings.uno_python() != path:
            docgen_settings.set_libreoffice(uno_path=path)


def apply_municipality(portal, municipality):
    """Apply everything of the profile to ``portal`` (idempotent)."""
    with api.env.adopt_roles(["Manager"]):
        install_products(portal, municipality)
        check_functions(municipality)
        apply_language(portal, municipality)
        services = apply_services(portal, municipality)
        positions = apply_officials(portal, municipality)
        apply_settings(municipality, positions)
        apply_users(municipality)
        apply_memberships(municipality, services)
        apply_contacts(municipality)
        apply_demo(portal, municipality)
        apply_uno_python()
    return portal
