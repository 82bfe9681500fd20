using BootstrapBlazor.Components;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Shared;

/// <summary>
/// The 导出 Excel button of a table a department hands on. The page builds the sheet at the click with the filter it
/// shows then (personal data masked as the service gave it): a list read a page at a time is exported whole, every page
/// read again (<see cref="PagedList{T}.EveryRowAsync"/>), since a department hands on the ledger, not its first twenty
/// lines. The file is named for what it is and the day it was taken (人员名册-2026-12-07.xlsx). Exporting changes
/// nothing, so nothing is audited; a read refused on the way is said beside the button.
/// </summary>
public sealed partial class SpreadsheetExport
{
    private PageAction _action = null!;

    /// <summary>The table at the click, with the filter the page shows.</summary>
    [Parameter, EditorRequired]
    public Func<Task<Spreadsheet>> Sheet { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private DownloadService Downloads { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    public static string FileName(string title, DateOnly day) =>
        $"{title}-{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.xlsx";

    // The button's own action, not the page's: reading every page for a workbook is no decision of the page's, and a
    // second click while the first workbook is on its way hands over nothing twice.
    protected override void OnInitialized() => _action = new PageAction(Refusals, Navigation);

    private Task ExportAsync() => _action.RunAsync(async () =>
    {
        var sheet = await Sheet();
        await Downloads.DownloadFromByteArrayAsync(FileName(sheet.Title, ChinaTime.Today(Clock)), sheet.ToXlsx());
    });
}
