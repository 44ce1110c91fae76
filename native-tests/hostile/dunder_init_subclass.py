# expect: RecursionError
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        type('Sub', (cls,), {})
class C(Base):
    pass
