"""Tests of services/intake/."""
