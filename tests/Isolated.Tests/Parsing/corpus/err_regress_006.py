f('-Infinity'=)
