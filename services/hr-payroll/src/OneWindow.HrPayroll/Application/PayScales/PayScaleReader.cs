using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.PayScales;

/// <summary>The district pay scale (三岗十八级), read by anyone on staff: the version in force on a day, or a version by number.</summary>
public sealed class PayScaleReader(HrPayrollDbContext db, TimeProvider clock)
{
    public async Task<V1.PayScale> GetAsync(V1.GetPayScaleRequest request, CancellationToken cancellationToken)
    {
        var versions = await db.PayScales.AsNoTracking().ToListAsync(cancellationToken);
        var version = request.Version is { } number
            ? versions.SingleOrDefault(v => v.Version == number)
            : PayScaleVersion.InForce(versions, request.On is { } on ? Wire.ParseDay(on, "on") : ChinaTime.Today(clock));
        return version is null
            ? throw new DomainException(DomainErrorKind.NotFound, "no-pay-scale", "No version of the pay scale is in force then.", request.Version is null ? "on" : "version")
            : version.ToContract(versions);
    }

    /// <summary>The version a month is evaluated and paid by: the one in force on its first day.</summary>
    public static async Task<PayScaleVersion> InForceForMonthAsync(HrPayrollDbContext db, DateOnly firstDay, CancellationToken cancellationToken) =>
        PayScaleVersion.InForce(await db.PayScales.AsNoTracking().ToListAsync(cancellationToken), firstDay)
        ?? throw new DomainException(DomainErrorKind.RuleViolated, "no-pay-scale", "No version of the pay scale is in force for that month.", "month");
}
