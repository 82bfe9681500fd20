using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// 导出 Excel in the browser: a department hands a table on as a workbook that opens with the page's headers and the
/// personal data masked exactly as the page shows it.
/// </summary>
public sealed partial class ExportJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>
    /// The first journey of a run can reach hr-payroll while it still seeds the demo district on a loaded machine: the
    /// register's first read is given longer than a click's answer.
    /// </summary>
    private static readonly LocatorAssertionsToBeVisibleOptions FirstRead = new() { Timeout = 60_000 };

    [Fact]
    public async Task The_HR_administrator_downloads_the_staff_register_with_its_id_numbers_masked_as_shown()
    {
        var hr = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await hr.GotoAsync("hr/staff");
        await DemoAccounts.SignInWithSecondFactorAsync(hr, DemoAccounts.JiangpuHrAdmin);
        await Assertions.Expect(hr.Locator("[data-test=staff-member]").First).ToBeVisibleAsync(FirstRead);
        var shown = await hr.Locator("[data-test=staff-member]").CountAsync();
        var firstShown = (await hr.Locator("[data-test=staff-id-number]").First.TextContentAsync())!.Trim();

        var download = await hr.RunAndWaitForDownloadAsync(() => hr.Locator("[data-test=export-excel]").ClickAsync());

        Assert.Matches(FileName(), download.SuggestedFilename);
        // Playwright keeps the download under a name without its extension, so the workbook is read as a stream.
        await using var file = File.OpenRead(await download.PathAsync());
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("人员名册", sheet.Name);
        Assert.Equal(["工号", "姓名", "部门", "岗位职责", "岗级", "职称", "入职日期", "离职日期", "身份证号", "银行账号"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(shown + 1, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(firstShown, sheet.Cell(2, 9).GetString());
        Assert.All(sheet.Column(9).CellsUsed().Skip(1), id => Assert.Contains("*", id.GetString(), StringComparison.Ordinal));
        Assert.All(sheet.Column(10).CellsUsed().Skip(1), account => Assert.Contains("*", account.GetString(), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^人员名册-\d{4}-\d{2}-\d{2}\.xlsx$")]
    private static partial Regex FileName();
}
