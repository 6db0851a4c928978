"""Tests of services/report/."""
