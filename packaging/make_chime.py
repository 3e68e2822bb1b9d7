"""Synthesise the phase timer's chime (resources/sounds/chime.wav): two soft bell tones, 1.2 s.

Made from sine partials with an exponential decay, so it belongs to no one but this project
and needs no licence beyond the project's own. Run from the repository root:
    python packaging/make_chime.py
The output is deterministic (no randomness): running it again gives the same bytes.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
PEAK = 0.8  # of full scale: room for the player's volume, never clipping
# (start s, fundamental Hz): a rising fifth, E5 then B5, like a meeting-room gong's "ding-dong" upside down
NOTES = ((0.0, 659.25), (0.28, 987.77))
PARTIALS = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12))  # (multiple, amplitude): a bell-like timbre
LENGTH_S = 1.2
DECAY_S = 0.35  # each note falls to 1/e in this time
ATTACK_S = 0.004  # a short ramp: no click at the start


def samples() -> list[float]:
    out = []
    for n in range(int(RATE * LENGTH_S)):
        t = n / RATE
        value = 0.0
        for start, freq in NOTES:
            if t < start:
                continue
            local = t - start
            envelope = math.exp(-local / DECAY_S) * min(1.0, local / ATTACK_S)
            value += envelope * sum(a * math.sin(2 * math.pi * freq * m * local) for m, a in PARTIALS)
        out.append(value)
    top = max(abs(v) for v in out)
    fade = int(RATE * 0.05)  # the last 50 ms fade to silence: no click at the end either
    return [v / top * PEAK * min(1.0, (len(out) - i) / fade) for i, v in enumerate(out)]


def write(path: Path) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(v * 32767)) for v in samples()))


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"
    target.parent.mkdir(parents=True, exist_ok=True)
    write(target)
    print(
        f"{target.relative_to(Path.cwd()) if target.is_relative_to(Path.cwd()) else target}:"
        f" {target.stat().st_size} bytes"
    )
