using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Application.Residents;

/// <summary>A real-name question answered yes: the register's resident and their centre.</summary>
public sealed record RealNameMatch(Guid ResidentId, string Centre);

/// <summary>
/// The identity provider asks whether a resident with exactly this name and ID number is on the district's register,
/// to bind a sign-in account to that record once. The register is read district-wide (the account belongs to no
/// centre yet); the answer is the record or null, the same null for a wrong name and an unknown number. Every
/// question is audited: under the resident's centre when the number is on the register (that centre's data was
/// looked at), under the district's otherwise.
/// </summary>
public sealed class MatchRealName(IntakeDbContext db, PersonalDataProtector protector, PersonalDataIndex index, IAuditTrail audit, TenantContext tenant, TimeProvider clock)
{
    public async Task<RealNameMatch?> RunAsync(string name, string idNumber, string accountId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 50)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-name", "A name is 1 to 50 characters.", "name");
        }

        var parsed = ResidentIdNumber.Parse(idNumber, clock, "idNumber");
        var key = index.Of(parsed.Value);
        tenant.Set(Tenant.District);
        var found = await db.Residents.AsNoTracking()
            .Where(r => r.IdNumberIndex == key)
            .Select(r => new { r.Id, r.NameProtected, Centre = EF.Property<string>(r, TenantOwnership.PropertyName) })
            .SingleOrDefaultAsync(cancellationToken);
        var matched = found is not null && RealName.Matches(protector.Unprotect(found.NameProtected, PersonalDataPurposes.Name), name);

        // Written as the centre whose record was looked at: a district-wide scope writes nothing of a centre's.
        tenant.Set(found is null ? Tenant.District : Tenant.Centre(found.Centre));
        var purpose = $"real-name binding of account {Truncate(accountId)}";
        if (matched)
        {
            audit.Record(new AuditEntry("match-real-name", "resident", found!.Id.ToString(), purpose));
            await db.SaveChangesAsync(cancellationToken);
            return new RealNameMatch(found.Id, found.Centre);
        }

        await audit.RecordDenialAsync(
            new AuditEntry("match-real-name", found is null ? "id-number" : "resident", found?.Id.ToString() ?? Masking.ResidentId(parsed.Value), found is null ? "unknown-id-number" : "name-mismatch"),
            cancellationToken);
        return null;
    }

    private static string Truncate(string accountId) => accountId.Trim()[..Math.Min(accountId.Trim().Length, 64)];
}
