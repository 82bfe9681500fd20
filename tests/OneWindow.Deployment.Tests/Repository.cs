using System.Diagnostics;
using System.Text;
using OneWindow.Testing;

namespace OneWindow.Deployment.Tests;

/// <summary>The checkout the tests run in, the tools eng/lib/prerequisites.sh installs, and a way to run them.</summary>
public static class Repository
{
    public static string Root => Checkout.Root;

    public static string Chart => Path.Combine(Root, "charts", "onewindow");

    public static string Tools => Path.Combine(Root, "artifacts", "tools");

    /// <summary>helm from the npm package (eng/lib/prerequisites.sh ensure_helm), or ONEWINDOW_HELM.</summary>
    public static string Helm => Environment.GetEnvironmentVariable("ONEWINDOW_HELM") is { Length: > 0 } helm ? helm : Path.Combine(Tools, "helm");

    public static string KubernetesModels => Path.Combine(Tools, "kubernetes-models");


    private static readonly SemaphoreSlim ToolsInstall = new(1, 1);

    /// <summary>
    /// The test command (eng/test.sh) installs the tools before the tests; run from an IDE, the tests install
    /// them the same way, through the same script, once.
    /// </summary>
    public static async Task EnsureToolsAsync()
    {
        await ToolsInstall.WaitAsync();
        try
        {
            if (File.Exists(Helm) && File.Exists(Path.Combine(KubernetesModels, "node_modules", "kubernetes-models", "package.json")))
            {
                return;
            }

            var result = await RunAsync("bash", ["-c", "source eng/lib/prerequisites.sh && ensure_helm && ensure_kubernetes_models"], TimeSpan.FromMinutes(5));
            Assert.True(result.ExitCode == 0, $"Installing helm and kubernetes-models failed:\n{result.Output}");
        }
        finally
        {
            ToolsInstall.Release();
        }
    }

    public static Task<ProcessResult> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout, string? standardInput = null) =>
        RunAsync(new ProcessStartInfo(file) { WorkingDirectory = Root }, arguments, timeout, standardInput);

    /// <summary>Runs <paramref name="start"/> (its file, working directory and environment) with <paramref name="arguments"/>.</summary>
    public static async Task<ProcessResult> RunAsync(ProcessStartInfo start, IEnumerable<string> arguments, TimeSpan timeout, string? standardInput = null)
    {
        var file = start.FileName;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = standardInput is not null;
        start.UseShellExecute = false;

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout}.\n{output}\n{error}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString(), error.ToString());
    }
}

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;
}
