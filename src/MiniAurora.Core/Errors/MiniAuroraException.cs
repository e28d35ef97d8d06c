namespace MiniAurora.Core.Errors;

/// <summary>
/// The one exception type that carries a MySQL error to the client. Created only through the
/// generated factories in <see cref="MySqlErrors"/>, so the code and SQLSTATE are fixed at birth
/// (ARCHITECTURE.md B7). The protocol layer turns it into an ERR packet unchanged.
/// </summary>
public sealed class MiniAuroraException : Exception
{
    public MiniAuroraException(ErrorCode code, string sqlState, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        SqlState = sqlState;
    }

    public ErrorCode Code { get; }

    public int Number => (int)Code;

    public string SqlState { get; }

    /// <summary>Builds an exception for a SIGNAL/RESIGNAL, whose number and SQLSTATE are user-chosen.</summary>
    public static MiniAuroraException FromSignal(int number, string sqlState, string message) =>
        new((ErrorCode)number, sqlState, message);
}
