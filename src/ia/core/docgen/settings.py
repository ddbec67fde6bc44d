"""Settings of document generation and the LibreOffice probe.

The LibreOffice host, ports and UNO Python are the records of
collective.documentgenerator's control panel (one place for the admin);
ia.core adds its own records in ``profiles/default/registry/docgen.xml``.
"""

from plone import api
import os
import re
import socket


CDG = (
    "collective.documentgenerator.browser.controlpanel."
    "IDocumentGeneratorControlPanelSchema."
)
FOLDER_RECORD = "ia.core.docgen.templates_folder"
TIMEOUT_RECORD = "ia.core.docgen.connect_timeout"
DEFAULT_FOLDER = "modeles"

# Formats that appy.pod renders itself; every other one goes through LibreOffice.
NATIVE_FORMATS = ("odt", "ods")

MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "rtf": "application/rtf",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
}


def _record(name, default):
    try:
        value = api.portal.get_registry_record(name, default=default)
    except api.exc.InvalidParameterError:
        value = default
    return default if value is None else value


def templates_folder_id():
    return _record(FOLDER_RECORD, DEFAULT_FOLDER) or DEFAULT_FOLDER


def connect_timeout():
    return float(_record(TIMEOUT_RECORD, 2.0))


def oo_server():
    return _record(CDG + "oo_server", "localhost") or "localhost"


def oo_ports():
    value = _record(CDG + "oo_port_list", "2002") or ""
    return [int(port) for port in re.findall(r"[0-9]+", value)]


def uno_python():
    return _record(CDG + "uno_path", "") or ""


def set_libreoffice(server=None, port=None, uno_path=None):
    """Point the generation at a LibreOffice (used by tests and scripts)."""
    if server is not None:
        api.portal.set_registry_record(CDG + "oo_server", str(server))
    if port is not None:
        api.portal.set_registry_record(CDG + "oo_port_list", str(port))
    if uno_path is not None:
        api.portal.set_registry_record(CDG + "uno_path", str(uno_path))


def needs_libreoffice(output_format):
    return output_format not in NATIVE_FORMATS


def answering_port(server=None, ports=None, timeout=None):
    """Return the first port where something accepts a connection, else None."""
    server = server or oo_server()
    timeout = connect_timeout() if timeout is None else timeout
    for port in oo_ports() if ports is None else ports:
        try:
            with socket.create_connection((server, port), timeout=timeout):
                return port
        except OSError:
            continue
    return None


_IMPORTS_CHECKED = {}


def uno_python_usable(path=None):
    """The UNO Python exists and imports both ``uno`` and appy.

    appy converts by running ``<uno python> appy/bin/convert.py``: the plain
    system Python has ``uno`` but not appy, and failed with a traceback. The
    import check runs once per interpreter (and its modification time) per
    process.
    """
    path = uno_python() if path is None else path
    if not (bool(path) and os.path.isfile(path) and os.access(path, os.X_OK)):
        return False
    key = (path, os.stat(path).st_mtime)
    if key not in _IMPORTS_CHECKED:
        from ia.core.docgen.unopython import imports

        _IMPORTS_CHECKED[key] = imports(path, "uno", "appy")
    return _IMPORTS_CHECKED[key]


def where():
    """Human description of the configured LibreOffice, for messages."""
    ports = ", ".join(str(port) for port in oo_ports()) or "-"
    return f"{oo_server()}:{ports}"
