try: pass
except E as e: pass
except (A, B): pass
except A.B: pass
except a[0]: pass
except: pass
