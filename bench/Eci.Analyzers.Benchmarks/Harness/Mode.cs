namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>What a measured compilation runs.</summary>
internal enum Mode
{
    /// <summary>The compiler alone: <c>Compilation.GetDiagnostics()</c> (parse trees are shared, binding is fresh).</summary>
    Plain,

    /// <summary>The compiler with the baseline analyzer that registers a compilation start action only.</summary>
    Empty,

    /// <summary>The compiler with the ECI analyzer.</summary>
    Eci,

    /// <summary>The compiler with the block baseline (bench/BaselineAnalyzers: the ECI analyzer's registrations, doing nothing).</summary>
    OperationBaseline,

    /// <summary>The compiler with the operation-action baseline (bench/BaselineAnalyzers: one object-creation action, doing nothing).</summary>
    OperationOnlyBaseline,
}
