using System.Net;
using System.Text.Json;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>Files arriving from review, as review would publish them, and what approval makes of them.</summary>
public static class ApprovalFlow
{
    public static ApplicationReviewed Reviewed(string centre, string itemCode, Guid? household = null, string reviewer = "reviewer-1", string clerk = "clerk-1") => new()
    {
        OccurredAt = TimeProvider.System.GetUtcNow(),
        Tenant = centre,
        FileId = Guid.NewGuid(),
        ItemCode = itemCode,
        ItemVersion = 1,
        Outcome = ReviewOutcome.Passed,
        ReviewerStaffId = reviewer,
        AcceptingClerkStaffId = clerk,
        HouseholdId = household ?? Guid.NewGuid(),
        ReturnRound = 0,
    };

    /// <summary>Publishes the reviewed file and waits until it is in the centre's worklist.</summary>
    public static async Task<JsonElement> ArriveAsync(PolicyLawFactory policyLaw, ApplicationReviewed reviewed)
    {
        await policyLaw.PublishAsync(reviewed, "review");
        var officer = policyLaw.ClientFor("reader", PolicyLawFactory.PolicyOfficer, reviewed.Tenant);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var response = await officer.GetAsync($"/v1/approvals/{reviewed.FileId}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.ReadAsync();
            }

            await Task.Delay(50);
        }

        var deadLetters = await policyLaw.DeadLettersAsync(reviewed.FileId.ToString());
        throw new Xunit.Sdk.XunitException($"File {reviewed.FileId} never reached the approval worklist. Dead letters: {string.Join(" | ", deadLetters)}");
    }

}
