using System;
using System.Globalization;

namespace Eci.Pull.Tool;

/// <summary>
/// Download progress: on a terminal one line redrawn in place (at most every 100 ms); otherwise one plain line
/// per finished blob, so logs stay readable.
/// </summary>
internal sealed class ProgressDisplay
{
    private readonly ToolConsole _console;
    private readonly long _total;
    private readonly object _gate = new(); // blobs download concurrently
    private long _done;
    private DateTime _lastDraw = DateTime.MinValue;

    public ProgressDisplay(ToolConsole console, long totalBytes)
    {
        _console = console;
        _total = totalBytes;
    }

    /// <summary>A progress sink for one blob; reports are absolute byte counts within that blob.</summary>
    public IProgress<long> ForBlob(string label) => new BlobProgress(this, label);

    public void Finished(string label, long size, bool downloaded)
    {
        lock (_gate)
        {
            _done += size;
            if (_console.IsTerminal)
            {
                Draw(label, 0, force: true);
                return;
            }

            _console.Error.WriteLine($"{(downloaded ? "downloaded" : "already present")} {label} ({Bytes(size)})");
        }
    }

    public void Complete()
    {
        if (_console.IsTerminal)
        {
            _console.Error.WriteLine();
        }
    }

    private void Draw(string label, long current, bool force)
    {
        if (!_console.IsTerminal || (!force && DateTime.UtcNow - _lastDraw < TimeSpan.FromMilliseconds(100)))
        {
            return;
        }

        _lastDraw = DateTime.UtcNow;
        var done = _done + current;
        var percent = _total == 0 ? 100 : (int)(done * 100 / _total);
        _console.Error.Write($"\r{percent,3}% {Bytes(done)} / {Bytes(_total)}  {label}".PadRight(78));
    }

    private static string Bytes(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        < 1024L * 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
        _ => (bytes / (1024.0 * 1024 * 1024)).ToString("0.00", CultureInfo.InvariantCulture) + " GiB",
    };

    private sealed class BlobProgress : IProgress<long>
    {
        private readonly ProgressDisplay _display;
        private readonly string _label;

        public BlobProgress(ProgressDisplay display, string label)
        {
            _display = display;
            _label = label;
        }

        public void Report(long value)
        {
            lock (_display._gate)
            {
                _display.Draw(_label, value, force: false);
            }
        }
    }
}
