using Microsoft.EntityFrameworkCore;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Application.Eligibility;
using OneWindow.PolicyLaw.Domain.Eligibility;
using OneWindow.PolicyLaw.Persistence;

namespace OneWindow.PolicyLaw.Background;

/// <summary>
/// Parses and compiles every rule of the catalogue (eligibility and amount), and reads an item the way an evaluation does, before the service
/// takes its first request. Left to the first evaluation, the parser's start-up, the compilation and the query's
/// translation took four seconds on a loaded machine (measured on the run stack), past the two seconds intake gives
/// an eligibility check at the window, so the first resident of the day was told the check was unavailable. A rule
/// published later is compiled by its publication's own check, and one that fails here is only compiled on demand.
/// </summary>
internal sealed partial class EligibilityRulesWarmUp(IServiceScopeFactory scopes, ILogger<EligibilityRulesWarmUp> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            var db = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
            var items = await db.ServiceItems.AsNoTracking().ToListAsync(cancellationToken);
            var defined = await scope.ServiceProvider.GetRequiredService<FactDefinitions>().DefinedAsync(cancellationToken);
            var rules = 0;
            foreach (var version in items.SelectMany(item => item.Versions))
            {
                CheckEligibility.Evaluate(version, new HouseholdFacts(), defined: defined);
                if (version.Terms.MonthlyAmountRule is { } amount)
                {
                    AmountRule.Compile(amount);
                }

                rules += version.Terms.EligibilityRule is null ? 0 : 1;
            }

            // One item read as an evaluation reads it, so that query is translated before its first caller too.
            if (items.Count > 0)
            {
                await scope.ServiceProvider.GetRequiredService<CatalogueReader>().FindAsync(items[0].Code, cancellationToken);
            }

            LogWarmedUp(logger, rules, items.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never a reason not to start: each rule is still compiled when it is first evaluated.
            LogWarmUpFailed(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Compiled {Rules} eligibility rules of {Items} items before the first request")]
    private static partial void LogWarmedUp(ILogger logger, int rules, int items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The eligibility rules could not be compiled in advance; each is compiled at its first evaluation")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
