"""The LAN server for reviewers' phones: an ASGI app and the thread that runs it."""
