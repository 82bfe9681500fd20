using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OneWindow.DemoDistrict;
using OneWindow.ServiceDefaults;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>A file opened by its address: this centre's in full, another centre's refused whoever types the address.</summary>
public sealed class FileJourneys(RunStack stack, ConsoleBrowser browser)
{
    [Fact]
    public async Task A_clerk_reads_this_centres_file_by_its_address_and_is_refused_another_centres()
    {
        var ours = await LastYearsReviewAsync("jiangpu");
        var theirs = await LastYearsReviewAsync("dinghai");

        var clerk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await clerk.GotoAsync($"files/{ours}");
        await DemoAccounts.SignInOnProviderAsync(clerk, DemoAccounts.JiangpuClerk);
        await clerk.WaitForURLAsync(url => url.EndsWith($"/files/{ours}", StringComparison.Ordinal));
        await Assertions.Expect(clerk.Locator("[data-test=file-status]")).ToHaveTextAsync("已办结");
        await Assertions.Expect(clerk.Locator("[data-test=file]")).ToContainTextAsync("最低生活保障年审");
        await Assertions.Expect(clerk.Locator("[data-test=file-outcome]")).ToHaveTextAsync("准予办理");
        await ConsoleBrowser.ScreenshotAsync(clerk, "file");
        await Accessibility.AssertNoSeriousViolationsAsync(clerk);

        await clerk.GotoAsync($"files/{theirs}");

        await Assertions.Expect(clerk.Locator("[data-test=file-refusal]")).ToHaveTextAsync("本中心没有这个件号的办件。");
        await Assertions.Expect(clerk.Locator("[data-test=file]")).ToHaveCountAsync(0);
    }

    /// <summary>The id of last year's completed dibao review of a household of the centre, as its own clerk reads it.</summary>
    private async Task<string> LastYearsReviewAsync(string centreCode)
    {
        var centre = DemoDistrictGenerator.District.Centre(centreCode);
        var household = centre.Households.First(h => h.BenefitsHeld.Contains("dibao"));
        var clerk = centre.Staff.First(s => s.Roles.Contains(PlatformRoles.Clerk));
        using var api = await DemoAccounts.ApiAsAsync(stack.Address, clerk.StaffId);
        var files = await api.GetFromJsonAsync<JsonElement>($"api/intake/v1/applications?householdId={household.HouseholdId}", TestContext.Current.CancellationToken);
        return files.GetProperty("files").EnumerateArray().First(f => f.GetProperty("itemCode").GetString() == "dibao-review").GetProperty("fileId").GetString()!;
    }
}
