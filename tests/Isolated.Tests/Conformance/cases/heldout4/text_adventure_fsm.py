from enum import Enum, auto

class State(Enum):
    HALL = auto()
    KITCHEN = auto()
    CELLAR = auto()
    GARDEN = auto()
    WON = auto()

EXITS = {
    State.HALL: {"north": State.KITCHEN, "east": State.GARDEN},
    State.KITCHEN: {"south": State.HALL, "down": State.CELLAR},
    State.CELLAR: {"up": State.KITCHEN},
    State.GARDEN: {"west": State.HALL},
}
ITEMS = {State.KITCHEN: ["knife", "bread"], State.CELLAR: ["key"], State.GARDEN: ["gate"]}

class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = []
        self.moves = 0
        self.log = []

    def say(self, msg):
        self.log.append(msg)
        print(f"[{self.moves:02d}] {msg}")

    def do(self, line):
        self.moves += 1
        verb, _, obj = line.strip().lower().partition(" ")
        match verb, obj:
            case ("go" | "walk"), direction if direction in EXITS.get(self.state, {}):
                self.state = EXITS[self.state][direction]
                self.say(f"You go {direction} to the {self.state.name.lower()}.")
            case ("go" | "walk"), direction:
                self.say(f"You can't go {direction or 'nowhere'} from here.")
            case "take", item if item in ITEMS.get(self.state, []) and item != "gate":
                ITEMS[self.state].remove(item)
                self.inventory.append(item)
                self.say(f"Taken: {item}. Carrying {', '.join(sorted(self.inventory))}.")
            case "take", item:
                self.say(f"There is no {item!r} you can take.")
            case "open", "gate" if self.state is State.GARDEN:
                if "key" in self.inventory:
                    self.state = State.WON
                    self.say("The gate creaks open. You escape!")
                else:
                    self.say("The gate is locked.")
            case "look", "":
                here = ITEMS.get(self.state, [])
                exits = sorted(EXITS.get(self.state, {}))
                self.say(f"{self.state.name.title()}: items={here} exits={exits}")
            case "inventory" | "i", "":
                self.say(f"You carry {self.inventory or 'nothing'}")
            case _:
                self.say(f"I don't understand {line.strip()!r}.")

g = Game()
script = ["look", "go west", "go north", "take bread", "take spoon", "look", "go down", "take key",
          "i", "go up", "go south", "dance wildly", "go east", "take gate", "open gate"]
for cmd in script:
    g.do(cmd)
    if g.state is State.WON:
        break
print(g.state, g.moves, len(g.log), State(3), State["GARDEN"].value, list(State)[-1])
print([s.name for s in State if s.value % 2])
