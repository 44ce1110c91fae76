"""CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
"""
# Isolated's implementation of the _csv accelerator module in Python: the dialect checks, the
# reader's state machine and the writer's quoting rules of CPython 3.12's csv module, written
# from its documentation and observed behaviour.

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"

_UNSET = object()
_DIALECT_ATTRIBUTES = ("delimiter", "doublequote", "escapechar", "lineterminator",
                       "quotechar", "quoting", "skipinitialspace", "strict")


def _char(name, value, default):
    if value is _UNSET:
        return default
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


def _char_or_none(name, value, default):
    if value is _UNSET:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


def _bool(value, default):
    return default if value is _UNSET else bool(value)


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator",
                 "_quotechar", "_quoting", "_skipinitialspace", "_strict")

    def __new__(cls, *args, **kwargs):
        # Every parameter may be passed by position: (dialect, delimiter, doublequote, ...).
        names = ("dialect",) + _DIALECT_ATTRIBUTES
        if len(args) > len(names):
            raise TypeError(f"Dialect() takes at most {len(names)} arguments ({len(args)} given)")
        for key in kwargs:
            if key not in names:
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        given = dict(zip(names, args))
        for key, value in kwargs.items():
            if key in given:
                raise TypeError(f"argument for Dialect() given by name ('{key}') and position ({names.index(key) + 1})")
            given[key] = value
        dialect = given.pop("dialect", None)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # An existing dialect with nothing to change is shared, as CPython does.
            if type(dialect) is Dialect and cls is Dialect and not given:
                return dialect
        values = {}
        for name in _DIALECT_ATTRIBUTES:
            value = given.get(name, _UNSET)
            if value is _UNSET and dialect is not None:
                value = getattr(dialect, name, _UNSET)
            values[name] = value
        self = object.__new__(cls)
        # The checks run in CPython's order, so the first problem reported is the same.
        self._delimiter = _char("delimiter", values["delimiter"], ",")
        self._doublequote = _bool(values["doublequote"], True)
        self._escapechar = _char_or_none("escapechar", values["escapechar"], None)
        lineterminator = values["lineterminator"]
        if lineterminator is _UNSET:
            lineterminator = "\r\n"
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = values["quotechar"]
        self._quotechar = _char_or_none("quotechar", quotechar, '"')
        quoting = values["quoting"]
        if quoting is _UNSET:
            # A dialect that sets no quote character and says nothing about quoting quotes nothing.
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL):
            raise TypeError('bad "quoting" value')
        self._quoting = quoting
        self._skipinitialspace = _bool(values["skipinitialspace"], False)
        self._strict = _bool(values["strict"], False)
        if self._quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        self._lineterminator = lineterminator
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        if name in _DIALECT_ATTRIBUTES:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")
        object.__setattr__(self, name, value)

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '{type(self).__module__}.{type(self).__qualname__}' object")


Dialect.__module__ = "_csv"


def _make_dialect(dialect, kwargs):
    return Dialect(dialect, **kwargs)


# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        self._unquoted = True
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} "
                            "(the file should be opened in text mode)")
            self.line_num += 1
            process = self._process_char
            for c in line:
                process(c)
            process(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(c)

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _process_char(self, c):
        # c is one character of the line, or None at the end of the line.
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is None else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is None:
                return
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is None else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d._strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d._delimiter}' expected after '{d._quotechar}'")
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


Reader.__module__ = "_csv"
Reader.__name__ = Reader.__qualname__ = "reader"


def reader(csvfile, dialect="excel", **fmtparams):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    self = object.__new__(Reader)
    self._input = iter(csvfile)
    self.dialect = _make_dialect(dialect, fmtparams)
    self.line_num = 0
    self._fields = None
    return self


def _is_number(value):
    t = type(value)
    return (hasattr(t, "__index__") or hasattr(t, "__float__") or hasattr(t, "__int__")
            or isinstance(value, complex))


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        quoting = d._quoting
        parts = []
        count = 0
        for field in fields:
            count += 1
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._quote(text, quoted))
        if count == 1 and parts[0] == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d._quotechar * 2
        return self._write(d._delimiter.join(parts) + d._lineterminator)

    def _quote(self, text, quoted):
        d = self.dialect
        delimiter, quotechar, escapechar = d._delimiter, d._quotechar, d._escapechar
        lineterminator = d._lineterminator
        out = []
        for c in text:
            if c == delimiter or c == escapechar or c == quotechar or c in lineterminator:
                want_escape = False
                if d._quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == quotechar:
                        if d._doublequote:
                            out.append(quotechar)
                        else:
                            want_escape = True
                    elif c == escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(escapechar)
            out.append(c)
        text = "".join(out)
        return quotechar + text + quotechar if quoted else text

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__module__ = "_csv"
Writer.__name__ = Writer.__qualname__ = "writer"


def writer(fileobj, dialect="excel", **fmtparams):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    write = getattr(fileobj, "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    self = object.__new__(Writer)
    self._write = write
    self.dialect = _make_dialect(dialect, fmtparams)
    return self


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    if _dialects.pop(name, None) is None:
        raise Error("unknown dialect")


def get_dialect(name):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    if kwargs:
        if set(kwargs) != {"new_limit"} or args:
            raise TypeError("field_size_limit() takes at most 1 argument")
        args = (kwargs["new_limit"],)
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = limit
    return old
