using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using OneWindow.Testing;
using StackExchange.Redis;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The run command's stack (eng/run.sh) for the journeys: PostgreSQL, Redis, every service, the console and the
/// gateway, seeded with the demo district, on free ports and in a data folder of its own, from the build of the tests'
/// own configuration. What a person sees at <see cref="Address"/> is what they would see after <c>eng/run.sh</c>.
/// </summary>
public sealed class RunStack : IAsyncLifetime
{
    private const string Ready = "OneWindow is running.";
    // Generous: on a shared two-core machine the demo district's seeding alone has taken longer than eight minutes.
    private static readonly TimeSpan StartWait = TimeSpan.FromMinutes(15);

    private readonly StringBuilder _output = new();
    private readonly string _state = Path.Combine(Path.GetTempPath(), $"onewindow-stack-{Guid.NewGuid():N}"[..27]);
    private Process? _run;
    private int _redisPort;

    private readonly Lazy<Task<Uri>> _started;

    public RunStack() =>
        // On the thread pool, so that waiting for it from a test's thread cannot wait on that thread's own context.
        _started = new(() => Task.Run(StartAsync));

    /// <summary>
    /// The gateway's address. The stack starts when the first journey asks for it, so a run of the component tests
    /// beside the journeys never waits minutes for a stack it does not use; a stack that failed to start fails every
    /// journey with the same message.
    /// </summary>
    public Uri Address => _started.Value.GetAwaiter().GetResult();

    /// <summary>Every text the stack's notification service has sent so far (its local SMS adapter's day files), the number masked.</summary>
    public IReadOnlyList<string> TextsSent()
    {
        var folder = Path.Combine(_state, "sms");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "sms-*.log").Order(StringComparer.Ordinal).SelectMany(File.ReadLines)]
            : [];
    }

    /// <summary>
    /// The stack's Redis as its operator (eng/run.sh's default user), for a journey that listens to what the platform
    /// says on it, such as the console's hall channels.
    /// </summary>
    public async Task<IConnectionMultiplexer> RedisAsOperatorAsync()
    {
        _ = Address;
        return await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{_redisPort},password=onewindow-local-redis");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    private async Task<Uri> StartAsync()
    {
        Directory.CreateDirectory(_state);
        var gateway = LoopbackPort.Free();
        _redisPort = LoopbackPort.Free();
        var info = new ProcessStartInfo("bash", [Path.Combine(Checkout.Root, "eng", "run.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Checkout.Root,
            Environment =
            {
                ["ONEWINDOW_STATE"] = _state,
                ["ONEWINDOW_BUILD"] = "skip",
                ["ONEWINDOW_CONFIGURATION"] = typeof(RunStack).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration,
                ["ONEWINDOW_GATEWAY_PORT"] = gateway.ToString(CultureInfo.InvariantCulture),
                ["ONEWINDOW_POSTGRES_PORT"] = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture),
                ["ONEWINDOW_REDIS_PORT"] = _redisPort.ToString(CultureInfo.InvariantCulture),
                ["ONEWINDOW_PORT_BASE"] = FreePortBlock().ToString(CultureInfo.InvariantCulture),
            },
        };
        _run = Process.Start(info)!;
        var ready = new TaskCompletionSource();
        _run.OutputDataReceived += (_, line) => Record(line.Data, ready);
        _run.ErrorDataReceived += (_, line) => Record(line.Data, ready);
        _run.BeginOutputReadLine();
        _run.BeginErrorReadLine();
        var exited = _run.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(StartWait));
        if (first != ready.Task)
        {
            throw new InvalidOperationException($"eng/run.sh did not start the stack ({(first == exited ? "it exited" : "timed out")}):\n{Output()}\n{Logs()}");
        }

        return new Uri($"http://127.0.0.1:{gateway.ToString(CultureInfo.InvariantCulture)}/");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_started.IsValueCreated)
        {
            return;
        }

        if (_run is { HasExited: false })
        {
            // The run command's trap stops every process it started, PostgreSQL included.
            using (var term = Process.Start("kill", ["-TERM", _run.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var stopped = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await _run.WaitForExitAsync(stopped.Token);
        }

        _run?.Dispose();
        // The processes' logs outlive the stack, for whoever reads a failed run (CI keeps artifacts/).
        var logs = Path.Combine(_state, "logs");
        if (Directory.Exists(logs))
        {
            var kept = Path.Combine(Checkout.Root, "artifacts", "stack-logs");
            Directory.CreateDirectory(kept);
            foreach (var log in Directory.GetFiles(logs, "*.log"))
            {
                File.Copy(log, Path.Combine(kept, Path.GetFileName(log)), overwrite: true);
            }
        }

        Directory.Delete(_state, recursive: true);
    }

    /// <summary>The stack's logs (one per process), for a failure's message.</summary>
    public string Logs()
    {
        var logs = Path.Combine(_state, "logs");
        return Directory.Exists(logs)
            ? string.Join('\n', Directory.GetFiles(logs, "*.log").Select(file => $"--- {Path.GetFileName(file)}\n{string.Join('\n', File.ReadLines(file).TakeLast(30))}"))
            : string.Empty;
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private void Record(string? line, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains(Ready, StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }

    /// <summary>A base B with B+1…B+8 and B+101…B+107 free: the services' ports as eng/run.sh numbers them.</summary>
    private static int FreePortBlock()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            // Below the kernel's ephemeral range (32768 and up), where an outgoing connection could take a port of the
            // block between this check and the service binding it (a stack once failed with "address already in use").
            var candidate = Random.Shared.Next(100, 320) * 100;
            if (Enumerable.Range(1, 8).Concat(Enumerable.Range(101, 7)).All(offset => IsFree(candidate + offset)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No free block of ports for the stack's services.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
