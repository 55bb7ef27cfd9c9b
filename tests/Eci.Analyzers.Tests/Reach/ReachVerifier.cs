namespace Eci.Analyzers.Tests.Reach;

/// <summary>Analyzer tests over several files, as application code is laid out: the wrapper in one, the caller in another.</summary>
internal static class ReachVerifier
{
    public static Task VerifyAsync(params string[] files) => VerifyWithConfigAsync(null, files);

    public static Task VerifyWithConfigAsync(string? editorConfig, params string[] files)
    {
        var test = VerifyCS.CreateTest();
        for (var i = 0; i < files.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/File{i}.cs", files[i]));
        }

        test.AddEditorConfig(editorConfig);
        return test.RunAsync(System.Threading.CancellationToken.None);
    }
}
