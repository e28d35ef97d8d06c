namespace MiniAurora.Conformance.SqlLogicTest;

/// <summary>The result of one record: passed, or failed with what was expected and what came back.</summary>
internal sealed record SltOutcome(SltRecord Record, bool Passed, string? Expected = null, string? Got = null);

/// <summary>Per-file totals.</summary>
internal sealed record SltFileResult(string File, int Passed, int Failed, int Skipped, TimeSpan Elapsed, IReadOnlyList<SltOutcome> Failures);
