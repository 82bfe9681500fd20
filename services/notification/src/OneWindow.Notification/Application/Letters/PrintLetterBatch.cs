using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Letters;

/// <summary>
/// Printed letters (书面告知): the centre's queued letter deliveries — a resident who asked for letters, or a legally
/// required notice that SMS could not carry — printed as one batch and posted by the centre. Names and addresses
/// are asked of intake before any transaction; the letters that have one are then marked printed together (with one
/// audit record), so a batch taken by one clerk is never printed by another at the same moment.
/// </summary>
public sealed class PrintLetterBatch(
    NotificationDbContext db, IAuditTrail audit, LetterAddresses addresses, ITenantContext tenant, IOptions<NotificationOptions> options, NotificationClock clock)
{
    /// <summary>The next batch, or null when no letter is waiting.</summary>
    public async Task<LetterBatch?> HandleAsync(CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var waiting = await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Queued && d.Channel == Channel.Letter)
            .OrderBy(d => d.CreatedAt).Take(options.Value.LetterBatchSize)
            .Select(d => new { d.Id, d.RecipientKind, d.RecipientId }).ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return null;
        }

        var addressed = new Dictionary<Guid, (string Name, string Address)>();
        var unprinted = new List<UnprintedLetter>();
        foreach (var letter in waiting)
        {
            if (letter.RecipientKind != RecipientKind.Resident || !Guid.TryParse(letter.RecipientId, out var residentId))
            {
                unprinted.Add(new UnprintedLetter(letter.Id, "不是寄给居民的信件"));
                continue;
            }

            if (await addresses.ResidentAsync(centre, residentId, $"letter {letter.Id}", cancellationToken) is { } found)
            {
                addressed[letter.Id] = found;
            }
            else
            {
                unprinted.Add(new UnprintedLetter(letter.Id, LetterAddresses.NoAddress));
            }
        }

        if (addressed.Count == 0)
        {
            return new LetterBatch(Guid.Empty, await addresses.CentreNameAsync(centre, cancellationToken), clock.GetUtcNow(), [], unprinted);
        }

        var batchId = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = addressed.Keys.ToArray();
        // SKIP LOCKED: a letter another clerk's batch is printing right now is theirs, not printed twice.
        var taken = await db.Database.SqlQuery<Guid>($"""
            SELECT id FROM deliveries WHERE id = ANY({ids}) AND status = 'Queued' AND channel = 'Letter' FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        var letters = await db.Deliveries.Where(d => taken.Contains(d.Id)).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
        foreach (var letter in letters)
        {
            letter.MarkPrinted(batchId, now);
        }

        if (letters.Count > 0)
        {
            audit.Record(new AuditEntry("print-letters", "letter-batch", batchId.ToString(), $"{letters.Count} letters"));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LetterBatch(letters.Count > 0 ? batchId : Guid.Empty, await addresses.CentreNameAsync(centre, cancellationToken), now,
            [.. letters.Select(l => new PrintedLetter(l, addressed[l.Id].Name, addressed[l.Id].Address))], unprinted);
    }
}
