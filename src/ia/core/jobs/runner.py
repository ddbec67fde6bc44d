"""Run the due jobs of every Plone site of a Zope root (worker and clock)."""

from ia.core import logger
from ia.core.jobs.api import run_due
from plone.base.interfaces import IPloneSiteRoot
from zope.component.hooks import setSite
from zope.globalrequest import clearRequest
from zope.globalrequest import setRequest


def sites(app) -> list:
    return [obj for obj in app.objectValues() if IPloneSiteRoot.providedBy(obj)]


def run_app(app, *, only=None, force=False) -> dict:
    """``{site id: {job: result}}`` for the jobs run on each site."""
    done = {}
    for site in sites(app):
        setSite(site)
        try:
            results = run_due(site, only=only, force=force)
        finally:
            setSite(None)
        for name, result in results.items():
            logger.info("job %s on %s: %s", name, site.getId(), result)
        if results:
            done[site.getId()] = results
    return done


def run_db(db, *, only=None, force=False) -> dict:
    """Open a connection of ``db``, act as the system user, run, close."""
    from AccessControl.SecurityManagement import newSecurityManager
    from AccessControl.SecurityManagement import noSecurityManager
    from AccessControl.SpecialUsers import system
    from Testing.makerequest import makerequest
    import transaction

    connection = db.open()
    try:
        app = makerequest(connection.root()["Application"])
        setRequest(app.REQUEST)
        newSecurityManager(None, system)
        return run_app(app, only=only, force=force)
    finally:
        transaction.abort()
        noSecurityManager()
        clearRequest()
        connection.close()
