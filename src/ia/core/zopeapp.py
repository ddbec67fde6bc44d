"""Open a Zope instance from a script: the command-line tools of every product.

``ia-site`` (``ia.policy``), ``ia-ingest`` (``ia.docs``) and ``ia-worker``
(``ia.core.jobs``) start Zope from a ``zope.conf`` and act as the Zope admin.
They close the database with :func:`close_app` when done: a FileStorage
closed that way writes its index, so the next start does not rebuild it.
"""


class DatabaseInUse(Exception):
    """The embedded FileStorage is locked: a running instance holds it."""


IN_USE_MESSAGE = (
    "the database is in use by the running instance (embedded FileStorage: "
    "one process at a time). The instance runs the background tasks itself; "
    "for separate workers use ZEO or RelStorage (docs/admin.md)."
)


def open_app(zope_conf: str):
    """The Zope root of the instance configured by ``zope_conf``, with a request.

    Raises :class:`DatabaseInUse` when the FileStorage is locked by another
    process (``zc.lockfile.LockError``)."""
    from ia.core.jobs import clock
    from Testing.makerequest import makerequest
    from zc.lockfile import LockError
    from zope.globalrequest import setRequest
    from Zope2.Startup.run import configure_wsgi
    import Zope2

    clock.disable()  # a script never runs the instance's clock
    configure_wsgi(zope_conf)
    try:
        app = makerequest(Zope2.app())
    except LockError as exc:
        raise DatabaseInUse(IN_USE_MESSAGE) from exc
    setRequest(app.REQUEST)
    return app


def close_app(app) -> None:
    """Close the connection of ``app``, then its database (and storage)."""
    import transaction

    transaction.abort()
    connection = app._p_jar
    db = connection.db()
    connection.close()
    db.close()


def login_admin(app, admin: str | None):
    """Act as the Zope admin ``login[:password]``, created if missing."""
    from AccessControl.SecurityManagement import newSecurityManager
    import transaction

    login, _sep, password = (admin or "admin").partition(":")
    users = app.acl_users
    user = users.getUserById(login)
    if user is None:
        if not password:
            raise ValueError(
                f"no Zope user '{login}': give --admin {login}:<password> to create it"
            )
        users._doAddUser(login, password, ["Manager"], [])
        transaction.commit()
        user = users.getUserById(login)
    newSecurityManager(None, user.__of__(users))
    return login
