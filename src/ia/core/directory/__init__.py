"""ia.core.directory"""
