"""Python wrapper for Expat parser."""

# Isolated's pyexpat: CPython binds the Expat C library here; Isolated reads the document with
# .NET's conforming XmlReader (the builtin module _xmlevents) and dispatches its events to the
# parser's handlers with Expat's conventions, so xml.etree.ElementTree, xml.dom.minidom and
# xml.sax work unchanged. Known differences from Expat: a document is tokenized when Parse() is
# called with isfinal true (handlers for earlier chunks run then, not chunk by chunk); DTD
# declarations are checked and applied but not reported (ElementDeclHandler, AttlistDeclHandler,
# EntityDeclHandler, NotationDeclHandler, DefaultHandler are never called); character data is
# reported per line when buffer_text is off, not at entity-reference boundaries; error messages
# are Expat's for the common errors, positions may differ by a few columns.

import sys as _sys
import types as _types
import _xmlevents

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)      # the Expat release whose behaviour this module follows
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_ERRORS = [
    (1, 'XML_ERROR_NO_MEMORY', 'out of memory'),
    (2, 'XML_ERROR_SYNTAX', 'syntax error'),
    (3, 'XML_ERROR_NO_ELEMENTS', 'no element found'),
    (4, 'XML_ERROR_INVALID_TOKEN', 'not well-formed (invalid token)'),
    (5, 'XML_ERROR_UNCLOSED_TOKEN', 'unclosed token'),
    (6, 'XML_ERROR_PARTIAL_CHAR', 'partial character'),
    (7, 'XML_ERROR_TAG_MISMATCH', 'mismatched tag'),
    (8, 'XML_ERROR_DUPLICATE_ATTRIBUTE', 'duplicate attribute'),
    (9, 'XML_ERROR_JUNK_AFTER_DOC_ELEMENT', 'junk after document element'),
    (10, 'XML_ERROR_PARAM_ENTITY_REF', 'illegal parameter entity reference'),
    (11, 'XML_ERROR_UNDEFINED_ENTITY', 'undefined entity'),
    (12, 'XML_ERROR_RECURSIVE_ENTITY_REF', 'recursive entity reference'),
    (13, 'XML_ERROR_ASYNC_ENTITY', 'asynchronous entity'),
    (14, 'XML_ERROR_BAD_CHAR_REF', 'reference to invalid character number'),
    (15, 'XML_ERROR_BINARY_ENTITY_REF', 'reference to binary entity'),
    (16, 'XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF', 'reference to external entity in attribute'),
    (17, 'XML_ERROR_MISPLACED_XML_PI', 'XML or text declaration not at start of entity'),
    (18, 'XML_ERROR_UNKNOWN_ENCODING', 'unknown encoding'),
    (19, 'XML_ERROR_INCORRECT_ENCODING', 'encoding specified in XML declaration is incorrect'),
    (20, 'XML_ERROR_UNCLOSED_CDATA_SECTION', 'unclosed CDATA section'),
    (21, 'XML_ERROR_EXTERNAL_ENTITY_HANDLING', 'error in processing external entity reference'),
    (22, 'XML_ERROR_NOT_STANDALONE', 'document is not standalone'),
    (23, 'XML_ERROR_UNEXPECTED_STATE', 'unexpected parser state - please send a bug report'),
    (24, 'XML_ERROR_ENTITY_DECLARED_IN_PE', 'entity declared in parameter entity'),
    (25, 'XML_ERROR_FEATURE_REQUIRES_XML_DTD', 'requested feature requires XML_DTD support in Expat'),
    (26, 'XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING', 'cannot change setting once parsing has begun'),
    (27, 'XML_ERROR_UNBOUND_PREFIX', 'unbound prefix'),
    (28, 'XML_ERROR_UNDECLARING_PREFIX', 'must not undeclare prefix'),
    (29, 'XML_ERROR_INCOMPLETE_PE', 'incomplete markup in parameter entity'),
    (30, 'XML_ERROR_XML_DECL', 'XML declaration not well-formed'),
    (31, 'XML_ERROR_TEXT_DECL', 'text declaration not well-formed'),
    (32, 'XML_ERROR_PUBLICID', 'illegal character(s) in public id'),
    (33, 'XML_ERROR_SUSPENDED', 'parser suspended'),
    (34, 'XML_ERROR_NOT_SUSPENDED', 'parser not suspended'),
    (35, 'XML_ERROR_ABORTED', 'parsing aborted'),
    (36, 'XML_ERROR_FINISHED', 'parsing finished'),
    (37, 'XML_ERROR_SUSPEND_PE', 'cannot suspend in external parameter entity'),
    (38, 'XML_ERROR_RESERVED_PREFIX_XML', 'reserved prefix (xml) must not be undeclared or bound to another namespace name'),
    (39, 'XML_ERROR_RESERVED_PREFIX_XMLNS', 'reserved prefix (xmlns) must not be declared or undeclared'),
    (40, 'XML_ERROR_RESERVED_NAMESPACE_URI', 'prefix must not be bound to one of the reserved namespace names'),
    (41, 'XML_ERROR_INVALID_ARGUMENT', 'invalid argument'),
    (42, 'XML_ERROR_NO_BUFFER', 'a successful prior call to function XML_GetBuffer is required'),
    (43, 'XML_ERROR_AMPLIFICATION_LIMIT_BREACH', 'limit on input amplification factor (from DTD and entities) breached'),]

errors = _types.ModuleType('pyexpat.errors', 'Constants used to describe error conditions.')
errors.codes = {}
errors.messages = {}
for _code, _name, _message in _ERRORS:
    setattr(errors, _name, _message)
    errors.codes[_message] = _code
    errors.messages[_code] = _message

model = _types.ModuleType('pyexpat.model', 'Constants used to interpret content model information.')
model.XML_CTYPE_EMPTY, model.XML_CTYPE_ANY, model.XML_CTYPE_MIXED = 1, 2, 3
model.XML_CTYPE_NAME, model.XML_CTYPE_CHOICE, model.XML_CTYPE_SEQ = 4, 5, 6
model.XML_CQUANT_NONE, model.XML_CQUANT_OPT, model.XML_CQUANT_REP, model.XML_CQUANT_PLUS = 0, 1, 2, 3


class ExpatError(Exception):
    pass


ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError


def ErrorString(code):
    """Returns string error for given number."""
    return errors.messages.get(code)


_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
    'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
    'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
)

_XMLNS_URI = 'http://www.w3.org/2000/xmlns/'


class xmlparser:
    """XML parser"""

    __slots__ = _HANDLERS + (
        'buffer_text', 'buffer_used', '_buffer_size', 'ordered_attributes', 'specified_attributes',
        'namespace_prefixes', 'intern', 'ErrorCode', 'ErrorLineNumber', 'ErrorColumnNumber',
        'ErrorByteIndex', 'CurrentLineNumber', 'CurrentColumnNumber', 'CurrentByteIndex',
        '_encoding', '_separator', '_chunks', '_finished', '_base', '_reparse_deferral',
        '_pending_text', '__weakref__')

    def __init__(self, encoding, namespace_separator, intern):
        for name in _HANDLERS:
            object.__setattr__(self, name, None)
        self.buffer_text = False
        self.buffer_used = 0
        self._buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = {} if intern is None else intern
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1
        self._encoding = encoding
        self._separator = namespace_separator
        self._chunks = []
        self._finished = False
        self._base = None
        self._reparse_deferral = True
        self._pending_text = []

    @property
    def buffer_size(self):
        return self._buffer_size

    @buffer_size.setter
    def buffer_size(self, value):
        if not isinstance(value, int):
            raise TypeError('buffer_size must be an integer')
        if value <= 0:
            raise ValueError('buffer_size must be greater than zero')
        self._flush_text()
        self._buffer_size = value

    def Parse(self, data, isfinal=False, /):
        """Parse XML data.

        'isfinal' should be true at end of input."""
        if self._finished:
            self._raise(36, self.CurrentLineNumber, self.CurrentColumnNumber)
        if isinstance(data, str):
            self._chunks.append(data)
        else:
            self._chunks.append(bytes(memoryview(data)))
        if not isfinal:
            return 1
        self._finished = True
        chunks, self._chunks = self._chunks, []
        if any(isinstance(c, str) for c in chunks):
            document = ''.join(c if isinstance(c, str) else c.decode(self._encoding or 'utf-8') for c in chunks)
        else:
            document = b''.join(chunks)
            if self._encoding is not None:
                document = document.decode(self._encoding)
        self._dispatch(_xmlevents.parse(document, self._separator is not None))
        return 1

    def ParseFile(self, file, /):
        """Parse XML data from file-like object."""
        read = file.read
        while True:
            data = read(2048)
            if not isinstance(data, (bytes, bytearray, str)):
                raise TypeError('read() did not return a bytes object (type=%.400s)' % type(data).__name__)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b'', True)

    def SetBase(self, base, /):
        """Set the base URL for the parser."""
        self._base = base

    def GetBase(self):
        """Return base URL string for the parser."""
        return self._base

    def GetInputContext(self):
        """Return the untranslated text of the input that caused the current event."""
        return None

    def SetParamEntityParsing(self, flag, /):
        """Controls parsing of parameter entities (including the external DTD subset)."""
        return 1

    def UseForeignDTD(self, flag=True, /):
        """Allows the application to provide an artificial external subset."""
        return None

    def GetReparseDeferralEnabled(self):
        """Retrieve reparse deferral enabled status; always returns false with Expat <2.6.0."""
        return False

    def SetReparseDeferralEnabled(self, enabled, /):
        """Enable/Disable reparse deferral; enabled by default with Expat >=2.6.0."""
        self._reparse_deferral = bool(enabled)

    def ExternalEntityParserCreate(self, context, encoding=None, /):
        """Create a parser for parsing an external entity based on the information passed to the ExternalEntityRefHandler."""
        raise NotImplementedError('pyexpat: external entities are not supported by Isolated')

    # ---- dispatch ----

    def _raise(self, code, line, column):
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = column
        err = ExpatError('%s: line %d, column %d' % (errors.messages[code], line, column))
        err.code = code
        err.lineno = line
        err.offset = column
        raise err

    def _flush_text(self):
        if self._pending_text:
            text = ''.join(self._pending_text)
            self._pending_text = []
            self.buffer_used = 0
            handler = self.CharacterDataHandler
            if handler is not None:
                handler(text)

    def _text(self, text):
        if self.buffer_text:
            self._pending_text.append(text)
            self.buffer_used += len(text)
            return
        handler = self.CharacterDataHandler
        if handler is None:
            return
        # Expat reports each newline as its own piece of character data.
        start = 0
        while True:
            nl = text.find('\n', start)
            if nl < 0:
                if start < len(text):
                    handler(text[start:])
                return
            if nl > start:
                handler(text[start:nl])
            handler('\n')
            start = nl + 1

    def _name(self, qname, uri, local, prefix):
        if self._separator is None or not uri:
            name = qname if self._separator is None else local
        elif self.namespace_prefixes and prefix:
            name = uri + self._separator + local + self._separator + prefix
        else:
            name = uri + self._separator + local
        return self.intern.setdefault(name, name) if self.intern is not None else name

    def _dispatch(self, events):
        ns = self._separator is not None
        open_decls = []
        for event in events:
            kind = event[0]
            self.CurrentLineNumber = event[-2]
            self.CurrentColumnNumber = event[-1]
            if kind == 'data':
                self._text(event[1])
                continue
            self._flush_text()
            if kind == 'start':
                _, qname, uri, local, prefix, raw_attrs, _, _ = event
                decls = []
                attrs = []
                for aq, auri, alocal, aprefix, value in raw_attrs:
                    if ns and (auri == _XMLNS_URI or aq == 'xmlns'):
                        decls.append((alocal if aprefix else None, value or None))
                        continue
                    attrs.append(self._name(aq, auri, alocal, aprefix))
                    attrs.append(value)
                open_decls.append(decls)
                handler = self.StartNamespaceDeclHandler
                if handler is not None:
                    for decl_prefix, decl_uri in decls:
                        handler(decl_prefix, decl_uri)
                handler = self.StartElementHandler
                if handler is not None:
                    if not self.ordered_attributes:
                        attrs = dict(zip(attrs[::2], attrs[1::2]))
                    handler(self._name(qname, uri, local, prefix), attrs)
            elif kind == 'end':
                _, qname, uri, local, prefix, _, _ = event
                handler = self.EndElementHandler
                if handler is not None:
                    handler(self._name(qname, uri, local, prefix))
                decls = open_decls.pop() if open_decls else []
                handler = self.EndNamespaceDeclHandler
                if handler is not None:
                    for decl_prefix, _ in reversed(decls):
                        handler(decl_prefix)
            elif kind == 'cdata':
                if self.StartCdataSectionHandler is not None:
                    self.StartCdataSectionHandler()
                self._text(event[1])
                self._flush_text()
                if self.EndCdataSectionHandler is not None:
                    self.EndCdataSectionHandler()
            elif kind == 'comment':
                if self.CommentHandler is not None:
                    self.CommentHandler(event[1])
            elif kind == 'pi':
                if self.ProcessingInstructionHandler is not None:
                    self.ProcessingInstructionHandler(event[1], event[2])
            elif kind == 'xmldecl':
                if self.XmlDeclHandler is not None:
                    self.XmlDeclHandler(event[1], event[2], event[3])
            elif kind == 'doctype':
                if self.StartDoctypeDeclHandler is not None:
                    self.StartDoctypeDeclHandler(event[1], event[2], event[3], int(event[4]))
                if self.EndDoctypeDeclHandler is not None:
                    self.EndDoctypeDeclHandler()
            elif kind == 'error':
                self._raise(event[1], event[-2], event[-1])
        self._flush_text()


xmlparser.__module__ = 'pyexpat'
XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
    if intern is not None and not isinstance(intern, dict):
        raise TypeError('intern must be a dictionary')
    return xmlparser(encoding, namespace_separator, intern)
