# expect: SyntaxError
compile('\\\n' * 100000 + '1 +', 's', 'exec')
