"""Arena: run a live scoring contest (擂台赛) from a laptop. The core; it never imports Qt."""

__version__ = "0.1.0"
