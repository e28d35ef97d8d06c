using System.Text;
using MiniAurora.Storage.Wal;

namespace MiniAurora.Storage.Tests;

[TestFixture]
public sealed class Crc32CTests
{
    [TestCase("123456789", 0xE3069283u)]
    [TestCase("", 0u)]
    [TestCase("a", 0xC1D04330u)]
    public void Compute_KnownVectors(string text, uint expected) =>
        Assert.That(Crc32C.Compute(Encoding.ASCII.GetBytes(text)), Is.EqualTo(expected));

    [Test]
    public void WalRecordType_ValuesAreStable()
    {
        // Persisted enum: these numbers are on disk (ARCHITECTURE.md B7, PersistedEnumsAreStable).
        var expected = new Dictionary<string, int>
        {
            ["Begin"] = 1, ["Commit"] = 2, ["RowInsert"] = 10, ["RowUpdate"] = 11, ["RowDelete"] = 12, ["Counters"] = 13,
            ["TableClear"] = 14, ["PutDatabase"] = 20, ["DropDatabase"] = 21, ["PutTable"] = 22, ["DropTable"] = 23,
            ["PutView"] = 24, ["DropView"] = 25, ["PutObject"] = 26, ["DropObject"] = 27, ["OutboxPut"] = 40, ["OutboxAck"] = 41,
            ["SnapshotHeader"] = 60, ["SnapshotEnd"] = 61,
        };
        foreach (var value in Enum.GetValues<WalRecordType>())
        {
            Assert.That(expected[value.ToString()], Is.EqualTo((int)value), value.ToString());
        }
        Assert.That(Enum.GetValues<WalRecordType>(), Has.Length.EqualTo(expected.Count));
    }
}
