using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneWindow.Tenancy;

namespace OneWindow.Persistence;

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
