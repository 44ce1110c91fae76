using System.Text;
using System.Xml;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Xml;

/// <summary>
/// <c>_xmlevents</c>: the XML tokenizer under Isolated's <c>pyexpat</c> (src/Lib/pyexpat.py).
/// CPython binds the Expat C library; Isolated reads the document with .NET's conforming
/// <see cref="XmlReader"/> and hands pyexpat a list of events, which it dispatches to the
/// parser's handlers with Expat's conventions (names, attribute lists, namespace separators).
/// <c>parse(data, namespaces)</c> returns a list of tuples, each ending with the line and
/// 0-based column where the event starts:
/// <c>("xmldecl", version, encoding, standalone)</c>, <c>("doctype", name, sysid, pubid, internal)</c>,
/// <c>("start", qname, uri, local, prefix, [(qname, uri, local, prefix, value), ...])</c>,
/// <c>("end", qname, uri, local, prefix)</c>, <c>("data", text)</c>, <c>("cdata", text)</c>,
/// <c>("comment", text)</c>, <c>("pi", target, data)</c>, and last, on a malformed document,
/// <c>("error", code, message)</c> with Expat's error code and message.
/// </summary>
public static class XmlEventsModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var m = ModuleType.New(ts.Interpreter, "_xmlevents");
        m.Dict.SetStr("__doc__", ts.Interpreter.Str("The XML tokenizer under pyexpat (.NET's XmlReader)."));
        WeakrefModule.Add(m, "parse", Parse);
        return m;
    }

    // Expat's error codes (xml.parsers.expat.errors) for what XmlReader reports.
    const int NoElements = 3, InvalidToken = 4, UnclosedToken = 5, TagMismatch = 7, DuplicateAttribute = 8, JunkAfterDocElement = 9,
        UndefinedEntity = 11, IncorrectEncoding = 19, UnknownEncoding = 18, UnboundPrefix = 27;

    static PyObject? Parse(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "parse", args, kw, 2, 2)) return null;
        int namespaces = Ops.IsTrue(ts, args[1]);
        if (namespaces < 0) return null;
        // XmlTextReader, not XmlReader.Create: only it can read without namespace processing,
        // which Expat does when no namespace separator is given ("a:b" is then a plain name).
        XmlTextReader reader;
        if (args[0] is PyStr text) reader = new XmlTextReader(new StringReader(text.Value));
        else if (args[0] is IBuffer buffer) reader = new XmlTextReader(new MemoryStream(buffer.AsReadOnlySpan().ToArray(), writable: false));
        else return ts.Raise(ExceptionKind.TypeError, $"a bytes-like object or str is required, not '{args[0].Type.Name}'");
        reader.Namespaces = namespaces == 1;
        reader.DtdProcessing = DtdProcessing.Parse;
        reader.XmlResolver = null;
        reader.WhitespaceHandling = WhitespaceHandling.All;
        reader.Normalization = true;
        reader.EntityHandling = EntityHandling.ExpandEntities;
        var events = new PyList(ts.Interpreter.Types.List);
        try
        {
            using (reader) Read(ts, reader, events, namespaces == 1);
        }
        catch (XmlException e)
        {
            var (code, message) = ExpatError(e);
            // XmlReader calls a document cut short before its root element "data at the root level".
            if (code == JunkAfterDocElement && !HasStart(events)) (code, message) = (NoElements, "no element found");
            events.Append(Event(ts, e.LineNumber, Math.Max(0, e.LinePosition - 1), "error", ts.Interpreter.Int(code), ts.Interpreter.Str(message)));
        }
        catch (DecoderFallbackException)
        {
            events.Append(Event(ts, 1, 0, "error", ts.Interpreter.Int(IncorrectEncoding), ts.Interpreter.Str("encoding specified in XML declaration is incorrect")));
        }
        catch (ArgumentException e) when (e.Message.Contains("encoding", StringComparison.OrdinalIgnoreCase))
        {
            events.Append(Event(ts, 1, 0, "error", ts.Interpreter.Int(UnknownEncoding), ts.Interpreter.Str("unknown encoding")));
        }
        return events;
    }

    static void Read(ThreadState ts, XmlReader reader, PyList events, bool namespaces)
    {
        var interp = ts.Interpreter;
        var info = (IXmlLineInfo)reader;
        bool sawRoot = false;
        while (reader.Read())
        {
            int line = info.LineNumber, column = Math.Max(0, info.LinePosition - 1);
            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    events.Append(Event(ts, line, Math.Max(0, column - 1), "xmldecl",
                        Str(interp, reader.GetAttribute("version")), Str(interp, reader.GetAttribute("encoding")),
                        reader.GetAttribute("standalone") is { } sa ? interp.Int(sa == "yes" ? 1 : 0) : interp.Int(-1)));
                    break;
                case XmlNodeType.DocumentType:
                    events.Append(Event(ts, line, Math.Max(0, column - 1), "doctype", interp.Str(reader.Name),
                        Str(interp, reader.GetAttribute("SYSTEM")), Str(interp, reader.GetAttribute("PUBLIC")),
                        interp.Bool(reader.Value.Length > 0)));
                    break;
                case XmlNodeType.Element:
                {
                    sawRoot = true;
                    int elementColumn = Math.Max(0, column - 1);
                    var attrs = new PyList(interp.Types.List);
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            attrs.Append(interp.Tuple(interp.Str(reader.Name), interp.Str(namespaces ? reader.NamespaceURI : ""),
                                interp.Str(reader.LocalName), interp.Str(reader.Prefix), interp.Str(reader.Value)));
                        } while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }
                    var name = Names(interp, reader, namespaces);
                    events.Append(Event(ts, line, elementColumn, "start", name[0], name[1], name[2], name[3], attrs));
                    if (reader.IsEmptyElement) events.Append(Event(ts, line, elementColumn, "end", name[0], name[1], name[2], name[3]));
                    break;
                }
                case XmlNodeType.EndElement:
                {
                    var name = Names(interp, reader, namespaces);
                    events.Append(Event(ts, line, Math.Max(0, column - 2), "end", name[0], name[1], name[2], name[3]));
                    break;
                }
                case XmlNodeType.Text:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    // Whitespace outside the root element is not character data (Expat ignores it).
                    if (reader.Depth == 0 && reader.NodeType != XmlNodeType.Text) break;
                    events.Append(Event(ts, line, column, "data", interp.Str(reader.Value)));
                    break;
                case XmlNodeType.CDATA:
                    events.Append(Event(ts, line, Math.Max(0, column - 9), "cdata", interp.Str(reader.Value)));
                    break;
                case XmlNodeType.Comment:
                    events.Append(Event(ts, line, Math.Max(0, column - 4), "comment", interp.Str(reader.Value)));
                    break;
                case XmlNodeType.ProcessingInstruction:
                    events.Append(Event(ts, line, Math.Max(0, column - 2), "pi", interp.Str(reader.Name), interp.Str(reader.Value)));
                    break;
                case XmlNodeType.EntityReference:
                    // Only when an entity cannot be expanded (no DTD declares it).
                    events.Append(Event(ts, line, column, "error", interp.Int(UndefinedEntity), interp.Str("undefined entity")));
                    return;
            }
        }
        if (!sawRoot) throw new XmlException("Root element is missing.", null, info.LineNumber, info.LinePosition);
    }

    static bool HasStart(PyList events)
    {
        for (int i = 0; i < events.Count; i++)
            if (events.Items[i] is PyTuple { Items: [PyStr { Value: "start" }, ..] }) return true;
        return false;
    }

    static PyObject[] Names(Interpreter interp, XmlReader reader, bool namespaces) =>
        [interp.Str(reader.Name), interp.Str(namespaces ? reader.NamespaceURI : ""), interp.Str(reader.LocalName), interp.Str(reader.Prefix)];

    static PyObject Str(Interpreter interp, string? s) => s is null ? interp.None : interp.Str(s);

    static PyTuple Event(ThreadState ts, int line, int column, string kind, params PyObject[] fields)
    {
        var interp = ts.Interpreter;
        var items = new PyObject[fields.Length + 3];
        items[0] = interp.Str(kind);
        fields.CopyTo(items, 1);
        items[^2] = interp.Int(line);
        items[^1] = interp.Int(column);
        return interp.Tuple(items);
    }

    /// <summary>Expat's code and message for what XmlReader reported (by its message: XmlException
    /// has no error code).</summary>
    static (int Code, string Message) ExpatError(XmlException e)
    {
        string m = e.Message;
        if (m.Contains("does not match the end tag")) return (TagMismatch, "mismatched tag");
        if (m.Contains("duplicate attribute")) return (DuplicateAttribute, "duplicate attribute");
        if (m.Contains("Root element is missing")) return (NoElements, "no element found");
        if (m.Contains("Unexpected end of file")) return m.Contains("has occurred") && !m.Contains("while parsing") ? (NoElements, "no element found") : (UnclosedToken, "unclosed token");
        if (m.Contains("multiple root elements") || m.Contains("Data at the root level")) return (JunkAfterDocElement, "junk after document element");
        if (m.Contains("undeclared entity") || m.Contains("Reference to undeclared")) return (UndefinedEntity, "undefined entity");
        if (m.Contains("undeclared prefix") || m.Contains("is an undeclared")) return (UnboundPrefix, "unbound prefix");
        if (m.Contains("encoding")) return (IncorrectEncoding, "encoding specified in XML declaration is incorrect");
        return (InvalidToken, "not well-formed (invalid token)");
    }
}
