using OneWindow.Common.Errors;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Intake.Domain.Centres;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Application.Centres;

/// <summary>The district admin changes a centre's entry (its hours, phone, windows, grids), or closes or reopens it.</summary>
public sealed class ChangeCentre(IntakeDbContext db, CentreCopy copy, IAuditTrail audit, TimeProvider clock)
{
    public async Task<RegisteredCentre> HandleAsync(string code, CentreDetails details, bool open, string reason, CancellationToken cancellationToken)
    {
        var centre = await db.Centres.SingleOrDefaultAsync(c => c.Code == code, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "centre-not-found", $"No centre '{code}' is registered.", "code");
        var wasOpen = centre.Open;
        centre.Change(details, open, clock.GetUtcNow());
        await copy.TakeAsync(centre, cancellationToken);
        var action = (wasOpen, open) switch
        {
            (true, false) => "close-centre",
            (false, true) => "reopen-centre",
            _ => "change-centre",
        };
        audit.Record(new AuditEntry(action, "centre", code, reason));
        await db.SaveChangesAsync(cancellationToken);
        return centre;
    }
}
