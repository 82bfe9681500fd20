using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneWindow.Tenancy;

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

public static class TenantDbContextRegistration
{
    /// <summary>
    /// Registers a service's DbContext on its app-role connection with the tenant interceptor, the
    /// migrator behind the <c>migrate</c> verb, and a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddTenantDbContext<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : TenantDbContext
    {
        var connections = ServiceDatabaseConnections.From(builder.Configuration, connectionName);
        builder.Services.AddTenancy();
        builder.Services.AddScoped<IInterceptor, TenantConnectionInterceptor>();
        // Other building blocks (the outbox) add their interceptors the same way.
        builder.Services.AddDbContext<TContext>((services, options) =>
            Configure(options, connections.App).AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddSingleton(connections);
        builder.Services.AddSingleton<IDatabaseSetup, DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("postgresql", tags: ["ready"]);
        return builder;
    }

    /// <summary>The options <c>dotnet ef</c> builds a service's model with; no database is contacted.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>()
        where TContext : DbContext =>
        (DbContextOptions<TContext>)Configure(new DbContextOptionsBuilder<TContext>(), "Host=localhost;Database=design-time").Options;

    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention();
}
