using BenchmarkDotNet.Running;

// Run all:        dotnet run -c Release --project benchmarks/MiniAurora.Benchmarks -- --filter '*'
// One category:   dotnet run -c Release --project benchmarks/MiniAurora.Benchmarks -- --anyCategories Protocol --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type, named for BenchmarkSwitcher.</summary>
internal sealed partial class Program;
