using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Application.Centres;
using OneWindow.Intake.Domain.Planning;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Application.Planning;

/// <summary>
/// What a centre's hall is expected to see on a day, from its own history: arrivals per window type and half-hour from
/// the same weekday in the weeks before, service times fitted from every ticket served in those weeks, the shares of
/// priority tickets and no-shows, and the windows each half-hour needs to keep the centre's targets (its register entry's,
/// else the deployment's) by Erlang C. A week when more periodic items (annual reviews) fall due than in the weeks read
/// brings that many more residents, spread over the days the centre opens (<see cref="ReviewsFallingDue"/>). The planner
/// and the reform outcomes both start from it.
/// </summary>
public sealed class HallForecast(IntakeDbContext db, CentreHours hours, CatalogueReader catalogue, IOptions<IntakeOptions> options)
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

        var seasons = await SeasonsAsync(day, weeks, firstDay, cancellationToken);
        var opensAt = opening.Opens.ToTimeSpan();
        var perType = DemandForecast.PerHour(
            arrivals.Select(a => (a.Day, (ChinaTime.ToChina(a.IssuedAt).TimeOfDay - opensAt).TotalMinutes, a.WindowType.ToString())), HalfHour, slots);
        var lines = new List<ForecastLine>();
        foreach (var type in Enum.GetValues<WindowType>().Where(t => perType.ContainsKey(t.ToString())))
        {
            var history = perType[type.ToString()];
            var season = seasons.Of(type, history.Sum() * HalfHour.TotalHours);
            var perHour = history.Select(rate => rate * season.Factor * arrivalsPercent / 100).ToArray();
            var minutes = served.Where(s => s.WindowType == type).Select(s => (s.Finished - s.Started).TotalMinutes).ToList();
            var service = (ServiceTime?)LogNormalServiceTime.Fit(minutes) ?? new ExponentialServiceTime(StandardMinutes(type, settings));
            var windows = perHour.Select(rate => WindowSizing.WindowsFor(rate, TimeSpan.FromMinutes(service.MeanMinutes), targets)).ToArray();
            var ofType = arrivals.Where(a => a.WindowType == type).ToList();
            var stream = new ArrivalStream(type.ToString(), perHour, service)
            {
                PriorityShare = ofType.Count(a => a.Priority) / (double)ofType.Count,
                NoShowShare = ofType.Count(a => a.Status == TicketStatus.NoShow) / (double)ofType.Count,
            };
            lines.Add(new ForecastLine(type, stream, minutes.Count, windows) { Season = season });
        }

        return new ForecastDay(day, opening, targets, arrivals.Select(a => a.Day).Distinct().Count(), lines);
    }

    /// <summary>
    /// The periodic items granted at the centre, by window type, and how many days a week it opened in the weeks read:
    /// what the reviews falling due in the forecast's week are counted from.
    /// </summary>
    private async Task<Seasons> SeasonsAsync(DateOnly day, int weeks, DateOnly firstDay, CancellationToken cancellationToken)
    {
        var periodic = (await catalogue.AllInForceAsync(cancellationToken)).Where(i => i.RecurrenceMonths is > 0)
            .ToDictionary(i => i.ItemCode, i => (Months: i.RecurrenceMonths!.Value, i.WindowType), StringComparer.Ordinal);
        var codes = periodic.Keys.ToList();
        if (codes.Count == 0)
        {
            return new Seasons([], ReviewsFallingDue.WeekOf(day), weeks, 5);
        }

        // Only grants that can fall due in the weeks counted: a centre's years of grants are not read for one week's plan.
        var week = ReviewsFallingDue.WeekOf(day);
        var from = ChinaTime.StartOfDay(week.AddDays(-7 * weeks).AddMonths(-periodic.Values.Max(p => p.Months)).AddDays(-1));
        var until = ChinaTime.StartOfDay(week.AddDays(7).AddMonths(-periodic.Values.Min(p => p.Months)).AddDays(1));
        var granted = await db.Files.AsNoTracking()
            .Where(f => codes.Contains(f.ItemCode) && f.Outcome == CompletionOutcome.Granted && f.CompletedAt >= from && f.CompletedAt < until)
            .Select(f => new { f.ItemCode, CompletedAt = f.CompletedAt!.Value }).ToListAsync(cancellationToken);
        var openDays = await db.Tickets.AsNoTracking().Where(t => t.Day >= firstDay && t.Day < day).Select(t => t.Day).Distinct().CountAsync(cancellationToken);
        var grants = granted.Select(g => (Type: periodic[g.ItemCode].WindowType, GrantedOn: DateOnly.FromDateTime(ChinaTime.ToChina(g.CompletedAt).DateTime), periodic[g.ItemCode].Months)).ToList();
        return new Seasons(grants, week, weeks, openDays == 0 ? 5 : openDays / (double)weeks);
    }

    private static double StandardMinutes(WindowType type, PlanOptions settings) => type switch
    {
        WindowType.Comprehensive => settings.ComprehensiveMinutes,
        WindowType.PolicyConsultation => settings.PolicyConsultationMinutes,
        _ => settings.PaymentMinutes,
    };
}
