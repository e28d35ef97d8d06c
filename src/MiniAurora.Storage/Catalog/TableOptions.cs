using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Catalog;

/// <summary>Table options as SHOW CREATE TABLE prints them.</summary>
/// <param name="Engine">ENGINE name as MySQL reports it (<c>InnoDB</c>).</param>
/// <param name="Collation">Table default collation (charset is its <see cref="Collation.Charset"/>).</param>
/// <param name="Comment">COMMENT text.</param>
/// <param name="AutoIncrementStart">
/// AUTO_INCREMENT=N from CREATE/ALTER: the counter starts here (1 by default). The live counter is in
/// <see cref="TableStatistics.AutoIncrement"/>.
/// </param>
/// <param name="RowFormat">ROW_FORMAT as reported (<c>Dynamic</c>).</param>
/// <param name="ExtraOptions">Other options kept verbatim (<c>KEY_BLOCK_SIZE=8</c>, …) so SHOW CREATE can echo them.</param>
public sealed record TableOptions(
    string Engine,
    Collation Collation,
    string Comment = "",
    long AutoIncrementStart = 1,
    string RowFormat = "Dynamic",
    SqlList<string> ExtraOptions = default)
{
    /// <summary>InnoDB with the server default collation.</summary>
    public static TableOptions Default { get; } = new("InnoDB", Collation.Default);

    /// <summary>The table's default character set (from <see cref="Collation"/>).</summary>
    public string Charset => Collation.Charset;
}
