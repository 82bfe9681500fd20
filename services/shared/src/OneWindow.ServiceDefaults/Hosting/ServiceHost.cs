using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneWindow.Persistence;

namespace OneWindow.ServiceDefaults;

public static class ServiceHost
{
    /// <summary>
    /// Runs the service, or one of its verbs and exits: <c>migrate</c> (schema, row-level security and
    /// grants, as the database owner: the Kubernetes pre-install job and the run command use it) and
    /// <c>seed</c> (the demo district), <c>check-config</c> (every setting it needs, see <see cref="ConfigurationCheck"/>) and
    /// <c>verify-audit</c> (the audit trail's hash chains, as the database owner: exit code 1 when a record was altered,
    /// deleted or slipped in).
    /// </summary>
    public static async Task<int> RunServiceAsync(this WebApplication app, string[] args)
    {
        // Options such as --urls may follow the verb, or come without one.
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        switch (verb)
        {
            case "migrate":
                foreach (var setup in app.Services.GetServices<IDatabaseSetup>())
                {
                    await setup.MigrateAsync(CancellationToken.None);
                }

                return 0;
            case "seed":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>())
                    {
                        await seeder.SeedAsync(CancellationToken.None);
                    }
                }

                return 0;
            case "verify-audit":
                return await VerifyAuditAsync(app);
            case ConfigurationCheck.Verb:
                return ConfigurationCheck.Run(app);
            case null or "run":
                await app.RunAsync();
                return 0;
            default:
                app.Logger.LogError("Unknown verb {Verb}: use run, migrate, seed, check-config or verify-audit", verb);
                return 2;
        }
    }

    private static async Task<int> VerifyAuditAsync(WebApplication app)
    {
        var verifications = app.Services.GetServices<IAuditVerification>().ToList();
        if (verifications.Count == 0)
        {
            app.Logger.LogError("This service keeps no audit trail to verify");
            return 2;
        }

        var intact = true;
        foreach (var verification in verifications)
        {
            intact &= await verification.VerifyAsync(Console.Out, CancellationToken.None);
        }

        return intact ? 0 : 1;
    }
}
