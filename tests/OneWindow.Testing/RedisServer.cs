using System.Diagnostics;
using System.Globalization;
using System.Text;
using StackExchange.Redis;
using Testcontainers.Redis;

namespace OneWindow.Testing;

/// <summary>A real Redis server for one test run, removed when disposed.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Func<Task>? _restart;
    private readonly Func<ValueTask> _stop;
    private readonly Func<Task>? _pause;
    private readonly Func<Task>? _resume;

    private RedisServer(string connectionString, Func<ValueTask> stop, Func<Task>? restart = null, Func<Task>? pause = null, Func<Task>? resume = null)
    {
        ConnectionString = connectionString;
        _stop = stop;
        _restart = restart;
        _pause = pause;
        _resume = resume;
    }

    public string ConnectionString { get; }

    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken = default)
    {
        if (DockerEngine.IsAvailable)
        {
            var container = new RedisBuilder("redis:7-alpine").Build();
            await container.StartAsync(cancellationToken);
            return new RedisServer(container.GetConnectionString(), container.DisposeAsync);
        }

        var folder = ServerProcess.CreateDataFolder("onewindow-redis");
        var port = LoopbackPort.Free();
        var log = new StringBuilder();
        Process? process = await StartProcessAsync(folder, port, log, cancellationToken);
        async Task KillAsync()
        {
            if (process is not null)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                process.Dispose();
                process = null;
            }
        }

        var server = new RedisServer(
            $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)},abortConnect=false",
            async () =>
            {
                await KillAsync();
                Directory.Delete(folder, recursive: true);
            },
            // A restart loses everything: the server keeps no snapshot, like a cache that was flushed.
            restart: async () =>
            {
                await KillAsync();
                process = await StartProcessAsync(folder, port, log, CancellationToken.None);
            },
            pause: KillAsync,
            resume: async () => process ??= await StartProcessAsync(folder, port, log, CancellationToken.None));
        return server;
    }

    /// <summary>Stops the server and starts an empty one on the same port.</summary>
    public Task RestartEmptyAsync() =>
        _restart?.Invoke() ?? throw new NotSupportedException("Restarting is supported on the binary server only.");

    /// <summary>Stops the server (an outage); <see cref="StartAgainAsync"/> brings it back, empty, on the same port.</summary>
    public Task StopAsync() =>
        _pause?.Invoke() ?? throw new NotSupportedException("Stopping is supported on the binary server only.");

    /// <summary>Starts a stopped server again on the same port, and returns once it answers.</summary>
    public Task StartAgainAsync() =>
        _resume?.Invoke() ?? throw new NotSupportedException("Starting again is supported on the binary server only.");

    public async ValueTask DisposeAsync() => await _stop();

    private static async Task<Process> StartProcessAsync(string folder, int port, StringBuilder log, CancellationToken cancellationToken)
    {
        var process = ServerProcess.Start(
            ServerProcess.Command("redis-server",
            [
                "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder,
                "--save", "", "--appendonly", "no", "--protected-mode", "yes",
            ], dropRoot: false),
            log);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {process.ExitCode}:\n{log}");
            }

            try
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},connectTimeout=500");
                await connection.GetDatabase().PingAsync();
                return process;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
