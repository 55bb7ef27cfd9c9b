using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Eci.ImagePull;

/// <summary>
/// Reads a helper's output stream up to a limit. A credential answer is a few hundred characters, so anything far
/// larger is a broken or hostile helper; reading it whole once took gigabytes of memory.
/// </summary>
internal static class BoundedOutputReader
{
    /// <summary>Reads until the stream ends (<c>Overflowed</c> false) or more than <paramref name="maxChars"/> arrived (true, reading stops).</summary>
    internal static async Task<(string Text, bool Overflowed)> ReadAsync(StreamReader reader, int maxChars)
    {
        var text = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
        {
            if (text.Length + read > maxChars)
            {
                return (text.ToString(), true);
            }

            text.Append(buffer, 0, read);
        }

        return (text.ToString(), false);
    }
}
