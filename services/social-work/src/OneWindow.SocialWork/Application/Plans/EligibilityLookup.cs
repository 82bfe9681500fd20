using System.Globalization;
using Grpc.Core;
using Microsoft.Extensions.Options;
using OneWindow.PolicyLaw.V1;
using OneWindow.SocialWork.Persistence.ReadModels;

namespace OneWindow.SocialWork.Application.Plans;

/// <summary>
/// Asks policy-law which items a household qualifies for (gRPC, with the worker's own token, so policy-law
/// authorizes the person asking). Never called inside a database transaction; null when policy-law is silent.
/// </summary>
public sealed partial class EligibilityLookup(Eligibility.EligibilityClient client, IOptions<SocialWorkOptions> options, ILogger<EligibilityLookup> logger)
{
    public async Task<FindEligibleItemsReply?> FindAsync(HouseholdRecord household, CancellationToken cancellationToken)
    {
        var facts = new HouseholdFacts
        {
            Age = household.HeadAge,
            LocalHukou = household.HukouDistrict is null ? null : household.HukouDistrict == options.Value.DistrictRegionCode,
            HouseholdSize = Math.Max(household.HouseholdSize, 1),
            PerCapitaIncome = household.PerCapitaIncome?.ToString("0.00", CultureInfo.InvariantCulture),
            DisabilityGrade = household.DisabilityGrade ?? 0,
        };
        facts.Benefits.AddRange(household.Benefits);
        try
        {
            return await client.FindEligibleItemsAsync(
                new FindEligibleItemsRequest { Facts = facts }, deadline: DateTime.UtcNow.Add(options.Value.EligibilityTimeout), cancellationToken: cancellationToken);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown)
        {
            LogUnanswered(logger, exception.StatusCode);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "policy-law did not answer FindEligibleItems ({Status}); plans go on without its suggestions")]
    private static partial void LogUnanswered(ILogger logger, StatusCode status);
}
