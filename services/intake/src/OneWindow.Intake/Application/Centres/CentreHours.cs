using OneWindow.Common.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Centres;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Application.Centres;

/// <summary>A centre's opening hours as its register entry gives them (or the one override a stack may set for all).</summary>
public sealed class CentreHours(IntakeDbContext db, IOptions<IntakeOptions> options)
{
    public async Task<OpeningHours> OfAsync(string centre, CancellationToken cancellationToken)
    {
        var text = options.Value.OpeningHoursOverride is { Length: > 0 } everyCentre
            ? everyCentre
            : await db.Set<KnownCentre>().AsNoTracking().Where(c => c.Code == centre).Select(c => c.OpeningHours).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-centre", $"No centre '{centre}' is registered.", PlatformClaims.CentreHeader);
        return OpeningHours.Parse(text);
    }
}
