# Bowling score calculator with frame-by-frame output and validation, driven by test games.
class BowlingError(ValueError):
    pass


def score_frames(rolls):
    frames, i = [], 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game at frame {frame + 1}")
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise BowlingError("strike bonus missing")
            frames.append(("X", 10 + rolls[i + 1] + rolls[i + 2]))
            i += 1
        else:
            if i + 1 >= len(rolls):
                raise BowlingError("frame incomplete")
            a, b = rolls[i], rolls[i + 1]
            if a + b > 10:
                raise BowlingError(f"frame {frame + 1} has {a + b} pins")
            if a + b == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("spare bonus missing")
                frames.append((f"{a}/", 10 + rolls[i + 2]))
            else:
                frames.append((f"{a}{b}", a + b))
            i += 2
    bonus_rolls = 2 if frames[-1][0] == "X" else 1 if frames[-1][0].endswith("/") else 0
    if len(rolls) != i + bonus_rolls:
        raise BowlingError(f"expected {i + bonus_rolls} rolls, got {len(rolls)}")
    return frames


games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [6, 6] + [0] * 18,
    "short": [10] * 5,
    "extra roll": [0] * 20 + [5],
}
for name, rolls in games.items():
    try:
        frames = score_frames(rolls)
        running, marks = 0, []
        for mark, pts in frames:
            running += pts
            marks.append(f"{mark:>2}:{running:<3}")
        print(f"{name:13} {running:3} | " + " ".join(marks))
    except BowlingError as e:
        print(f"{name:13} error: {e}")
