using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Letters;

/// <summary>
/// A batch printed before, printed again as it was (a jammed printer), the addresses asked of intake again; nothing
/// changes.
/// </summary>
public sealed class ReprintLetterBatch(NotificationDbContext db, LetterAddresses addresses, ITenantContext tenant, NotificationClock clock)
{
    public async Task<LetterBatch> HandleAsync(string batchId, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var id = Wire.ParseId(batchId, "batchId");
        var letters = await db.Deliveries.AsNoTracking().Where(d => d.LetterBatchId == id).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
        if (letters.Count == 0)
        {
            throw new DomainException(DomainErrorKind.NotFound, "unknown-letter-batch", "This centre printed no such batch.", "batchId");
        }

        var printed = new List<PrintedLetter>();
        var unprinted = new List<UnprintedLetter>();
        foreach (var letter in letters)
        {
            if (Guid.TryParse(letter.RecipientId, out var residentId) && await addresses.ResidentAsync(centre, residentId, $"letter {letter.Id} reprint", cancellationToken) is { } found)
            {
                printed.Add(new PrintedLetter(letter, found.Name, found.Address));
            }
            else
            {
                unprinted.Add(new UnprintedLetter(letter.Id, LetterAddresses.NoAddress));
            }
        }

        return new LetterBatch(id, await addresses.CentreNameAsync(centre, cancellationToken), letters[0].SentAt ?? clock.GetUtcNow(), printed, unprinted);
    }
}
