using System.Text;
using BootstrapBlazor.Components;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Audit.V1;
using OneWindow.Common.Formats;
using OneWindow.Common.Time;
using OneWindow.Web.Components.Audit;
using OneWindow.Web.Components.Hr;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 审计日志: every decision and every refusal the platform wrote, searched by days, person, act, subject and refusals
/// only. The director reads their centre's trail; the district admin every centre's and the district's own, or one
/// centre's by naming it. Read from every service's trail and merged by time, a page at a time; the pages already
/// read are kept, so going back shows them as they were.
/// </summary>
public sealed partial class AuditLog
{
    private const int PageSize = 50;

    /// <summary>The largest page a service gives (AuditSearch.MaxPageSize).</summary>
    private const int ExportPageSize = 200;

    private readonly List<AuditPage> _pages = [];
    private int _shown;
    private bool _district;
    private bool _busy;
    private string? _refusal;
    private WholeAuditTrail _trail = null!;
    private PageAction _csvExport = null!;
    private SearchAuditRequest _search = new();
    private CallOptions _options;

    /// <summary>Staff names by id, so the trail names people as the director knows them; ids alone when unknown.</summary>
    private Dictionary<string, string> _names = [];

    private DateOnly? _from;
    private DateOnly? _to;
    private string? _centre;
    private string? _actor;
    private string? _action;
    private string? _subjectId;
    private bool _deniedOnly;

    private AuditPage? Shown => _pages.Count == 0 ? null : _pages[_shown];

    [Inject]
    private AuditTrail.AuditTrailClient Client { get; set; } = null!;

    [Inject]
    private AuditWords Words { get; set; } = null!;

    [Inject]
    private HrPayroll.V1.Staff.StaffClient Staff { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private DownloadService Downloads { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _trail = new WholeAuditTrail(Client);
        _csvExport = new PageAction(Refusals, Navigation);
        _district = (await Authentication.GetAuthenticationStateAsync()).User.Centre() is null;
        _to = ChinaTime.Today(Clock);
        _from = _to.Value.AddDays(-6);
        await ReadNamesAsync();
        await SearchAsync();
    }

    private async Task ReadNamesAsync()
    {
        try
        {
            _names = (await Staff.ListStaffAsync(new HrPayroll.V1.ListStaffRequest())).Staff.ToDictionary(s => s.StaffId, s => s.Name, StringComparer.Ordinal);
        }
        catch (RpcException)
        {
            // The register is hr-payroll's: without it the trail still reads, by staff id.
            _names = [];
        }
    }

    /// <summary>The whole search, as an inspector is handed it: one row a record, the time to the second.</summary>
    private async Task<Spreadsheet> AuditSheetAsync()
    {
        var sheet = new Spreadsheet(SheetTitle, Headers());
        foreach (var line in await EveryLineAsync())
        {
            sheet.Add([.. Fields(line).Select(field => (SpreadsheetCell)field)]);
        }

        return sheet;
    }

    /// <summary>
    /// The whole search as CSV, in UTF-8 with a byte-order mark so that Excel and WPS open the Chinese as Chinese: the
    /// file an inspector takes away or loads into their own tools.
    /// </summary>
    private Task ExportCsvAsync() => _csvExport.RunAsync(async () =>
    {
        var csv = new StringBuilder(CsvField.Line([.. Headers().Select(CsvField.Text)]));
        foreach (var line in await EveryLineAsync())
        {
            csv.Append(CsvField.Line([.. Fields(line).Select(CsvField.Text)]));
        }

        var name = Path.ChangeExtension(SpreadsheetExport.FileName(SheetTitle, ChinaTime.Today(Clock)), ".csv");
        await Downloads.DownloadFromByteArrayAsync(name, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv.ToString())]);
    });

    private string SheetTitle => T["AuditSheetTitle", Wire.Day(_from), Wire.Day(_to)];

    // The centre column only for the district, as on the page.
    private string[] Headers() =>
        [T["AuditAt"], .. _district ? [T["AuditCentre"].Value] : Array.Empty<string>(), T["AuditService"], T["AuditActor"], T["AuditRoles"], T["AuditAction"], T["AuditSubject"], T["AuditSubjectId"], T["AuditOutcome"], T["AuditReason"]];

    private string[] Fields(AuditLine line)
    {
        var record = line.Record;
        return
        [
            AuditWords.Second(line.At),
            .. _district ? [record.Centre.Length == 0 ? T["AuditDistrictWide"].Value : record.Centre] : Array.Empty<string>(),
            Words.Service(line.Service), ActorName(record.Actor), Words.Roles(record.ActorRoles), Words.Action(record.Action),
            Words.Subject(record.SubjectType), record.SubjectId, record.Outcome == "denied" ? T["AuditDenied"].Value : T["AuditDone"].Value,
            Words.Reason(record.Outcome, record.Reason),
        ];
    }

    /// <summary>
    /// Every record of the search shown, from every service, merged as the pages are: read again from the start, the
    /// largest pages the services give. A service that cannot answer refuses the export rather than leave its records out
    /// of a file that would not say so.
    /// </summary>
    private async Task<List<AuditLine>> EveryLineAsync()
    {
        var whole = new WholeAuditTrail(Client);
        whole.Start(_search, _options);
        var lines = new List<AuditLine>();
        AuditPage page;
        do
        {
            page = await whole.NextPageAsync(ExportPageSize);
            if (page.Unavailable.Count > 0)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, $"Not answering: {string.Join(", ", page.Unavailable)}"));
            }

            lines.AddRange(page.Lines);
        }
        while (page.More);
        return lines;
    }

    /// <summary>"胡涛浩（jiangpu-s031）", or the id alone, or 系统自动 for a service's own act.</summary>
    private string ActorName(string actor) =>
        _names.TryGetValue(actor, out var name) && name.Length > 0 ? $"{name}（{actor}）" : Words.Actor(actor);

    private async Task SearchAsync()
    {
        if (_busy)
        {
            return;
        }

        _search = new SearchAuditRequest
        {
            From = Wire.Day(_from),
            To = Wire.Day(_to),
            Actor = _actor?.Trim() ?? string.Empty,
            Action = _action ?? string.Empty,
            SubjectId = _subjectId?.Trim() ?? string.Empty,
            DeniedOnly = _deniedOnly,
        };
        _options = NamedCentre.Options(_district ? NamedCentre.For(ownCentre: null, _centre) : null);
        _trail.Start(_search, _options);
        _pages.Clear();
        _shown = 0;
        await ReadPageAsync();
    }

    private async Task NextAsync()
    {
        if (_shown < _pages.Count - 1)
        {
            _shown++;
            return;
        }

        if (Shown is { More: true })
        {
            await ReadPageAsync();
        }
    }

    private void Previous() => _shown = Math.Max(0, _shown - 1);

    private async Task ReadPageAsync()
    {
        _busy = true;
        try
        {
            _pages.Add(await _trail.NextPageAsync(PageSize));
            _shown = _pages.Count - 1;
            _refusal = null;
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
        finally
        {
            _busy = false;
        }
    }
}
