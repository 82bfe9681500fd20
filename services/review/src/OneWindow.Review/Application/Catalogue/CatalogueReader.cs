using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Persistence;
using OneWindow.Review.Persistence.ReadModels;

namespace OneWindow.Review.Application.Catalogue;

/// <summary>The item version a file was accepted under, from the catalogue read model.</summary>
public sealed class CatalogueReader(ReviewDbContext db)
{
    public Task<CatalogueEntry?> FindAsync(string itemCode, int version, CancellationToken cancellationToken) =>
        db.Catalogue.AsNoTracking().SingleOrDefaultAsync(e => e.ItemCode == itemCode && e.Version == version, cancellationToken);

    /// <summary>
    /// What a decision needs of the item; refused (409) until catalogue-item-published has arrived for that
    /// version. The supervisor is the one the file's centre names for the item, else the district's.
    /// </summary>
    public async Task<ItemTerms> TermsAsync(ReviewFile file, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(file.ItemCode, file.ItemVersion, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.Conflict, "item-terms-unknown",
                $"Review has not yet received {file.ItemCode} version {file.ItemVersion} from the catalogue; try again shortly.", "fileId");
        var named = await db.CentreSupervisors.AsNoTracking()
            .Where(n => n.ItemCode == file.ItemCode).Select(n => n.SupervisorStaffId).SingleOrDefaultAsync(cancellationToken);
        return new ItemTerms(entry.TimeLimited, named ?? entry.SupervisorStaffId, [.. entry.Materials.Select(m => m.Code)], entry.NeedsApproval);
    }
}
