"""ia.core.dashboard"""
