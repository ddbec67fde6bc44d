"""ia.core.audit"""
