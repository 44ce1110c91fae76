// System.Threading (an implicit using) has a ThreadState enum; ours is the one meant everywhere.
global using ThreadState = Isolated.Runtime.ThreadState;
