namespace MiniAurora.Core.Errors;

public enum SqlWarningLevel
{
    Note,
    Warning,
    Error,
}

/// <summary>A row of SHOW WARNINGS: level, MySQL error code and formatted message.</summary>
public sealed record SqlWarning(SqlWarningLevel Level, ErrorCode Code, string Message)
{
    public string LevelName => Level switch
    {
        SqlWarningLevel.Note => "Note",
        SqlWarningLevel.Error => "Error",
        _ => "Warning",
    };

    public static SqlWarning FromException(MiniAuroraException ex) => new(SqlWarningLevel.Error, ex.Code, ex.Message);
}
