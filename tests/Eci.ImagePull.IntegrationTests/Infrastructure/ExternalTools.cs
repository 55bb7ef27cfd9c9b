using System.Diagnostics;
using System.IO;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>
/// The Debian programs the integration tests rely on. A missing program fails the test with an install hint
/// (never a skip): .ci/run installs them on a fresh machine.
/// </summary>
internal static class ExternalTools
{
    /// <summary>CNCF Distribution 2.8 as packaged by Debian.</summary>
    public const string RegistryBinary = "/usr/bin/docker-registry";

    /// <summary>Returns the registry binary's path or fails with a message that says how to get it.</summary>
    public static string RequireRegistry()
    {
        if (!File.Exists(RegistryBinary))
        {
            throw new InvalidOperationException(
                $"{RegistryBinary} is missing. The integration tests run the real CNCF Distribution registry; " +
                "install it with 'apt-get install docker-registry' (.ci/run does this).");
        }

        return RegistryBinary;
    }

    /// <summary>Makes a bcrypt htpasswd line with Debian's <c>mkpasswd</c> (package whois), password on stdin.</summary>
    public static string HtpasswdLine(string user, string password)
    {
        var start = new ProcessStartInfo("mkpasswd")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-m");
        start.ArgumentList.Add("bcrypt");
        start.ArgumentList.Add("-s");
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("mkpasswd did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "mkpasswd is missing; it makes the registry's bcrypt htpasswd entries. Install it with " +
                "'apt-get install whois' (.ci/run does this).", e);
        }

        using (process)
        {
            process.StandardInput.WriteLine(password);
            process.StandardInput.Close();
            var hash = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0 || !hash.StartsWith("$2", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("mkpasswd -m bcrypt failed: " + process.StandardError.ReadToEnd());
            }

            return user + ":" + hash;
        }
    }
}
