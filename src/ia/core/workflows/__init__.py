"""ia.core.workflows"""
