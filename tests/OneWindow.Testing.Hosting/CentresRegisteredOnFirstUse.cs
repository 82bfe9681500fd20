using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneWindow.Tenancy;

namespace OneWindow.Testing.Hosting;

/// <summary>
/// Arranges what a district admin does before a centre's staff work: every centre a request's token or centre header
/// names is put into the service's copy of the register (<c>known_centres</c>, open around the clock) before the request
/// reaches the real check, so the thousands of tests that make a fresh centre need not register it first. A code
/// beginning with <see cref="NeverRegistered"/> is left out: the tests of the refusal use one.
/// </summary>
internal sealed class CentresRegisteredOnFirstUse(string ownerConnectionString) : IStartupFilter
{
    public const string NeverRegistered = "unregistered";

    private readonly ConcurrentDictionary<string, Lazy<Task>> _registered = new(StringComparer.Ordinal);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // A host without the register's copy (identity) refuses nothing for it.
        if (app.ApplicationServices.GetService<ICentreDirectory>() is not null)
        {
            app.Use(async (context, nextStep) =>
            {
                foreach (var code in NamedCentres(context.Request).Where(c => Tenant.IsValidCentreCode(c) && !c.StartsWith(NeverRegistered, StringComparison.Ordinal)))
                {
                    await _registered.GetOrAdd(code, c => new Lazy<Task>(() => RegisterAsync(c))).Value;
                }

                await nextStep(context);
            });
        }

        next(app);
    };

    private static IEnumerable<string> NamedCentres(HttpRequest request)
    {
        if (request.Headers[PlatformClaims.CentreHeader].ToString() is { Length: > 0 } named)
        {
            yield return named;
        }

        // The token is checked by the host itself later; here only the centre it claims is read.
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.Ordinal) && authorization.Split('.') is [_, var payload, _])
        {
            var padded = payload.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            using var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(padded)));
            if (claims.RootElement.TryGetProperty(PlatformClaims.Tenant, out var tenant) && tenant.ValueKind == JsonValueKind.String)
            {
                yield return tenant.GetString()!;
            }
        }
    }

    private async Task RegisterAsync(string code)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO known_centres (code, version, name, address, phone, opening_hours, open)
            VALUES ($1, 1, $1, '', '', '00:00-24:00', true)
            ON CONFLICT (code) DO NOTHING
            """,
            connection)
        {
            Parameters = { new NpgsqlParameter { Value = code } },
        };
        await command.ExecuteNonQueryAsync();
    }
}
