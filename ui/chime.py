"""The phase timer's chime (issue 17), played without Qt Multimedia.

QSoundEffect lives in PySide6-Addons (a 167 MB wheel, 418 MB unpacked, for one short sound), so the
chime goes to the player every desktop already has: the standard library's `winsound` on Windows,
`afplay` on macOS, and on Linux the first of `pw-play`, `paplay`, `aplay` found. The volume is
applied to the samples here (a copy of the WAV, scaled, written once per volume), so it works the
same with every player. Playing never blocks and never raises: no player, no sound, a logged note.

`ChimePlayer` is a callable; the projector calls it at the end of each phase. Tests give it their
own `runner` (or give the projector a plain function) and count calls: no sound in a test.
"""

from __future__ import annotations

import array
import atexit
import logging
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

from arena.resources import resource_path

log = logging.getLogger(__name__)
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")


def chime_path() -> Path:
    return resource_path("sounds", "chime.wav")


def scaled_wav(source: Path, volume: int, target: Path) -> Path:
    """A copy of a 16-bit WAV with its samples scaled to `volume` percent (0-100)."""
    with wave.open(str(source), "rb") as src:
        params = src.getparams()
        frames = array.array("h", src.readframes(params.nframes))
    if sys.byteorder != "little":
        frames.byteswap()
    factor = max(0, min(100, volume)) / 100
    scaled = array.array("h", (round(v * factor) for v in frames))
    if sys.byteorder != "little":
        scaled.byteswap()
    with wave.open(str(target), "wb") as out:
        out.setparams(params)
        out.writeframes(scaled.tobytes())
    return target


def player_command() -> list[str] | None:
    """The command that plays a WAV file here (the file's path is appended), None on Windows (winsound)."""
    if sys.platform == "win32":
        return None
    if sys.platform == "darwin":
        return ["afplay"]
    for name in LINUX_PLAYERS:
        found = shutil.which(name)
        if found:
            return [found, "-q"] if name == "aplay" else [found]
    return []


class ChimePlayer:
    """Plays the chime at the volume and on/off the settings say at the moment it is called."""

    def __init__(
        self,
        enabled: Callable[[], bool],
        volume: Callable[[], int],
        runner: Callable[[list[str]], object] | None = None,
        source: Path | None = None,
        command: Callable[[], list[str] | None] = player_command,
    ):
        self.enabled, self.volume = enabled, volume
        self.source = source or chime_path()
        self.runner = runner or _start
        self.command = command
        self._dir: Path | None = None  # made on the first chime, removed at exit
        self._files: dict[int, Path] = {}
        self.played = 0  # how many times a sound was started

    def file_for(self, volume: int) -> Path:
        if self._dir is None:
            self._dir = Path(tempfile.mkdtemp(prefix="arena-chime-"))
            atexit.register(shutil.rmtree, self._dir, True)
        if volume not in self._files:
            self._files[volume] = scaled_wav(self.source, volume, self._dir / f"chime-{volume}.wav")
        return self._files[volume]

    def __call__(self) -> None:
        volume = int(self.volume())
        if not self.enabled() or volume <= 0:
            return
        try:
            path = self.file_for(volume)
            command = self.command()
            if command is None:
                _play_windows(path)
            elif not command:
                log.info("no sound player found (%s): the chime is silent", ", ".join(LINUX_PLAYERS))
                return
            else:
                self.runner([*command, str(path)])
            self.played += 1
        except (OSError, wave.Error, RuntimeError):  # a missing device must never disturb the meeting
            log.exception("the chime could not be played")

    def close(self) -> None:
        if self._dir is not None:
            shutil.rmtree(self._dir, True)
            self._dir, self._files = None, {}


def chime_player(settings) -> ChimePlayer:
    """The console's chime: on/off and volume read from the settings each time it sounds."""
    return ChimePlayer(lambda: settings.get("chime/enabled"), lambda: settings.get("chime/volume"))


_running: list[subprocess.Popen] = []


def _start(command: list[str]) -> subprocess.Popen:
    """Start a player without waiting; earlier players that finished are reaped (no zombies)."""
    _running[:] = [p for p in _running if p.poll() is None]
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _running.append(process)
    return process


def _play_windows(path: Path) -> None:
    import winsound

    winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)
