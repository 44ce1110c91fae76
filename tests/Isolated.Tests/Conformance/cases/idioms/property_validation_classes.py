# Validated model classes: properties with setters, class-level registries, __init_subclass__ field checks, __repr__ from fields.
class Field:
    def __init__(self, kind, *, min=None, max=None, choices=None, default=None):
        self.kind, self.min, self.max, self.choices, self.default = kind, min, max, choices, default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name}: expected {self.kind.__name__}, got {value!r}")
        if self.min is not None and value < self.min:
            raise ValueError(f"{self.name}: {value} < {self.min}")
        if self.max is not None and value > self.max:
            raise ValueError(f"{self.name}: {value} > {self.max}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name}: {value!r} not in {self.choices}")
        obj.__dict__[self.name] = value


class Model:
    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
        Model.registry[cls.__name__] = cls

    def __init__(self, **values):
        for k in self.fields:
            if k in values:
                setattr(self, k, values.pop(k))
        if values:
            raise TypeError(f"unknown fields: {sorted(values)}")

    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields) + ")"


class User(Model):
    name = Field(str, default="anon")
    age = Field(int, min=0, max=150, default=0)
    role = Field(str, choices=("admin", "user"), default="user")


class Item(Model):
    price = Field(float, min=0.0)
    qty = Field(int, min=1, default=1)

    @property
    def total(self):
        return self.price * self.qty


print(User(name="ann", age=30), User(), Item(price=2.5, qty=4).total, sorted(Model.registry))
for kwargs in [{"age": -1}, {"age": "x"}, {"role": "root"}, {"nick": "z"}, {"age": 151}]:
    try:
        User(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
u = User(name="bob")
u.age = 42
print(u, User.fields, Item.fields, vars(u))
print(Model.registry["Item"](price=1.0), isinstance(User.age, Field))
