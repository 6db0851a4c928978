"""Tests of services/maintenance/."""
