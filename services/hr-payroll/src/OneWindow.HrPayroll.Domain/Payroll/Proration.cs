using OneWindow.Common.Calendar;

namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>
/// The one proration rule (计薪日): a month's pay is earned by its working days on the district's calendar. A worker hired
/// or leaving within the month, or on unpaid leave (事假), is paid monthly pay × days paid ÷ working days of the month,
/// each line to the fen on its own (half away from zero). Days paid are the month's working days on staff, less the
/// working days of approved unpaid leave among them.
/// </summary>
public sealed record Proration(int WorkingDays, int DaysOnStaff, int UnpaidLeaveDays)
{
    public int DaysPaid => DaysOnStaff - UnpaidLeaveDays;

    public bool Whole => DaysPaid == WorkingDays;

    public decimal Apply(decimal monthly) => PayCalculator.Fen(Whole ? monthly : monthly * DaysPaid / WorkingDays);

    public static Proration Of(WorkingDayCalendar calendar, DateOnly first, DateOnly last, DateOnly hiredOn, DateOnly? lastDay, IEnumerable<(DateOnly From, DateOnly To)> unpaidLeave)
    {
        var onStaff = new HashSet<DateOnly>();
        var working = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            working++;
            if (hiredOn <= day && (lastDay is null || day <= lastDay))
            {
                onStaff.Add(day);
            }
        }

        var unpaid = unpaidLeave.SelectMany(l => Days(l.From, l.To)).Where(onStaff.Contains).Distinct().Count();
        return new Proration(working, onStaff.Count, unpaid);
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
