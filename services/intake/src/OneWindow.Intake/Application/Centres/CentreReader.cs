using OneWindow.Common.Errors;
using Microsoft.EntityFrameworkCore;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Centres;

/// <summary>The register as anyone may read it: a district has a few dozen centres, so it is read whole.</summary>
public sealed class CentreReader(IntakeDbContext db)
{
    public async Task<Contract.ListCentresReply> ListAsync(CancellationToken cancellationToken)
    {
        var centres = await db.Centres.AsNoTracking().OrderByDescending(c => c.Open).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        return new Contract.ListCentresReply { Centres = { centres.Select(CentreMapping.ToContract) } };
    }

    public async Task<Contract.Centre> GetAsync(string code, CancellationToken cancellationToken)
    {
        var centre = await db.Centres.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "centre-not-found", $"No centre '{code}' is registered.", "code");
        return CentreMapping.ToContract(centre);
    }
}
