"""The projector: a second-screen window that shows the room the live contest, scene by scene.

`ProjectorWindow(store, bridge, parent=None)` is the one entry point the console uses.
"""

from .window import ProjectorWindow

__all__ = ["ProjectorWindow"]
