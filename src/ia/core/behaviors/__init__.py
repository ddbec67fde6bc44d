"""ia.core.behaviors"""
