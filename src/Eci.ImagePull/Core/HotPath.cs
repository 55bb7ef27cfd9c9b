using System.Runtime.CompilerServices;

namespace Eci.ImagePull;

/// <summary>
/// Marks the analyzer's per-request code paths for full optimization on first call.
/// </summary>
/// <remarks>
/// In a .NET compiler process (csc, the compiler server) a method starts as unoptimized tier-0 code and is recompiled
/// once it is hot, on a background thread, after a delay that restarts whenever other code is JIT-compiled. A build
/// keeps the JIT busy and both cores saturated, so in a cold build (every CI build, the first build after the compiler
/// server starts) the analyzer ran almost entirely as tier-0 or instrumented code: sampled with perf on the 2,000-file
/// benchmark, 57 % of its samples were tier-0, 41 % instrumented, 2 % optimized. Methods with this flag skip tiering.
/// .NET Framework hosts (Visual Studio) do not tier and always optimize; 0x200 is not a flag there, and they are expected
/// to ignore it (not checked: no Windows host in this project's CI). netstandard2.0 does not name the flag, so the
/// value is spelled out (MethodImplOptions.AggressiveOptimization = 0x200). See bench/README.md for the effect.
/// </remarks>
internal static class HotPath
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>.</summary>
    public const MethodImplOptions Optimize = (MethodImplOptions)0x200;
}
