"""ia.core.numbering"""
