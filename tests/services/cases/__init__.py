"""Tests of services/cases/."""
