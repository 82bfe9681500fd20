using Microsoft.Extensions.Configuration;

namespace OneWindow.Persistence;

/// <summary>
/// The connection strings of one service database, by convention: <c>ConnectionStrings:{name}</c>
/// (the app role), <c>ConnectionStrings:{name}-owner</c> (migrations only) and, where the role may
/// create databases (local runs and tests), <c>ConnectionStrings:postgres-admin</c>.
/// </summary>
public sealed record ServiceDatabaseConnections(string App, string Owner, string? Admin)
{
    public static ServiceDatabaseConnections From(IConfiguration configuration, string name) => new(
        configuration.GetConnectionString(name) ?? throw new InvalidOperationException($"ConnectionStrings:{name} is not configured."),
        configuration.GetConnectionString($"{name}-owner") ?? configuration.GetConnectionString(name)!,
        configuration.GetConnectionString("postgres-admin"));
}
