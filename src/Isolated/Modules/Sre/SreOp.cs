namespace Isolated.Modules.Sre;

/// <summary>The opcode, position-code and category-code numbers of re._constants (MAGIC 20221023):
/// the contract between the pure-Python compiler (re/_compiler.py) and this engine.</summary>
public static class SreOp
{
    public const uint Failure = 0, Success = 1, Any = 2, AnyAll = 3, Assert = 4, AssertNot = 5, At = 6, Branch = 7,
        Category = 8, Charset = 9, BigCharset = 10, GroupRef = 11, GroupRefExists = 12, In = 13, Info = 14, Jump = 15,
        Literal = 16, Mark = 17, MaxUntil = 18, MinUntil = 19, NotLiteral = 20, Negate = 21, Range = 22, Repeat = 23,
        RepeatOne = 24, Subpattern = 25, MinRepeatOne = 26, AtomicGroup = 27, PossessiveRepeat = 28,
        PossessiveRepeatOne = 29, GroupRefIgnore = 30, InIgnore = 31, LiteralIgnore = 32, NotLiteralIgnore = 33,
        GroupRefLocIgnore = 34, InLocIgnore = 35, LiteralLocIgnore = 36, NotLiteralLocIgnore = 37,
        GroupRefUniIgnore = 38, InUniIgnore = 39, LiteralUniIgnore = 40, NotLiteralUniIgnore = 41, RangeUniIgnore = 42;

    public const uint AtBeginning = 0, AtBeginningLine = 1, AtBeginningString = 2, AtBoundary = 3, AtNonBoundary = 4,
        AtEnd = 5, AtEndLine = 6, AtEndString = 7, AtLocBoundary = 8, AtLocNonBoundary = 9, AtUniBoundary = 10,
        AtUniNonBoundary = 11;

    public const uint CatDigit = 0, CatNotDigit = 1, CatSpace = 2, CatNotSpace = 3, CatWord = 4, CatNotWord = 5,
        CatLinebreak = 6, CatNotLinebreak = 7, CatLocWord = 8, CatLocNotWord = 9, CatUniDigit = 10, CatUniNotDigit = 11,
        CatUniSpace = 12, CatUniNotSpace = 13, CatUniWord = 14, CatUniNotWord = 15, CatUniLinebreak = 16,
        CatUniNotLinebreak = 17;

    public const int Magic = 20221023;
    public const uint MaxRepeat = uint.MaxValue;
    public const int MaxGroups = 1073741823;
    public const uint InfoPrefix = 1, InfoLiteral = 2, InfoCharset = 4;
}
