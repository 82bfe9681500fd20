using Microsoft.EntityFrameworkCore;
using OneWindow.Intake.Domain.Fees;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Fees;

/// <summary>The day's takings of a centre per window (日结对账): count and sum by method and channel.</summary>
public sealed class TakingsReader(IntakeDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Takings> GetAsync(string? dayText, string? window, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var day = Wire.DayOrToday(dayText, "day", clock);
        var query = db.FeePayments.AsNoTracking().Where(p => p.Day == day);
        if (!string.IsNullOrEmpty(window))
        {
            query = query.Where(p => p.Window == window);
        }

        var payments = await query.OrderBy(p => p.PaidAt).ToListAsync(cancellationToken);
        var takings = ToContract(Wire.Day(day), payments);
        if (!string.IsNullOrEmpty(window))
        {
            var fileIds = payments.Select(p => p.FileId).ToList();
            var files = await db.Files.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
            foreach (var till in takings.Windows)
            {
                till.Payments.AddRange(payments.Where(p => p.Window == till.Window).Select(p => FeeMapping.ToContract(p, files[p.FileId])));
            }
        }

        return takings;
    }

    public static Contract.Takings ToContract(string dayOrPeriod, IReadOnlyCollection<FeePayment> payments)
    {
        var takings = new Contract.Takings
        {
            Day = dayOrPeriod,
            Count = payments.Count,
            Collected = Wire.Money(payments.Where(p => p.Collected).Sum(p => p.Amount)),
            Waived = Wire.Money(payments.Where(p => !p.Collected).Sum(p => p.Amount)),
        };
        takings.ByMethod.AddRange(TillReconciliation.ByMethodOf(payments).Select(FeeMapping.ToContract));
        foreach (var till in TillReconciliation.PerWindow(payments))
        {
            var window = new Contract.WindowTakings
            {
                Window = till.Window,
                Count = till.Count,
                Collected = Wire.Money(till.Collected),
                Waived = Wire.Money(till.Waived),
            };
            window.Cashiers.AddRange(till.Cashiers);
            window.ByMethod.AddRange(till.ByMethod.Select(FeeMapping.ToContract));
            takings.Windows.Add(window);
        }

        return takings;
    }
}
