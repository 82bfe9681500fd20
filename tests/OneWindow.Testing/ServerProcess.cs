using System.Diagnostics;
using System.Text;

namespace OneWindow.Testing;

/// <summary>Runs the installed server binaries, dropping root where the server refuses it.</summary>
internal static class ServerProcess
{
    private const string UnprivilegedUser = "postgres";

    public static ProcessStartInfo Command(string file, IEnumerable<string> arguments, bool dropRoot)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dropRoot && Environment.IsPrivilegedProcess)
        {
            info.FileName = "runuser";
            foreach (var argument in new[] { "-u", UnprivilegedUser, "--", file })
            {
                info.ArgumentList.Add(argument);
            }
        }
        else
        {
            info.FileName = file;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    public static async Task RunAsync(ProcessStartInfo info, CancellationToken cancellationToken)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{info.FileName} {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    public static Process Start(ProcessStartInfo info, StringBuilder log)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start.");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A temporary folder the unprivileged server user may write to.</summary>
    public static string CreateDataFolder(string prefix)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (Environment.IsPrivilegedProcess)
        {
            using var chown = Process.Start("chown", ["-R", UnprivilegedUser, folder]);
            chown.WaitForExit();
        }

        return folder;
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }
}
