"""Tests of services/dashboard/."""
