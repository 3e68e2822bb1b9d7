"""Arena's data files: the phone page and web screen, fonts, translations, the demo contest.

Installed as the package `arena_resources` (setup.py maps this folder to that name);
arena/resources.py finds it through importlib.resources.
"""
