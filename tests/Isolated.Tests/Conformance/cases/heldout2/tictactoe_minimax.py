# Tic-tac-toe with a minimax AI playing itself, plus a few scripted positions.
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None

@lru_cache(maxsize=None)
def minimax(b, player):
    w = winner(b)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in b:
        return 0, None
    best = None
    for i, c in enumerate(b):
        if c == ".":
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best

def show(b):
    return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))

board, player = "." * 9, "X"
moves = []
while not winner(board) and "." in board:
    _, move = minimax(board, player)
    moves.append(move)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
print(show(board))
print("moves:", moves, "winner:", winner(board) or "draw")
print(minimax.cache_info().currsize > 1000, minimax.cache_info().hits > 0)
for pos in ["XX.OO....", "X.O.X.O..", "OOX.X...."]:
    xs, os_ = pos.count("X"), pos.count("O")
    to_move = "X" if xs == os_ else "O"
    score, mv = minimax(pos, to_move)
    print(pos, to_move, "->", mv, {1: "X wins", 0: "draw", -1: "O wins"}[score])
