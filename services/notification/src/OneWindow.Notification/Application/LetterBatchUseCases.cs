using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Persistence;
using OneWindow.Outbox;

namespace OneWindow.Notification.Application;

/// <summary>One letter of a batch, with the name and address intake gave for the envelope window.</summary>
public sealed record PrintedLetter(Delivery Delivery, string Name, string Address);

/// <summary>A letter that stayed queued, and why (intake had no address for it, or did not answer).</summary>
public sealed record UnprintedLetter(Guid DeliveryId, string Reason);

/// <summary>What a batch printed, for the page the centre prints.</summary>
public sealed record LetterBatch(Guid Id, string CentreName, DateTimeOffset PrintedAt, IReadOnlyList<PrintedLetter> Letters, IReadOnlyList<UnprintedLetter> Unprinted);

/// <summary>
/// Printed letters (书面告知): the centre's queued letter deliveries — a resident who asked for letters, or a legally
/// required notice that SMS could not carry — printed as one batch and posted by the centre. Names and addresses
/// are asked of intake before any transaction; the letters that have one are then marked printed together (with
/// their notification-sent events and one audit record), so a batch taken by one clerk is never printed by another
/// at the same moment. A batch can be printed again (a jammed printer) without changing anything.
/// </summary>
public sealed class LetterBatchUseCases(
    NotificationDbContext db, IAuditTrail audit, IOutbox outbox, ContactDirectory contacts, ITenantContext tenant, IOptions<NotificationOptions> options, NotificationClock clock)
{
    /// <summary>The next batch, or null when no letter is waiting.</summary>
    public async Task<LetterBatch?> PrintAsync(CancellationToken cancellationToken)
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

            if (await AddressAsync(centre, residentId, $"letter {letter.Id}", cancellationToken) is { } found)
            {
                addressed[letter.Id] = found;
            }
            else
            {
                unprinted.Add(new UnprintedLetter(letter.Id, "受理系统中没有该居民的地址，或暂时无法取得"));
            }
        }

        if (addressed.Count == 0)
        {
            return new LetterBatch(Guid.Empty, CentreName(centre), clock.GetUtcNow(), [], unprinted);
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
            outbox.Add(new NotificationSent { OccurredAt = now, Tenant = centre, DeliveryId = letter.Id, Channel = NotificationChannel.Letter, RecipientId = letter.RecipientId });
        }

        if (letters.Count > 0)
        {
            audit.Record(new AuditEntry("print-letters", "letter-batch", batchId.ToString(), $"{letters.Count} letters"));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LetterBatch(letters.Count > 0 ? batchId : Guid.Empty, CentreName(centre), now,
            [.. letters.Select(l => new PrintedLetter(l, addressed[l.Id].Name, addressed[l.Id].Address))], unprinted);
    }

    /// <summary>A batch printed before, printed again as it was (the addresses asked of intake again).</summary>
    public async Task<LetterBatch> ReprintAsync(string batchId, CancellationToken cancellationToken)
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
            if (Guid.TryParse(letter.RecipientId, out var residentId) && await AddressAsync(centre, residentId, $"letter {letter.Id} reprint", cancellationToken) is { } found)
            {
                printed.Add(new PrintedLetter(letter, found.Name, found.Address));
            }
            else
            {
                unprinted.Add(new UnprintedLetter(letter.Id, "受理系统中没有该居民的地址，或暂时无法取得"));
            }
        }

        return new LetterBatch(id, CentreName(centre), letters[0].SentAt ?? clock.GetUtcNow(), printed, unprinted);
    }

    private async Task<(string Name, string Address)?> AddressAsync(string centre, Guid residentId, string purpose, CancellationToken cancellationToken)
    {
        try
        {
            var contact = await contacts.ResidentAsync(centre, residentId, purpose, cancellationToken);
            return string.IsNullOrWhiteSpace(contact.Address) ? null : (contact.Name, contact.Address);
        }
        catch (RpcException)
        {
            return null;
        }
    }

    private string CentreName(string centre) => options.Value.Centre(centre).Name;
}
