using System.Globalization;
using Grpc.Core;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Intake.Domain.Residents;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.Intake.Application.Acceptance;

/// <summary>
/// Asks policy-law (gRPC, with the clerk's own token) whether a household qualifies. Acceptance never
/// waits long for it and never fails because of it: when policy-law does not answer, the hint says so
/// and the clerk accepts anyway (review decides). Never called inside a database transaction.
/// </summary>
public sealed partial class EligibilityPrecheck(Eligibility.EligibilityClient client, IOptions<IntakeOptions> options, ILogger<EligibilityPrecheck> logger)
{
    public const string DistrictRegionCode = "310110";

    public async Task<V1.EligibilityHint> EvaluateAsync(string itemCode, int itemVersion, HouseholdFactSheet facts, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.EvaluateAsync(
                new EvaluateRequest { ItemCode = itemCode, ItemVersion = itemVersion, Facts = ToContract(facts) },
                deadline: DateTime.UtcNow.Add(options.Value.EligibilityTimeout), cancellationToken: cancellationToken);
            var hint = new V1.EligibilityHint
            {
                ItemCode = itemCode,
                Outcome = result.Outcome switch
                {
                    EligibilityOutcome.Eligible => "eligible",
                    EligibilityOutcome.NotEligible => "not-eligible",
                    _ => "undetermined",
                },
                Reason = result.Reason,
            };
            hint.Clauses.AddRange(EligibilityClauses.From(result.Clauses));
            return hint;
        }
        catch (RpcException exception)
        {
            LogUnanswered(logger, itemCode, exception.StatusCode);
            return new V1.EligibilityHint { ItemCode = itemCode, Outcome = "unavailable", Reason = "政策法规部资格核验暂不可用，受理后由初审核实。" };
        }
    }

    /// <summary>
    /// policy-law's whole result (verdict, rule, facts read, reason), or null when it does not answer. A refusal of the
    /// caller is theirs to see, not an outage: it is passed on as 403.
    /// </summary>
    public async Task<EligibilityResult?> ResultAsync(string itemCode, int itemVersion, HouseholdFactSheet facts, CancellationToken cancellationToken)
    {
        try
        {
            return await client.EvaluateAsync(
                new EvaluateRequest { ItemCode = itemCode, ItemVersion = itemVersion, Facts = ToContract(facts) },
                deadline: DateTime.UtcNow.Add(options.Value.EligibilityTimeout), cancellationToken: cancellationToken);
        }
        catch (RpcException refused) when (refused.StatusCode is StatusCode.PermissionDenied or StatusCode.Unauthenticated)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "eligibility-refused", "policy-law does not let the caller evaluate eligibility.", "fileId");
        }
        catch (RpcException exception)
        {
            LogUnanswered(logger, itemCode, exception.StatusCode);
            return null;
        }
    }

    /// <summary>
    /// The items in force the household qualifies for on <paramref name="facts"/> (those of the member served), and in
    /// <see cref="FindEligibleItemsReply.Each"/> those each of <paramref name="members"/> qualifies for on their own
    /// facts, in their order: one call for the whole household, under one deadline. Null when policy-law does not answer.
    /// </summary>
    public async Task<FindEligibleItemsReply?> FindAsync(HouseholdFactSheet facts, IEnumerable<HouseholdFactSheet> members, CancellationToken cancellationToken)
    {
        var request = new FindEligibleItemsRequest { Facts = ToContract(facts) };
        request.Also.AddRange(members.Select(ToContract));
        try
        {
            return await client.FindEligibleItemsAsync(request, deadline: DateTime.UtcNow.Add(options.Value.EligibilityTimeout), cancellationToken: cancellationToken);
        }
        catch (RpcException exception)
        {
            LogUnanswered(logger, "*", exception.StatusCode);
            return null;
        }
    }

    public static HouseholdFacts ToContract(HouseholdFactSheet facts)
    {
        var contract = new HouseholdFacts
        {
            Age = facts.AgeYears,
            LocalHukou = facts.HukouDistrict is null ? null : facts.HukouDistrict == DistrictRegionCode,
            HouseholdSize = facts.HouseholdSize,
            PerCapitaIncome = facts.PerCapitaMonthlyIncome.ToString("0.00", CultureInfo.InvariantCulture),
            DisabilityGrade = facts.DisabilityGrade ?? 0,
            ElderlyMembers = facts.ElderlyMembers,
        };
        contract.Benefits.AddRange(facts.BenefitsHeld);
        return contract;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "policy-law did not answer the eligibility of {ItemCode} ({Status}); going on without it")]
    private static partial void LogUnanswered(ILogger logger, string itemCode, StatusCode status);
}
