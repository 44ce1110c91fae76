"abc" "def" = 1
