ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty books everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.log = []

    def say(self, msg):
        self.log.append(msg)
        print(msg)

    def do(self, command):
        verb, _, noun = command.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        handler(noun)

    def cmd_look(self, _):
        r = ROOMS[self.room]
        self.say(f"[{self.room}] {r['desc']} Exits: {', '.join(sorted(r['exits']))}. Items: {r['items'] or 'none'}")

    def cmd_go(self, direction):
        r = ROOMS[self.room]
        target = r["exits"].get(direction)
        if target is None:
            self.say("You can't go that way.")
        elif ROOMS[target].get("locked") and "key" not in self.inventory:
            self.say("The door is locked.")
        else:
            self.room = target
            self.cmd_look("")

    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            self.say(f"Taken: {item}")
        else:
            self.say(f"There is no {item} here.")

    def cmd_inv(self, _):
        self.say("You carry: " + (", ".join(self.inventory) if self.inventory else "nothing"))

g = Game()
for c in ["look", "take lamp", "go east", "go down", "go west", "go north", "take key",
          "take sword", "go south", "go east", "go down", "take wine", "inv", "dance", "go up"]:
    print(">", c)
    g.do(c)
print(len(g.log), g.room)
