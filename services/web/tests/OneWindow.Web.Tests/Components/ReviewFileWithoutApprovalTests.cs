using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneWindow.Intake.V1;
using OneWindow.PolicyLaw.V1;
using OneWindow.Review.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>A file of an item that needs no approval: the reviewer knows the pass finishes it, and the file says it did.</summary>
public sealed class ReviewFileWithoutApprovalTests : BunitContext
{
    private const string FileId = "0193a0b2-0000-7000-8000-000000000009";

    private readonly AnsweringInvoker _review = new();
    private readonly AnsweringInvoker _intake = new();
    private readonly AnsweringInvoker _policyLaw = new();

    public ReviewFileWithoutApprovalTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new FirstReview.FirstReviewClient(_review));
        Services.AddSingleton(new Roster.RosterClient(_review));
        Services.AddSingleton(new JointItems.JointItemsClient(_review));
        Services.AddSingleton(new OneWindow.Notification.V1.Templates.TemplatesClient(_review));
        Services.AddSingleton(new Acceptance.AcceptanceClient(_intake));
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        Services.AddScoped<DeskCatalogue>();
        Services.AddTransient<PageAction>();
        Services.AddSeedWorkingDays();
        // Monday 7 December 2026, 09:00 in Shanghai.
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)));
        AddAuthorization().SetAuthorized("jiangpu-s022").SetRoles("reviewer").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s022"));
    }

    [Fact]
    public void The_reviewer_is_told_before_passing_that_the_pass_finishes_the_file_and_after_that_it_did()
    {
        var inReview = File(OneWindow.Review.V1.FileStatus.InReview);
        var completed = File(OneWindow.Review.V1.FileStatus.Completed);
        completed.DecidedBy = "jiangpu-s022";
        _review.AnswerFrom<Google.Protobuf.IMessage, ReviewFile>(request => request is PassRequest ? completed : inReview);
        var page = Render<ReviewFileDetail>(parameters => parameters.Add(p => p.FileId, FileId));
        page.WaitForAssertion(() => Assert.Equal("本事项无需审批：初审通过即办结。", page.Find("[data-test=review-no-approval]").TextContent));

        page.Find("[data-test=pass]").Click();

        page.WaitForAssertion(() => Assert.Equal("已办结（本事项无需审批，初审通过即办结）", page.Find("[data-test=review-status]").TextContent));
        Assert.Contains("已初审通过并办结", page.Find("[data-test=review-done]").TextContent, StringComparison.Ordinal);
        Assert.Single(_review.Sent.OfType<PassRequest>());
    }

    [Fact]
    public void A_file_that_goes_on_to_approval_says_nothing_of_finishing_at_review()
    {
        var inReview = File(OneWindow.Review.V1.FileStatus.InReview);
        inReview.NeedsApproval = true;
        _review.Answer(inReview);

        var page = Render<ReviewFileDetail>(parameters => parameters.Add(p => p.FileId, FileId));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=pass]")));
        Assert.Empty(page.FindAll("[data-test=review-no-approval]"));
        Assert.Equal("初审中", page.Find("[data-test=review-status]").TextContent);
    }

    private static ReviewFile File(OneWindow.Review.V1.FileStatus status) => new()
    {
        FileId = FileId,
        ItemCode = "residence-proof",
        ItemVersion = 1,
        ItemName = "居住证明开具",
        Kind = "routed",
        Status = status,
        ReviewerStaffId = "jiangpu-s022",
        AcceptingClerkStaffId = "jiangpu-s004",
        AcceptedAt = "2026-12-03T02:00:00Z",
        Deadline = "2026-12-24T09:00:00Z",
        NeedsApproval = false,
        Materials = { new OneWindow.Review.V1.Material { Code = "id-card", Name = "居民身份证" } },
    };
}
