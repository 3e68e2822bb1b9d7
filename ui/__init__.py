"""Arena's PySide6 user interface: the host console, the projector, and the bridge from the core."""
