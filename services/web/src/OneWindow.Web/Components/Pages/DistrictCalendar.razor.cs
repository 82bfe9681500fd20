using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Components.District;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 工作日历 for the district admin: the years held (the shipped seed, or the version loaded and by whom), a warning
/// from 1 October while next year is missing, and a year entered from the State Council's notice — holidays and the
/// weekend days worked. hr-payroll checks every day and refuses in words; a year already held needs a reason.
/// </summary>
public sealed partial class DistrictCalendar
{
    private CalendarYears? _years;
    private CalendarYearDraft _draft = CalendarYearDraft.For(2000);
    private string? _refusal;

    [Inject]
    private HrPayroll.V1.WorkingCalendar.WorkingCalendarClient Calendar { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        await ReadAsync();
        // The year most likely wanted: next year's notice, unless it is already in.
        var next = ChinaTime.Today(Clock).Year + 1;
        _draft = CalendarYearDraft.For(Held(next) ? next + 1 : next);
    }

    private async Task ReadAsync()
    {
        try
        {
            _years = await Calendar.ListCalendarYearsAsync(new ListCalendarYearsRequest());
            _refusal = null;
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }

    private bool Held(int year) => _years?.Years.Any(y => y.Year == year) ?? false;

    private void YearChanged(ChangeEventArgs changed)
    {
        if (int.TryParse(changed.Value?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year != _draft.Year)
        {
            _draft = CalendarYearDraft.For(year);
        }
    }

    private async Task LoadAsync()
    {
        var request = _draft.ToRequest();
        CalendarYear? loaded = null;
        if (await Action.RunAsync(async () => loaded = await Calendar.LoadCalendarYearAsync(request), T["CalendarLoaded", request.Year]))
        {
            await ReadAsync();
            _draft = CalendarYearDraft.For(loaded!.Year + 1);
        }
    }
}
