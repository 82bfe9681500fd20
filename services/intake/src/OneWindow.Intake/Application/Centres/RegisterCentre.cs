using OneWindow.Common.Errors;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Intake.Domain.Centres;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Application.Centres;

/// <summary>The district admin registers a street centre: from then on its staff can work in it at every service.</summary>
public sealed class RegisterCentre(IntakeDbContext db, CentreCopy copy, IAuditTrail audit, TimeProvider clock)
{
    public async Task<RegisteredCentre> HandleAsync(string code, CentreDetails details, CancellationToken cancellationToken)
    {
        // Codes of closed centres stay taken: old rows, tokens and audit records still name them.
        if (await db.Centres.AnyAsync(c => c.Code == code, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "centre-code-taken", $"The centre code '{code}' is taken.", "code");
        }

        var centre = RegisteredCentre.Register(code, details, clock.GetUtcNow());
        db.Centres.Add(centre);
        await copy.TakeAsync(centre, cancellationToken);
        audit.Record(new AuditEntry("register-centre", "centre", code));
        await db.SaveChangesAsync(cancellationToken);
        return centre;
    }
}
