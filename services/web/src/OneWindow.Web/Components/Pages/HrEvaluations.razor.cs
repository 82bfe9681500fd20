using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 绩效考核: a month's evaluations, each score with the work data it comes from (tickets served, ratings, files reviewed,
/// quality errors…). The HR administrator evaluates the month from the work data counted so far; the head of a
/// department adjusts a colleague's score within the bound with a reason and records a deduction, never on their own;
/// the awards the rule proposed (服务明星, 业务能手) wait for the director, the only one offered to confirm them.
/// </summary>
public sealed partial class HrEvaluations
{
    private List<Evaluation>? _evaluations;
    private IReadOnlyList<StaffMember> _staff = [];
    private Department? _headOf;
    private string? _me;
    private bool _hrAdmin;
    private bool _director;
    private bool _noCentre;
    private string? _month;
    private string _thisMonth = string.Empty;
    private Evaluation? _editing;
    private string? _points;
    private string? _adjustReason;
    private string? _amount;
    private string? _deductReason;

    /// <summary>The month to open (<c>?month=2026-11</c>); the last month otherwise, the one a centre evaluates.</summary>
    [SupplyParameterFromQuery(Name = "month")]
    private string? MonthName { get; set; }

    [Inject]
    private Performance.PerformanceClient Performance { get; set; } = null!;

    [Inject]
    private HrPayroll.V1.Staff.StaffClient Staff { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _me = user.Subject();
        _hrAdmin = user.IsInRole(PlatformRoles.HrAdmin);
        _director = user.IsInRole(PlatformRoles.Director);
        // Evaluations are a centre's: district staff read them on the centre's figures, not here.
        _noCentre = user.Centre() is null;
        var today = ChinaTime.Today(Clock);
        _thisMonth = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        _month = MonthName is { Length: 7 } named ? named : today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (_noCentre)
        {
            return;
        }

        await Action.RunAsync(async () =>
        {
            _staff = [.. (await Staff.ListStaffAsync(new ListStaffRequest())).Staff];
            _headOf = user.IsInRole(PlatformRoles.Head) && _staff.FirstOrDefault(s => s.StaffId == _me) is { } me ? me.Department : null;
            await ReadAsync();
        });
    }

    private async Task ReadAsync() =>
        _evaluations = Ordered((await Performance.ListEvaluationsAsync(new ListEvaluationsRequest { Month = _month })).Evaluations);

    private static List<Evaluation> Ordered(IEnumerable<Evaluation> evaluations) =>
        [.. evaluations.OrderBy(e => e.Department).ThenBy(e => e.StaffId, StringComparer.Ordinal)];

    private async Task ChooseMonthAsync(ChangeEventArgs change)
    {
        if (change.Value?.ToString() is not { Length: 7 } month)
        {
            return;
        }

        _month = month;
        _editing = null;
        await Action.RunAsync(ReadAsync);
    }

    private async Task EvaluateAsync()
    {
        var month = _month;
        if (string.IsNullOrEmpty(month))
        {
            return;
        }

        await Action.RunAsync(async () =>
            _evaluations = Ordered((await Performance.EvaluateMonthAsync(new EvaluateMonthRequest { Month = month })).Evaluations),
            T["EvaluationsEvaluated", month]);
    }

    private async Task ConfirmAsync(Evaluation evaluation)
    {
        var award = T["Award_" + evaluation.Award].Value;
        await Action.RunAsync(async () =>
        {
            await Performance.ConfirmAwardAsync(new ConfirmAwardRequest { Month = evaluation.Month, StaffId = evaluation.StaffId });
            await ReadAsync();
        }, T["AwardConfirmedDone", NameOf(evaluation.StaffId), evaluation.Month, award]);
    }

    private void Edit(Evaluation evaluation)
    {
        _editing = evaluation;
        _points = _adjustReason = _amount = _deductReason = null;
        Action.Clear();
    }

    private async Task AdjustAsync()
    {
        if (_editing is not { } editing || string.IsNullOrWhiteSpace(_points) || string.IsNullOrWhiteSpace(_adjustReason))
        {
            return;
        }

        var request = new AdjustEvaluationRequest { Month = editing.Month, StaffId = editing.StaffId, Points = _points.Trim(), Reason = _adjustReason.Trim() };
        if (await Action.RunAsync(async () => { await Performance.AdjustEvaluationAsync(request); await ReadAsync(); }, T["EvaluationAdjusted", NameOf(editing.StaffId), request.Points]))
        {
            _editing = null;
        }
    }

    private async Task DeductAsync()
    {
        if (_editing is not { } editing || string.IsNullOrWhiteSpace(_amount) || string.IsNullOrWhiteSpace(_deductReason))
        {
            return;
        }

        var request = new RecordDeductionRequest { Month = editing.Month, StaffId = editing.StaffId, Amount = _amount.Trim(), Reason = _deductReason.Trim() };
        if (await Action.RunAsync(async () => { await Performance.RecordDeductionAsync(request); await ReadAsync(); }, T["EvaluationDeducted", NameOf(editing.StaffId), request.Amount]))
        {
            _editing = null;
        }
    }

    /// <summary>The month's evaluations as the table shows them, the points and amounts as numbers beside their reasons.</summary>
    private Spreadsheet EvaluationsSheet()
    {
        var sheet = new Spreadsheet(
            T["EvaluationsSheetTitle", _month ?? string.Empty],
            T["LeaveWorker"], T["StaffDepartment"], T["EvaluationWorkData"], T["EvaluationDataScore"], T["EvaluationAdjustment"],
            T["ExportAdjustmentReason"], T["EvaluationDeduction"], T["ExportDeductionReason"], T["EvaluationFinalScore"], T["ExportAward"]);
        foreach (var row in _evaluations ?? [])
        {
            sheet.Add(
                NameOf(row.StaffId),
                T["Department_" + row.Department].Value,
                string.Join("；", row.Lines.Select(LineText)),
                SpreadsheetCell.Number(row.DataScore),
                row.AdjustmentReason is null ? string.Empty : SpreadsheetCell.Number(row.Adjustment),
                row.AdjustmentReason,
                row.DeductionReason is null ? string.Empty : SpreadsheetCell.Amount(row.Deduction),
                row.DeductionReason,
                SpreadsheetCell.Number(row.FinalScore),
                row.Award == Award.None ? string.Empty : $"{T["Award_" + row.Award]}（{(row.AwardConfirmed ? T["AwardConfirmed"] : T["AwardProposed"])}）");
        }

        return sheet;
    }

    private string NameOf(string staffId) =>
        _staff.FirstOrDefault(s => s.StaffId == staffId) is { } member ? $"{member.Name}（{staffId}）" : staffId;

    /// <summary>One line of a score in words: the data, how much of it, and the points it gave (satisfaction as its average rating).</summary>
    private string LineText(ScoreLine line)
    {
        var metric = T["Metric_" + line.Metric] is { ResourceNotFound: false } named ? named.Value : line.Metric;
        var amount = line.Metric == "satisfaction" && line.Count > 0 && decimal.TryParse(line.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var belowFour)
            ? T["EvaluationRatings", line.Count, (belowFour + 4m).ToString("0.00", CultureInfo.InvariantCulture)].Value
            : line.Count.ToString(CultureInfo.InvariantCulture);
        return T["EvaluationLine", metric, amount, Signed(line.Points)];
    }

    private static string Signed(string points) => points.StartsWith('-') ? points : "+" + points;
}
