"""Open a Zope instance from a script: the command-line tools of every product.

``ia-site`` (``ia.policy``) and ``ia-ingest`` (``ia.docs``) start Zope from a
``zope.conf`` and act as the Zope admin.
"""


def open_app(zope_conf: str):
    """The Zope root of the instance configured by ``zope_conf``, with a request."""
    from Testing.makerequest import makerequest
    from zope.globalrequest import setRequest
    from Zope2.Startup.run import configure_wsgi
    import Zope2

    configure_wsgi(zope_conf)
    app = makerequest(Zope2.app())
    setRequest(app.REQUEST)
    return app


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
