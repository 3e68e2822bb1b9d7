"""Packaging: the code packages, plus the top-level resources/ folder shipped as the package `arena_resources`.

Everything else (metadata, dependencies, entry points) is in pyproject.toml. This file
exists because pyproject.toml cannot both find the packages (arena*, ui*, which grow
new subpackages) and add one mapped from a folder of another name. Every folder under
resources/ (web, fonts, translations, demo, and any added later) ships with all its
files except translation sources (*.ts).
"""

from pathlib import Path

from setuptools import find_packages, setup

DATA_DIRS = sorted(
    d.relative_to("resources") for d in Path("resources").rglob("*") if d.is_dir() and d.name != "__pycache__"
)
DATA_PACKAGES = ["arena_resources"] + [".".join(("arena_resources", *d.parts)) for d in DATA_DIRS]

setup(
    packages=find_packages(include=["arena", "arena.*", "ui", "ui.*"]) + DATA_PACKAGES,
    package_dir={"arena_resources": "resources"},
    package_data={name: ["*"] for name in DATA_PACKAGES},
    exclude_package_data={name: ["*.ts", "*.pyc"] for name in DATA_PACKAGES},
)
