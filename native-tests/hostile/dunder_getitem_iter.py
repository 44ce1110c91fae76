# expect: RecursionError
class G:
    def __getitem__(self, i):
        return self[i]
for x in G():
    pass
