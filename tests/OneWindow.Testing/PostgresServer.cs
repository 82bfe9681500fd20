using System.Diagnostics;
using System.Text;
using Npgsql;
using Testcontainers.PostgreSql;

namespace OneWindow.Testing;

/// <summary>A real PostgreSQL server for one test run, removed when disposed.</summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly Func<ValueTask> _stop;

    private PostgresServer(string adminConnectionString, Func<ValueTask> stop)
    {
        AdminConnectionString = adminConnectionString;
        _stop = stop;
    }

    /// <summary>Superuser connection string: for provisioning databases and roles, never for the code under test.</summary>
    public string AdminConnectionString { get; }

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        if (DockerEngine.IsAvailable)
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync(cancellationToken);
            return new PostgresServer(container.GetConnectionString(), container.DisposeAsync);
        }

        return await StartFromBinariesAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _stop();

    private static async Task<PostgresServer> StartFromBinariesAsync(CancellationToken cancellationToken)
    {
        var binaries = FindBinaries();
        var folder = ServerProcess.CreateDataFolder("onewindow-pg");
        var data = Path.Combine(folder, "data");
        var port = LoopbackPort.Free();

        await ServerProcess.RunAsync(
            ServerProcess.Command(Path.Combine(binaries, "initdb"),
                ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], dropRoot: true),
            cancellationToken);

        var log = new StringBuilder();
        // Durability is irrelevant for a throw-away test server; speed is not.
        var server = ServerProcess.Start(
            ServerProcess.Command(Path.Combine(binaries, "postgres"),
            [
                "-D", data, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", folder,
                "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off", "-c", "max_connections=400", "-c", "shared_buffers=256MB",
            ], dropRoot: true),
            log);

        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Pooling = false,
        }.ConnectionString;

        await WaitUntilAcceptingAsync(connectionString, server, log, cancellationToken);

        return new PostgresServer(connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ServerProcess.RunAsync(
                ServerProcess.Command(Path.Combine(binaries, "pg_ctl"), ["-D", data, "stop", "-m", "immediate"], dropRoot: true),
                CancellationToken.None);
            await server.WaitForExitAsync();
            server.Dispose();
            Directory.Delete(folder, recursive: true);
        });
    }

    private static async Task WaitUntilAcceptingAsync(string connectionString, Process server, StringBuilder log, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"postgres exited with {server.ExitCode}:\n{log}");
            }

            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
            : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException(
                "No PostgreSQL server binaries under /usr/lib/postgresql: the test command installs them (eng/test.sh).");
    }
}
