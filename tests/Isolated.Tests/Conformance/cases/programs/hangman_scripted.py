# Hangman played by a scripted strategy (letter frequency), with ASCII art stages and game statistics.
import random
from collections import Counter

WORDS = ["python", "interpreter", "generator", "decorator", "iterator", "namespace", "closure", "coroutine", "exception", "module"]
STAGES = ["", "O", "O\n|", "O\n/|", "O\n/|\\", "O\n/|\\\n/", "O\n/|\\\n/ \\"]


def play(secret, strategy):
    guessed, misses = set(), 0
    while misses < len(STAGES) - 1:
        pattern = "".join(c if c in guessed else "_" for c in secret)
        if "_" not in pattern:
            return True, misses, len(guessed)
        letter = strategy(pattern, guessed)
        guessed.add(letter)
        if letter not in secret:
            misses += 1
    return False, misses, len(guessed)


def frequency_strategy(pattern, guessed):
    candidates = [w for w in WORDS if len(w) == len(pattern) and all(p == "_" and c not in guessed or p == c for p, c in zip(pattern, w))]
    counts = Counter(c for w in candidates for c in set(w) if c not in guessed)
    if counts:
        return max(sorted(counts), key=counts.get)
    return next(c for c in "etaoinshrdlucmfwypvbgkqjxz" if c not in guessed)


def alphabet_strategy(pattern, guessed):
    return next(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in guessed)


for name, strat in [("frequency", frequency_strategy), ("alphabet", alphabet_strategy)]:
    results = [play(w, strat) for w in WORDS]
    wins = sum(r[0] for r in results)
    print(f"{name:10} wins {wins}/{len(WORDS)} misses {[r[1] for r in results]} guesses {[r[2] for r in results]}")
rng = random.Random(3)
secret = rng.choice(WORDS)
won, misses, n = play(secret, alphabet_strategy)
print(secret, won, misses)
print(STAGES[misses])
