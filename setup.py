"""Packaging glue that pyproject.toml cannot express: the top-level resources/ folder is
installed as the package `kluppluz_desk.resources` (fonts, images, translations)."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["kluppluz_desk", "kluppluz_desk.*"]),
        "kluppluz_desk.resources",
        # Data folders, named so setuptools does not warn about "namespace packages".
        "kluppluz_desk.resources.fonts",
        "kluppluz_desk.resources.i18n",
        "kluppluz_desk.resources.images",
    ],
    package_dir={"kluppluz_desk.resources": "resources"},
)
