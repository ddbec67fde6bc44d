"""Create or update the site of a municipality, all or nothing.

    from ia.policy.municipality import load
    from ia.policy.site import create_or_update

    site, created = create_or_update(app, load("profiles/demo.toml"))

A new site is created with plone.distribution's Classic UI distribution,
then the profile is applied; an existing site first runs the pending
upgrade steps of the ``ia.*`` profiles, then the profile is applied again
(idempotent). Everything is committed at the end; on any error the
transaction is aborted (and a site created by this run is removed), so an
existing site is left untouched.
"""

from ia.policy.apply import SiteError
from ia.policy.apply import apply_municipality
from plone.base.interfaces import IPloneSiteRoot
from plone.distribution.api import site as site_api
from zope.component.hooks import setSite
import logging
import transaction


logger = logging.getLogger("ia.policy")

DISTRIBUTION = "classic"
UPGRADED_PREFIXES = ("ia.",)


def pending_upgrades(site) -> dict:
    """``{profile id: number of pending steps}`` of the ``ia.*`` profiles."""
    setup = site.portal_setup
    pending = {}
    for profile_id in setup.listProfilesWithUpgrades():
        if not profile_id.startswith(UPGRADED_PREFIXES):
            continue
        if setup.getLastVersionForProfile(profile_id) == "unknown":
            continue  # not installed here
        steps = setup.listUpgrades(profile_id)
        if steps:
            pending[profile_id] = len(steps)
    return pending


def run_upgrades(site) -> dict:
    pending = pending_upgrades(site)
    for profile_id in pending:
        logger.info("Upgrading %s", profile_id)
        site.portal_setup.upgradeProfile(profile_id)
    return pending


def _answers(municipality) -> dict:
    return {
        "site_id": municipality.site_id,
        "title": municipality.title,
        "description": municipality.name,
        "default_language": municipality.language,
        "portal_timezone": municipality.timezone,
        "setup_content": False,
    }


def _create(app, municipality):
    try:
        site = site_api.create(app, DISTRIBUTION, _answers(municipality))
    except Exception:
        transaction.abort()
        raise
    setSite(site)
    try:
        apply_municipality(site, municipality)
        transaction.get().note(
            f"ia-site: created {municipality.site_id} from {municipality.source}"
        )
        transaction.commit()
    except Exception:
        transaction.abort()
        # plone.distribution committed the bare site: remove it again.
        setSite(None)
        if municipality.site_id in app.objectIds():
            app._delObject(municipality.site_id, suppress_events=True)
            transaction.commit()
        raise
    return site


def _update(site, municipality):
    setSite(site)
    try:
        upgraded = run_upgrades(site)
        apply_municipality(site, municipality)
        transaction.get().note(
            f"ia-site: updated {municipality.site_id} from {municipality.source}"
        )
        transaction.commit()
    except Exception:
        transaction.abort()
        raise
    return upgraded


def create_or_update(app, municipality):
    """Return ``(site, created)``; raise :class:`SiteError` or the cause."""
    existing = (
        app.get(municipality.site_id)
        if municipality.site_id in app.objectIds()
        else None
    )
    if existing is None:
        return _create(app, municipality), True
    if not IPloneSiteRoot.providedBy(existing):
        raise SiteError(
            f"{municipality.source}: site.id: '{municipality.site_id}' already exists "
            "in the Zope root and is not a Plone site"
        )
    _update(existing, municipality)
    return existing, False
