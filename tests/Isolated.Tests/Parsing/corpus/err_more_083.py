x = rb"\xff" u"abc"
