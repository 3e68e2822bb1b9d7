"""The host console: start page, setup editor, reviewer access, live session, board, help."""
