# expect: RecursionError
import pickle
class P:
    def __reduce__(self):
        return (P, (), pickle.dumps(self))
pickle.dumps(P())
