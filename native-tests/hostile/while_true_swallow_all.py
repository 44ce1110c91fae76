# expect: terminated
# valgrind: run
# terminate-after-ms: 200
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
    except:
        pass
