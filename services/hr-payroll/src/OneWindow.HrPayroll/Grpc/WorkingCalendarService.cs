using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.HrPayroll.Application.Calendar;
using OneWindow.HrPayroll.Domain.Calendar;
using OneWindow.HrPayroll.V1;

namespace OneWindow.HrPayroll.Grpc;

internal sealed class WorkingCalendarService(CalendarYearReader reader, LoadCalendarYear loadCalendarYear) : V1.WorkingCalendar.WorkingCalendarBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<CalendarYears> ListCalendarYears(ListCalendarYearsRequest request, ServerCallContext context) =>
        reader.ListAsync(context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<V1.CalendarYear> LoadCalendarYear(LoadCalendarYearRequest request, ServerCallContext context) =>
        loadCalendarYear.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);
}

internal sealed class LoadCalendarYearRequestValidator : AbstractValidator<LoadCalendarYearRequest>
{
    public LoadCalendarYearRequestValidator()
    {
        RuleFor(r => r.Holidays).Must(h => h.Count is > 0 and <= 30).WithMessage("holidays lists the year's public holidays (1 to 30).");
        RuleFor(r => r.WorkingWeekends).Must(w => w.Count <= 30).WithMessage("workingWeekends lists at most 30 days.");
        RuleFor(r => r.Reason).MaximumLength(CalendarYearVersion.ReasonMaxLength);
    }
}
