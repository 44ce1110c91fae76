a = yield = 3
