using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Application.Fees;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Fees;
using OneWindow.Intake.Domain.Satisfaction;
using OneWindow.Intake.Domain.Statistics;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Statistics;

/// <summary>
/// 日交接、周总结、月统计: a centre's tickets, waits, windows, clerks, acceptances per item, bundling, instant
/// completions, satisfaction and takings for a day, week or month; and for the district admin every centre side
/// by side. Read-only; row-level security decides which centres' rows a caller sees.
/// </summary>
public sealed class StatisticsReader(IntakeDbContext db, CatalogueReader catalogue, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.CentreStatistics> CentreAsync(Contract.StatisticsPeriod period, string? day, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var reporting = Period(period, day);
        var data = await LoadAsync(reporting, cancellationToken);
        var names = (await catalogue.AllInForceAsync(cancellationToken)).ToDictionary(i => i.ItemCode, i => i.Name, StringComparer.Ordinal);
        var statistics = new Contract.CentreStatistics
        {
            Centre = centre,
            Period = (Contract.StatisticsPeriod)((int)reporting.Kind + 1),
            From = Wire.Day(reporting.From),
            To = Wire.Day(reporting.To),
            Title = reporting.Title,
            Queue = ToContract(QueueFigures.Of(data.Tickets)),
            Acceptances = data.Files.Sum(f => f.Count),
            BundledAcceptances = data.Files.Where(f => f.FromBundling).Sum(f => f.Count),
            InstantCompletions = data.Files.Where(f => f.Instant).Sum(f => f.Count),
            Satisfaction = Satisfaction(data),
            Takings = TakingsReader.ToContract(reporting.Days == 1 ? Wire.Day(reporting.From) : $"{Wire.Day(reporting.From)}~{Wire.Day(reporting.To)}", data.Payments),
            PrintableUrl = $"/v1/handover?period={reporting.Kind.ToString().ToLowerInvariant()}&day={Wire.Day(reporting.From)}",
        };
        statistics.ByWindowType.AddRange(data.Tickets.GroupBy(t => t.WindowType).OrderBy(g => g.Key)
            .Select(g => new Contract.WindowTypeFigures { WindowType = QueueMapping.ToContract(g.Key), Queue = ToContract(QueueFigures.Of([.. g])) }));
        foreach (var window in data.Tickets.Where(t => t.Window is not null).GroupBy(t => t.Window!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var figures = new Contract.WindowFigures { Window = window.Key, Queue = ToContract(QueueFigures.Of([.. window])) };
            figures.Clerks.AddRange(window.Select(t => t.Clerk!).Distinct().Order(StringComparer.Ordinal));
            statistics.ByWindow.Add(figures);
        }

        var clerks = data.Tickets.Select(t => t.Clerk).Concat(data.Files.Select(f => f.Clerk)).Concat(data.Complaints.Select(c => c.Clerk))
            .OfType<string>().Distinct().Order(StringComparer.Ordinal);
        foreach (var clerk in clerks)
        {
            var files = data.Files.Where(f => f.Clerk == clerk).ToList();
            statistics.ByClerk.Add(new Contract.ClerkFigures
            {
                ClerkStaffId = clerk,
                Queue = ToContract(QueueFigures.Of([.. data.Tickets.Where(t => t.Clerk == clerk)])),
                Acceptances = files.Sum(f => f.Count),
                BundledAcceptances = files.Where(f => f.FromBundling).Sum(f => f.Count),
                InstantCompletions = files.Where(f => f.Instant).Sum(f => f.Count),
                Complaints = data.Complaints.Count(c => c.Clerk == clerk),
            });
        }

        // One centre's acceptances of a month are a few thousand instants: read as they are, placed in China time here.
        var (start, end) = (ChinaTime.StartOfDay(reporting.From), ChinaTime.StartOfDay(reporting.To.AddDays(1)));
        var acceptedAt = await db.Files.AsNoTracking().Where(f => f.AcceptedAt >= start && f.AcceptedAt < end).Select(f => f.AcceptedAt).ToListAsync(cancellationToken);
        statistics.Trend.AddRange(TrendPoint.Of(reporting, data.Tickets, acceptedAt).Select(p => new Contract.TrendPoint
        {
            Label = p.Label,
            Issued = p.Issued,
            Served = p.Served,
            AverageWaitSeconds = p.AverageWaitSeconds,
            Acceptances = p.Acceptances,
        }));
        statistics.ByItem.AddRange(data.Files.GroupBy(f => f.ItemCode).OrderByDescending(g => g.Sum(f => f.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Contract.ItemFigures
            {
                ItemCode = g.Key,
                Name = names.GetValueOrDefault(g.Key, g.Key),
                Accepted = g.Sum(f => f.Count),
                Bundled = g.Where(f => f.FromBundling).Sum(f => f.Count),
                InstantCompletions = g.Where(f => f.Instant).Sum(f => f.Count),
            }));
        return statistics;
    }

    /// <summary>Every centre the caller may read (all of them for the district admin), and the district's totals.</summary>
    public async Task<Contract.CentreComparison> CompareAsync(Contract.StatisticsPeriod period, string? day, CancellationToken cancellationToken)
    {
        var reporting = Period(period, day);
        var data = await LoadAsync(reporting, cancellationToken);
        var comparison = new Contract.CentreComparison
        {
            Period = (Contract.StatisticsPeriod)((int)reporting.Kind + 1),
            From = Wire.Day(reporting.From),
            To = Wire.Day(reporting.To),
            Title = reporting.Title,
            District = Row("district", data),
        };
        var centres = data.Tickets.Select(t => t.Centre).Concat(data.Files.Select(f => f.Centre)).Concat(data.Complaints.Select(c => c.Centre))
            .Concat(data.PaymentCentres.Values).Distinct().Order(StringComparer.Ordinal);
        comparison.Centres.AddRange(centres.Select(centre => Row(centre, data.Of(centre))));
        return comparison;
    }

    private ReportingPeriod Period(Contract.StatisticsPeriod period, string? day) => ReportingPeriod.Containing(
        period switch
        {
            Contract.StatisticsPeriod.Unspecified or Contract.StatisticsPeriod.Day => StatisticsPeriod.Day,
            Contract.StatisticsPeriod.Week => StatisticsPeriod.Week,
            Contract.StatisticsPeriod.Month => StatisticsPeriod.Month,
            _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-period", "period is day, week or month.", "period"),
        },
        Wire.DayOrToday(day, "day", clock));

    private async Task<PeriodData> LoadAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        var (start, end) = (ChinaTime.StartOfDay(from), ChinaTime.StartOfDay(to.AddDays(1)));
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.Day >= from && t.Day <= to)
            .Select(t => new TicketFact(
                EF.Property<string>(t, TenantOwnership.PropertyName), t.WindowType, t.Status, t.Window, t.ClerkStaffId, t.TransferredFrom != null,
                t.QueuedSince, t.CalledAt, t.ServiceStartedAt, t.FinishedAt, t.Rating))
            .ToListAsync(cancellationToken);
        // Files may be many (a busy month of a district): counted in the database, by centre, item and clerk.
        var files = (await db.Files.AsNoTracking().Where(f => f.AcceptedAt >= start && f.AcceptedAt < end)
                .GroupBy(f => new { Centre = EF.Property<string>(f, TenantOwnership.PropertyName), f.ItemCode, f.AcceptedBy, f.FromBundling, f.Kind })
                .Select(g => new { g.Key.Centre, g.Key.ItemCode, g.Key.AcceptedBy, g.Key.FromBundling, g.Key.Kind, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .Select(g => new AcceptanceFact(g.Centre, g.ItemCode, g.AcceptedBy, g.FromBundling, g.Kind == ItemKind.Instant, g.Count)).ToList();
        var complaints = (await db.Complaints.AsNoTracking().Where(c => c.SubmittedAt >= start && c.SubmittedAt < end)
                .Select(c => new { Centre = EF.Property<string>(c, TenantOwnership.PropertyName), c.ClerkStaffId, c.Status })
                .ToListAsync(cancellationToken))
            .Select(c => new ComplaintFact(c.Centre, c.ClerkStaffId, c.Status)).ToList();
        var messages = await db.MessageBook.AsNoTracking().Where(m => m.WrittenAt >= start && m.WrittenAt < end)
            .GroupBy(m => EF.Property<string>(m, TenantOwnership.PropertyName))
            .Select(g => new { Centre = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Centre, g => g.Count, cancellationToken);
        var payments = await db.FeePayments.AsNoTracking().Where(p => p.Day >= from && p.Day <= to)
            .Select(p => new { Payment = p, Centre = EF.Property<string>(p, TenantOwnership.PropertyName) })
            .ToListAsync(cancellationToken);
        return new PeriodData(tickets, files, complaints, messages, [.. payments.Select(p => p.Payment)], payments.ToDictionary(p => p.Payment.Id, p => p.Centre));
    }

    private static Contract.SatisfactionFigures Satisfaction(PeriodData data)
    {
        var scores = data.Tickets.Where(t => t.Rating is not null).Select(t => t.Rating!.Value).ToList();
        var figures = new Contract.SatisfactionFigures
        {
            Ratings = scores.Count,
            AverageRating = Rating(QueueFigures.AverageOf(scores)),
            Complaints = data.Complaints.Count,
            ComplaintsOpen = data.Complaints.Count(c => c.Status == ComplaintStatus.Open),
            ComplaintsHandled = data.Complaints.Count(c => c.Status == ComplaintStatus.Handled),
            Messages = data.Messages.Values.Sum(),
        };
        figures.ByScore.AddRange(Enumerable.Range(1, 5).Select(score => scores.Count(s => s == score)));
        return figures;
    }

    private static Contract.CentreRow Row(string centre, PeriodData data)
    {
        var queue = QueueFigures.Of(data.Tickets);
        var clerks = data.Tickets.Where(t => t.Status == Domain.Queue.TicketStatus.Served).Select(t => t.Clerk).Distinct().Count();
        return new Contract.CentreRow
        {
            Centre = centre,
            Queue = ToContract(queue),
            Acceptances = data.Files.Sum(f => f.Count),
            BundledAcceptances = data.Files.Where(f => f.FromBundling).Sum(f => f.Count),
            InstantCompletions = data.Files.Where(f => f.Instant).Sum(f => f.Count),
            Complaints = data.Complaints.Count,
            Collected = Wire.Money(data.Payments.Where(p => p.Collected).Sum(p => p.Amount)),
            Clerks = clerks,
            ServedPerClerk = clerks == 0 ? "0.0" : ((decimal)queue.Served / clerks).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static Contract.QueueFigures ToContract(QueueFigures figures) => new()
    {
        Issued = figures.Issued,
        Served = figures.Served,
        NoShows = figures.NoShows,
        Transferred = figures.Transferred,
        AverageWaitSeconds = figures.AverageWaitSeconds,
        LongestWaitSeconds = figures.LongestWaitSeconds,
        AverageServiceSeconds = figures.AverageServiceSeconds,
        Ratings = figures.Ratings,
        AverageRating = Rating(figures.AverageRating),
    };

    private static string Rating(decimal? average) => average?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private sealed record ComplaintFact(string Centre, string? Clerk, ComplaintStatus Status);

    private sealed record PeriodData(
        IReadOnlyList<TicketFact> Tickets, IReadOnlyList<AcceptanceFact> Files, IReadOnlyList<ComplaintFact> Complaints,
        IReadOnlyDictionary<string, int> Messages, IReadOnlyList<FeePayment> Payments, IReadOnlyDictionary<Guid, string> PaymentCentres)
    {
        public PeriodData Of(string centre) => new(
            [.. Tickets.Where(t => t.Centre == centre)],
            [.. Files.Where(f => f.Centre == centre)],
            [.. Complaints.Where(c => c.Centre == centre)],
            Messages.Where(m => m.Key == centre).ToDictionary(),
            [.. Payments.Where(p => PaymentCentres[p.Id] == centre)],
            PaymentCentres.Where(p => p.Value == centre).ToDictionary());
    }
}
