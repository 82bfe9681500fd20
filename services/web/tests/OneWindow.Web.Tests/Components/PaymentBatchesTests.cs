using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>资金发放 → 发放批次: the centre's batches a page at a time, newest first, counted in all.</summary>
public sealed class PaymentBatchesTests : BunitContext
{
    private readonly AnsweringInvoker _policyLaw = new();

    public PaymentBatchesTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Disbursement.DisbursementClient(_policyLaw));
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
        AddAuthorization().SetAuthorized("jiangpu-s001").SetRoles("director").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s001"));
    }

    [Fact]
    public void The_batches_are_counted_in_all_and_the_next_page_is_asked_with_policy_laws_token()
    {
        _policyLaw.Answer(new ListBatchesReply { Batches = { Batch("b1", "2026-12") }, NextPageToken = "batches-2", TotalSize = 45 });
        var page = Render<PaymentBatches>();
        page.WaitForAssertion(() => Assert.Contains("共 45 个批次", page.Find("[data-test=batches] caption").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("[data-test=page-previous]").HasAttribute("disabled"));

        _policyLaw.Answer(new ListBatchesReply { Batches = { Batch("b0", "2025-01") }, TotalSize = 45 });
        page.Find("[data-test=page-next]").Click();

        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        Assert.Equal("b0", page.Find("[data-test=batch]").GetAttribute("data-batch"));
        Assert.True(page.Find("[data-test=page-next]").HasAttribute("disabled"));
        var asked = _policyLaw.Sent.OfType<ListBatchesRequest>().ToList();
        Assert.Equal(["", "batches-2"], asked.Select(r => r.PageToken));
        Assert.All(asked, r => Assert.Equal(20, r.PageSize));
    }

    [Fact]
    public void A_single_page_of_batches_shows_no_pager()
    {
        _policyLaw.Answer(new ListBatchesReply { Batches = { Batch("b1", "2026-12") }, TotalSize = 1 });

        var page = Render<PaymentBatches>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=batch]")));
        Assert.Empty(page.FindAll("[data-test=pager]"));
    }

    private static PaymentBatch Batch(string id, string period) => new()
    {
        BatchId = id,
        Period = period,
        Status = "prepared",
        EntryCount = 3,
        Total = "450.00",
        PreparedBy = "jiangpu-s031",
        PreparedAt = $"{period}-05T09:00:00+08:00",
    };
}
