"""Documents of iA.Delib: the ODT templates' data (helper view), the
convocation and its legal delay (see docs/delib.md, "Documents")."""
