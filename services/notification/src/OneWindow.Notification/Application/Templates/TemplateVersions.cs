using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Templates;

/// <summary>
/// Saves a new version of a template or of a centre's wording. Two saves at the same moment both take the next
/// version number; the unique index keeps the first, and the other is told to reload rather than given a 500.
/// </summary>
internal static class TemplateVersions
{
    public static async Task SaveAsync(NotificationDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbContextTransactions.IsUniqueViolation(exception))
        {
            throw new DomainException(DomainErrorKind.Conflict, "template-saved-meanwhile", "Someone saved this template at the same moment; reload and save again.", "body");
        }
    }
}
