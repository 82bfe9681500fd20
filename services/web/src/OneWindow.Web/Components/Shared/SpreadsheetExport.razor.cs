using BootstrapBlazor.Components;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;

namespace OneWindow.Web.Components.Shared;

/// <summary>
/// The 导出 Excel button of a table a department hands on. The page builds the sheet at the click from what its table
/// shows then (the current filter, personal data masked as the service gave it); the file is named for what it is and
/// the day it was taken (人员名册-2026-12-07.xlsx). Exporting changes nothing, so nothing is audited.
/// </summary>
public sealed partial class SpreadsheetExport
{
    private bool _busy;

    /// <summary>The table as it stands at the click.</summary>
    [Parameter, EditorRequired]
    public Func<Spreadsheet> Sheet { get; set; } = null!;

    [Inject]
    private DownloadService Downloads { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    public static string FileName(string title, DateOnly day) =>
        $"{title}-{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.xlsx";

    private async Task ExportAsync()
    {
        // A second click while the first workbook is on its way hands over nothing twice.
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var sheet = Sheet();
            await Downloads.DownloadFromByteArrayAsync(FileName(sheet.Title, ChinaTime.Today(Clock)), sheet.ToXlsx());
        }
        finally
        {
            _busy = false;
        }
    }
}
