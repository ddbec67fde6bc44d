"""Import of the directory from a CSV file: ``import_csv(directory, fileobj) -> ImportReport``."""

from ia.core.directory.csvimport.importer import import_csv  # noqa: F401
from ia.core.directory.csvimport.report import ImportReport  # noqa: F401
