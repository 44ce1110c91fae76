namespace Isolated.Modules.Io;

/// <summary>Which buffered class a <see cref="PyBuffered"/> is.</summary>
public enum BufferedKind { Reader, Writer, Random, RWPair }
