"""ia.core.docgen"""
