using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Centres;
using OneWindow.Intake.Domain.Planning;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Application.Planning;

/// <summary>
/// What a centre's hall is expected to see on a day, from its own history: arrivals per window type and half-hour from
/// the same weekday in the weeks before, service times fitted from every ticket served in those weeks, the shares of
/// priority tickets and no-shows, and the windows each half-hour needs to keep the centre's targets (its register entry's,
/// else the deployment's) by Erlang C. The planner and the reform outcomes both start from it.
/// </summary>
public sealed class HallForecast(IntakeDbContext db, CentreHours hours, IOptions<IntakeOptions> options)
{
    public static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    /// <param name="centre">The centre whose history is read.</param>
    /// <param name="day">The day forecast.</param>
    /// <param name="weeks">Weeks of history read.</param>
    /// <param name="arrivalsPercent">Arrivals at this percentage of the history's (what if).</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    public async Task<ForecastDay> ForAsync(string centre, DateOnly day, int weeks, int arrivalsPercent, CancellationToken cancellationToken)
    {
        var settings = options.Value.Plan;
        var registered = await db.Centres.AsNoTracking().Where(c => c.Code == centre).SingleOrDefaultAsync(cancellationToken);
        var targets = registered?.WaitingTargets ?? new PlanTargets(settings.AverageWaiting, settings.ServiceLevel, settings.CalledWithin);
        var opening = await hours.OfAsync(centre, cancellationToken);
        var slots = (int)Math.Ceiling((opening.Closes - opening.Opens).TotalMinutes / HalfHour.TotalMinutes);

        var sameWeekday = Enumerable.Range(1, weeks).Select(w => day.AddDays(-7 * w)).ToList();
        var arrivals = await db.Tickets.AsNoTracking().Where(t => sameWeekday.Contains(t.Day) && t.TransferredFrom == null)
            .Select(t => new { t.Day, t.WindowType, t.IssuedAt, t.Priority, t.Status }).ToListAsync(cancellationToken);
        var firstDay = day.AddDays(-7 * weeks);
        var served = await db.Tickets.AsNoTracking().Where(t => t.Day >= firstDay && t.Day < day && t.Status == TicketStatus.Served && t.ServiceStartedAt != null && t.FinishedAt != null)
            .Select(t => new { t.WindowType, Started = t.ServiceStartedAt!.Value, Finished = t.FinishedAt!.Value }).ToListAsync(cancellationToken);

        var opensAt = opening.Opens.ToTimeSpan();
        var perType = DemandForecast.PerHour(
            arrivals.Select(a => (a.Day, (ChinaTime.ToChina(a.IssuedAt).TimeOfDay - opensAt).TotalMinutes, a.WindowType.ToString())), HalfHour, slots);
        var lines = new List<ForecastLine>();
        foreach (var type in Enum.GetValues<WindowType>().Where(t => perType.ContainsKey(t.ToString())))
        {
            var perHour = perType[type.ToString()].Select(rate => rate * arrivalsPercent / 100).ToArray();
            var minutes = served.Where(s => s.WindowType == type).Select(s => (s.Finished - s.Started).TotalMinutes).ToList();
            var service = (ServiceTime?)LogNormalServiceTime.Fit(minutes) ?? new ExponentialServiceTime(StandardMinutes(type, settings));
            var windows = perHour.Select(rate => WindowSizing.WindowsFor(rate, TimeSpan.FromMinutes(service.MeanMinutes), targets)).ToArray();
            var ofType = arrivals.Where(a => a.WindowType == type).ToList();
            var stream = new ArrivalStream(type.ToString(), perHour, service)
            {
                PriorityShare = ofType.Count(a => a.Priority) / (double)ofType.Count,
                NoShowShare = ofType.Count(a => a.Status == TicketStatus.NoShow) / (double)ofType.Count,
            };
            lines.Add(new ForecastLine(type, stream, minutes.Count, windows));
        }

        return new ForecastDay(day, opening, targets, arrivals.Select(a => a.Day).Distinct().Count(), lines);
    }

    private static double StandardMinutes(WindowType type, PlanOptions settings) => type switch
    {
        WindowType.Comprehensive => settings.ComprehensiveMinutes,
        WindowType.PolicyConsultation => settings.PolicyConsultationMinutes,
        _ => settings.PaymentMinutes,
    };
}
