# A tiny text adventure driven by a scripted list of commands (homework style).
class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self

    def __str__(self):
        s = f"== {self.name} ==\n{self.description}"
        if self.items:
            s += "\nYou see: " + ", ".join(self.items)
        s += "\nExits: " + ", ".join(sorted(self.exits))
        return s


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0

    def go(self, direction):
        if direction not in self.room.exits:
            print("You can't go that way.")
            return
        nxt = self.room.exits[direction]
        if nxt.name == "Vault" and "key" not in self.inventory:
            print("The vault door is locked.")
            return
        self.room = nxt
        self.moves += 1
        print(self.room)

    def take(self, item):
        if item in self.room.items:
            self.room.items.remove(item)
            self.inventory.append(item)
            print(f"Taken: {item}")
        else:
            print(f"There is no {item} here.")


hall = Room("Hall", "A dusty entrance hall.")
kitchen = Room("Kitchen", "Smells of old bread.")
library = Room("Library", "Shelves full of books.")
vault = Room("Vault", "Gold everywhere!")
hall.connect("north", kitchen, "south")
hall.connect("east", library, "west")
library.connect("down", vault, "up")
kitchen.items += ["knife", "key"]
library.items.append("book")

script = """look
go down
go east
go down
go west
go north
take key
take spoon
go south
go east
inventory
go down
quit"""

p = Player(hall)
for line in script.splitlines():
    print(f"> {line}")
    verb, _, arg = line.partition(" ")
    match verb:
        case "look":
            print(p.room)
        case "go":
            p.go(arg)
        case "take":
            p.take(arg)
        case "inventory":
            print("You carry:", p.inventory or "nothing")
        case "quit":
            print(f"Bye after {p.moves} moves.")
            break
        case _:
            print("Unknown command", repr(verb))
