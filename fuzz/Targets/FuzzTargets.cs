namespace Isolated.Fuzzing;

/// <summary>The fuzz targets (issue 8): the tokenizer/parser/compiler, execution of generated
/// programs under a budget, the _sre engine, and decoders of untrusted bytes. Their corpora are
/// fuzz/corpus/&lt;name&gt;/; the xunit suite replays them (FuzzCorpusReplayTests).</summary>
public static class FuzzTargets
{
    /// <summary>Shared by every driver: no file, process or network access from fuzzed code,
    /// output thrown away, and <c>attempt</c>, which runs one operation and keeps going after an
    /// ordinary exception but lets SystemError (how a runtime bug surfaces) through.</summary>
    const string Prelude = """
        import sys, builtins
        class _Discard:
            def write(self, s): return len(s)
            def flush(self): pass
        sys.stdout = sys.stderr = _Discard()
        for _name in ('open', 'input', 'breakpoint', 'help'):
            if hasattr(builtins, _name):
                delattr(builtins, _name)
        def attempt(f, *args):
            try:
                return f(*args)
            except SystemError:
                raise
            except Exception:
                return None

        """;

    /// <summary>Imports that could reach the file system, processes or the network fail in
    /// fuzzed programs (set after the driver's own imports).</summary>
    const string Sandbox = """

        for _name in ('os', 'posix', 'shutil', 'subprocess', '_posixsubprocess', 'socket', '_socket',
                      'signal', '_signal', 'pathlib', 'tempfile', 'io', '_io', 'threading', '_thread',
                      'multiprocessing', 'concurrent', 'asyncio', 'select', 'selectors', 'mmap', 'ctypes',
                      '_interpreters', 'atexit', 'gc', 'importlib', 'zipimport', 'runpy', 'site'):
            sys.modules[_name] = None
        """;

    public static readonly FuzzTarget[] All =
    [
        new("source", "compile and run a program under a tick budget, in a fresh interpreter", Prelude + Sandbox + """

            def fuzz(data):
                code = compile(data, '<fuzz>', 'exec')
                exec(code, {'__name__': '__fuzz__'})
            """, FreshInterpreterPerInput: true),

        new("compile", "tokenizer, parser and compiler only, in exec/eval/single mode", Prelude + """
            def fuzz(data):
                if not data:
                    return
                mode = ('exec', 'eval', 'single')[data[0] % 3]
                attempt(compile, data[1:], '<fuzz>', mode)
                attempt(compile, data[1:].decode('utf-8', 'replace'), '<fuzz>', mode, 0, True)
            """),

        new("sre", "regular expressions: pattern flags, pattern and subject from the input", Prelude + """
            import re
            FLAGS = (re.I, re.M, re.S, re.X, re.A)
            def run(p, s, empty):
                attempt(p.search, s)
                attempt(p.match, s)
                attempt(p.fullmatch, s)
                attempt(p.findall, s)
                attempt(lambda: list(p.finditer(s)))
                attempt(p.split, s)
                attempt(p.sub, empty, s)
                attempt(p.subn, lambda m: m.group(0) * 2, s)
            def fuzz(data):
                if len(data) < 2:
                    return
                flags = 0
                for i, f in enumerate(FLAGS):
                    if data[0] & (1 << i):
                        flags |= f
                rest = data[1:]
                cut = rest.find(0)
                pattern, subject = (rest, rest) if cut < 0 else (rest[:cut], rest[cut + 1:])
                if data[0] & 0x80:
                    p = attempt(re.compile, pattern, flags)
                    if p is not None:
                        run(p, subject, b'')
                else:
                    p = attempt(re.compile, pattern.decode('latin-1'), flags)
                    if p is not None:
                        run(p, subject.decode('utf-8', 'replace'), '')
                attempt(re.escape, pattern.decode('latin-1'))
            """),

        new("struct", "struct format strings and the bytes they unpack", Prelude + """
            import struct
            def fuzz(data):
                cut = data.find(0)
                fmt, payload = (data, b'') if cut < 0 else (data[:cut], data[cut + 1:])
                fmt = fmt.decode('latin-1')
                size = attempt(struct.calcsize, fmt)
                if size is None:
                    return
                if size <= len(payload):
                    values = attempt(struct.unpack_from, fmt, payload)
                    if values is not None:
                        attempt(struct.pack, fmt, *values)
                if 0 < size <= 4096 and len(payload) % size == 0:
                    attempt(lambda: list(struct.iter_unpack(fmt, payload)))
            """),

        new("json", "json.loads of the input as text, and a dumps/loads round trip", Prelude + """
            import json
            def fuzz(data):
                text = attempt(data.decode, 'utf-8', 'surrogatepass')
                if text is None:
                    return
                value = attempt(json.loads, text)
                if value is not None:
                    again = attempt(json.dumps, value)
                    if again is not None:
                        json.loads(again)
            """),

        new("marshal", "marshal.loads of the input, and a dumps/loads round trip", Prelude + """
            import marshal
            def fuzz(data):
                value = attempt(marshal.loads, data)
                if value is not None:
                    again = attempt(marshal.dumps, value)
                    if again is not None:
                        marshal.loads(again)
            """),

        new("codecs", "decoding and re-encoding with a codec and error handler chosen by the input", Prelude + """
            import codecs
            CODECS = ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be',
                      'utf-7', 'latin-1', 'ascii', 'cp1252', 'cp437', 'mac-roman', 'koi8-r', 'unicode_escape',
                      'raw_unicode_escape', 'idna', 'punycode', 'base64_codec', 'hex_codec', 'zlib_codec',
                      'quopri_codec', 'uu_codec', 'rot13', 'shift_jis', 'euc-jp', 'gb2312', 'big5')
            ERRORS = ('strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace', 'surrogatepass')
            def fuzz(data):
                if len(data) < 2:
                    return
                name = CODECS[data[0] % len(CODECS)]
                errors = ERRORS[data[1] % len(ERRORS)]
                payload = data[2:]
                text = attempt(codecs.decode, payload, name, errors)
                if isinstance(text, str):
                    attempt(codecs.encode, text, name, errors)
                    attempt(codecs.encode, payload.decode('utf-8', 'surrogateescape'), name, errors)
                factory = attempt(codecs.getincrementaldecoder, name)
                if factory is not None:
                    decoder = attempt(factory, errors)
                    if decoder is not None:
                        for i in range(len(payload)):
                            if attempt(decoder.decode, payload[i:i + 1]) is None:
                                break
                        attempt(decoder.decode, b'', True)
            """),

        new("zlib", "zlib/deflate/gzip streams: one-shot and streaming decompression", Prelude + """
            import zlib
            WBITS = (15, -15, 31, 47, 9, -9, 0)
            def fuzz(data):
                if not data:
                    return
                wbits = WBITS[data[0] % len(WBITS)]
                payload = data[1:]
                attempt(zlib.decompress, payload, wbits)
                d = attempt(zlib.decompressobj, wbits)
                if d is not None:
                    for i in range(0, len(payload), 7):
                        if attempt(d.decompress, payload[i:i + 7], 64) is None:
                            break
                    attempt(d.flush)
                attempt(zlib.crc32, payload)
                attempt(zlib.adler32, payload)
            """),

        new("numbers", "int/float/complex parsing, format specs and %-formatting from the input", Prelude + """
            import re
            from fractions import Fraction
            # Fraction('1e-123456789') computes 10**123456789: one huge int operation, which no
            # budget can stop (a documented limit, README "Host controls"); keep exponents small.
            BIG_EXPONENT = re.compile(r'[eE][-+]?0*\d{4}')
            # Likewise a width or precision of millions asks for a string of millions of characters
            # (CPython 3.12 takes seconds too): one operation, not interruptible.
            BIG_NUMBER = re.compile(r'\d{6,}')
            def fuzz(data):
                parts = data.decode('latin-1').split('\x00')
                text = parts[0]
                for base in (0, 2, 8, 10, 16, 36):
                    attempt(int, text, base)
                attempt(float, text)
                attempt(complex, text)
                if not BIG_EXPONENT.search(text):
                    attempt(Fraction, text)
                attempt(float.fromhex, text)
                if len(parts) > 1 and not BIG_NUMBER.search(parts[1]):
                    spec = parts[1]
                    for value in (0, -42, 10**30, 3.5, -0.0, 1e300, float('nan'), complex(1, -2), 'text', True):
                        attempt(format, value, spec)
                    attempt(lambda: spec % (1, 2.5, 'x'))
                    attempt(lambda: spec % {'a': 1})
                    attempt(lambda: spec.format(1, 2.5, 'x', a=1))
            """),
    ];

    public static FuzzTarget? Find(string name) => Array.Find(All, t => t.Name == name);
}
