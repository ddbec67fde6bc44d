"""``close_app`` closes the database: a FileStorage writes its index, so the
next start does not rebuild it (issue 12: ``ia-site`` left it to rebuild)."""

from ia.core.zopeapp import close_app
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage
import transaction


class App:
    """Stands for the Zope root: only its ``_p_jar`` is used."""

    def __init__(self, connection):
        self._p_jar = connection


def test_close_app_writes_the_index_and_releases_the_lock(tmp_path):
    path = tmp_path / "Data.fs"
    db = DB(FileStorage(str(path)))
    connection = db.open()
    connection.root()["x"] = 1
    transaction.commit()
    index = tmp_path / "Data.fs.index"
    index.unlink(missing_ok=True)
    close_app(App(connection))
    assert index.exists()
    # the lock is released: the file opens again in this process
    FileStorage(str(path)).close()
