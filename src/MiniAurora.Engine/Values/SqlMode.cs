namespace MiniAurora.Engine.Values;

/// <summary>The sql_mode flags the engine consults; parsed once per SET, read per statement.</summary>
[Flags]
internal enum SqlMode
{
    None = 0,
    RealAsFloat = 1 << 0,
    PipesAsConcat = 1 << 1,
    AnsiQuotes = 1 << 2,
    IgnoreSpace = 1 << 3,
    OnlyFullGroupBy = 1 << 4,
    NoUnsignedSubtraction = 1 << 5,
    NoDirInCreate = 1 << 6,
    NoAutoValueOnZero = 1 << 7,
    NoBackslashEscapes = 1 << 8,
    StrictTransTables = 1 << 9,
    StrictAllTables = 1 << 10,
    NoZeroInDate = 1 << 11,
    NoZeroDate = 1 << 12,
    AllowInvalidDates = 1 << 13,
    ErrorForDivisionByZero = 1 << 14,
    Traditional = 1 << 15,
    HighNotPrecedence = 1 << 16,
    NoEngineSubstitution = 1 << 17,
    PadCharToFullLength = 1 << 18,
    TimeTruncateFractional = 1 << 19,
    Ansi = 1 << 20,
}
