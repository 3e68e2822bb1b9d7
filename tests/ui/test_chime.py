"""The chime player (issue 17): the shipped sound, scaled to the volume, handed to the system's player."""

from __future__ import annotations

import array
import wave

from ui.chime import ChimePlayer, chime_path


def _peak(path) -> int:
    with wave.open(str(path), "rb") as w:
        return max(abs(v) for v in array.array("h", w.readframes(w.getnframes())))


def test_the_shipped_chime_is_a_short_clean_wav():
    with wave.open(str(chime_path()), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        assert 0.5 < w.getnframes() / w.getframerate() < 2.0
    assert 0.7 * 32767 < _peak(chime_path()) < 32767  # loud enough, never clipped


def test_the_volume_scales_the_sound_and_off_means_silence(tmp_path):
    started, settings = [], {"on": True, "volume": 50}
    player = ChimePlayer(
        lambda: settings["on"],
        lambda: settings["volume"],
        runner=started.append,
        command=lambda: ["a-player", "-q"],
    )
    try:
        player()
        assert len(started) == 1 and started[0][:2] == ["a-player", "-q"]
        assert abs(_peak(started[0][2]) - _peak(chime_path()) / 2) <= 1
        settings["on"] = False
        player()
        settings.update(on=True, volume=0)
        player()
        assert len(started) == 1 and player.played == 1
    finally:
        player.close()


def test_without_a_player_the_chime_is_silent_and_nothing_fails(tmp_path):
    started = []
    player = ChimePlayer(lambda: True, lambda: 70, runner=started.append, command=lambda: [])
    player()
    assert started == [] and player.played == 0
    player.close()
