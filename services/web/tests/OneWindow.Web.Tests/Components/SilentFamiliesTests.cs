using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;
using SilentFamiliesPage = OneWindow.Web.Components.Pages.SilentFamilies;

namespace OneWindow.Web.Tests.Components;

/// <summary>
/// The silent-family findings: each with its reasons, dismissed only with a reason, deferred to a day; and the scan, run
/// in the background, followed with its progress whether it was started here or before the page was opened.
/// </summary>
public sealed class SilentFamiliesTests : BunitContext
{
    private readonly AnsweringInvoker _socialWork = new();

    public SilentFamiliesTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new SilentFamilies.SilentFamiliesClient(_socialWork));
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
        AddAuthorization().SetAuthorized("jiangpu-s036").SetRoles("social-worker").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s036"));
        _socialWork.Answer(new ListFindingsReply
        {
            Findings =
            {
                new Finding
                {
                    FindingId = "f1", HouseholdId = "0193a0b2-0000-7000-8000-0000000000f1", Status = FindingStatus.Open, FoundAt = "2026-12-01T02:00:00+08:00",
                    Reasons = { new FindingReason { RuleCode = "elderly-alone", Text = "82岁独居，6个月内无任何联系" } },
                },
            },
        });
    }

    [Fact]
    public void A_finding_shows_why_the_family_was_flagged_and_is_dismissed_only_with_a_reason()
    {
        var page = Render<SilentFamiliesPage>();

        page.WaitForAssertion(() => Assert.Contains("82岁独居", page.Find("[data-test=finding]").TextContent, StringComparison.Ordinal));
        page.Find("[data-test=decide-finding]").Click();
        Assert.True(page.Find("[data-test=dismiss-confirm]").HasAttribute("disabled"));
        page.Find("#dismiss-reason").Input("子女每周探望，网格员已核实");
        page.Find("[data-test=dismiss-confirm]").Click();

        var dismissed = Assert.Single(_socialWork.Sent.OfType<DismissFindingRequest>());
        Assert.Equal(("f1", "子女每周探望，网格员已核实"), (dismissed.FindingId, dismissed.Reason));
        page.WaitForAssertion(() => Assert.Contains("已排除", page.Find("[data-test=silent-done]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_scan_shows_how_many_households_it_has_checked_while_it_runs_and_reads_the_findings_again_when_it_is_done()
    {
        _socialWork.Answer(Scan(ScanStatus.Scanning, scanned: 0));
        var page = Render<SilentFamiliesPage>();
        page.WaitForAssertion(() => page.Find("[data-test=finding]"));
        Assert.Empty(page.FindAll("[data-test=scan-scanning]"));

        page.Find("[data-test=scan]").Click();

        page.WaitForAssertion(() => Assert.Contains("已检查 0 / 1200 户", page.Find("[data-test=scan-scanning]").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("[data-test=scan]").HasAttribute("disabled"));
        _socialWork.Answer(Scan(ScanStatus.Scanning, scanned: 600));
        page.WaitForAssertion(() => Assert.Equal("600", page.Find("[role=progressbar]").GetAttribute("aria-valuenow")), TimeSpan.FromSeconds(10));
        Assert.Equal(("0", "1200"), (page.Find("[role=progressbar]").GetAttribute("aria-valuemin"), page.Find("[role=progressbar]").GetAttribute("aria-valuemax")));
        Assert.Contains("已检查 600 / 1200 户", page.Find("[data-test=scan-scanning]").TextContent, StringComparison.Ordinal);
        var findingsRead = _socialWork.Sent.OfType<ListFindingsRequest>().Count();
        _socialWork.Answer(Scan(ScanStatus.Done, scanned: 1200));

        page.WaitForAssertion(() => Assert.Contains("本次排查 1200 户，新发现 3 户", page.Find("[data-test=scan-result]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[role=progressbar]"));
        Assert.False(page.Find("[data-test=scan]").HasAttribute("disabled"));
        page.WaitForAssertion(() => Assert.Equal(findingsRead + 1, _socialWork.Sent.OfType<ListFindingsRequest>().Count()));
        Assert.All(_socialWork.Sent.OfType<GetScanRequest>(), asked => Assert.Equal("scan-1", asked.ScanId));
    }

    [Fact]
    public void Coming_back_to_the_page_shows_the_scan_someone_left_under_way_and_follows_it_to_its_end()
    {
        _socialWork.Answer(new ListScansReply { Scans = { Scan(ScanStatus.Scanning, scanned: 450) } });
        _socialWork.Answer(Scan(ScanStatus.Scanning, scanned: 450));

        var page = Render<SilentFamiliesPage>();

        page.WaitForAssertion(() => Assert.Contains("已检查 450 / 1200 户", page.Find("[data-test=scan-scanning]").TextContent, StringComparison.Ordinal));
        Assert.Equal("450", page.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.True(page.Find("[data-test=scan]").HasAttribute("disabled"));
        Assert.Equal(1, Assert.Single(_socialWork.Sent.OfType<ListScansRequest>()).PageSize);
        Assert.Empty(_socialWork.Sent.OfType<ScanRequest>());
        _socialWork.Answer(Scan(ScanStatus.Done, scanned: 1200));

        page.WaitForAssertion(() => Assert.Contains("本次排查 1200 户", page.Find("[data-test=scan-result]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_scan_that_broke_off_says_so_in_chinese_and_a_scan_already_under_way_is_not_started_twice()
    {
        var failed = Scan(ScanStatus.Failed, scanned: 100);
        failed.Centres[0].Failure = "scan-failed";
        failed.Centres[0].FailureDetail = "connection reset";
        _socialWork.Answer(new ListScansReply { Scans = { failed } });
        var page = Render<SilentFamiliesPage>();
        page.WaitForAssertion(() => Assert.Contains("排查过程中系统出错", page.Find("[data-test=scan-failed]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("connection reset", page.Markup, StringComparison.Ordinal);

        _socialWork.Refuse(new Google.Rpc.Status
        {
            Code = (int)Grpc.Core.StatusCode.FailedPrecondition,
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "scan-running" }) },
        });
        page.Find("[data-test=scan]").Click();

        page.WaitForAssertion(() => Assert.Contains("本中心的排查正在进行", page.Find("[data-test=scan-refusal]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_findings_page_on_with_social_works_token_and_a_finished_scan_starts_them_again_at_the_first_page()
    {
        _socialWork.Answer(FindingsPage("after-f1", "f1"));
        var page = Render<SilentFamiliesPage>();
        page.WaitForAssertion(() => Assert.Equal("f1", page.Find("[data-test=finding]").GetAttribute("data-finding")));

        _socialWork.Answer(FindingsPage(string.Empty, "f2"));
        page.Find("[data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal("f2", page.Find("[data-test=finding]").GetAttribute("data-finding")));
        _socialWork.Answer(FindingsPage(string.Empty, "f3"));
        _socialWork.Answer(Scan(ScanStatus.Scanning, scanned: 0));
        page.Find("[data-test=scan]").Click();
        page.WaitForAssertion(() => page.Find("[data-test=scan-scanning]"));
        _socialWork.Answer(Scan(ScanStatus.Done, scanned: 1200));

        page.WaitForAssertion(() => Assert.Equal("f3", page.Find("[data-test=finding]").GetAttribute("data-finding")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-test=pager]"));
        var asked = _socialWork.Sent.OfType<ListFindingsRequest>().Select(r => (r.PageSize, r.PageToken)).ToList();
        Assert.Equal([(20, ""), (20, "after-f1"), (20, "")], asked);
    }

    private static FamilyScan Scan(ScanStatus status, int scanned)
    {
        var scan = new FamilyScan
        {
            ScanId = "scan-1", Status = status, RequestedBy = "jiangpu-s036", RequestedAt = "2026-12-07T09:30:00+08:00",
            HouseholdsTotal = 1200, HouseholdsScanned = scanned, FindingsRaised = 3 * scanned / 1200, ReasonsAdded = scanned == 1200 ? 1 : 0,
        };
        scan.Centres.Add(new CentreScan { Centre = "jiangpu", Status = status, HouseholdsTotal = 1200, HouseholdsScanned = scanned, FindingsRaised = scan.FindingsRaised, ReasonsAdded = scan.ReasonsAdded });
        return scan;
    }

    private static ListFindingsReply FindingsPage(string next, params string[] findingIds)
    {
        var reply = new ListFindingsReply { NextPageToken = next };
        reply.Findings.AddRange(findingIds.Select(id => new Finding
        {
            FindingId = id, HouseholdId = "0193a0b2-0000-7000-8000-0000000000f2", Status = FindingStatus.Open, FoundAt = "2026-12-02T02:00:00+08:00",
            Reasons = { new FindingReason { RuleCode = "benefit-ended", Text = "低保到期未续办" } },
        }));
        return reply;
    }
}
