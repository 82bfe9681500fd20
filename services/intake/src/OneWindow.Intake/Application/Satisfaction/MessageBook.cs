using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Satisfaction;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Satisfaction;

/// <summary>The centre's message book (留言簿): anyone at the centre writes, staff read.</summary>
public sealed class MessageBook(IntakeDbContext db, ITenantContext tenant, TimeProvider clock)
{
    private const int DefaultDays = 30;

    public async Task<Contract.Message> WriteAsync(Contract.WriteMessageRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        Guid? ticketId = request.TicketId is { } text ? (await QueueReader.FindAsync(db, text, cancellationToken)).Id : null;
        var entry = MessageBookEntry.Write(Guid.CreateVersion7(), request.Text, ticketId, caller.Subject, clock.GetUtcNow());
        db.MessageBook.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return SatisfactionMapping.ToContract(entry);
    }

    public async Task<Contract.MessageList> ListAsync(Contract.ListMessagesRequest request, CancellationToken cancellationToken)
    {
        var to = Wire.DayOrToday(request.To, "to", clock);
        var from = string.IsNullOrEmpty(request.From) ? to.AddDays(1 - DefaultDays) : Wire.DayOrToday(request.From, "from", clock);
        if (from > to)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-period", "from is on or before to.", "from");
        }

        var (start, end) = (ChinaTime.StartOfDay(from), ChinaTime.StartOfDay(to.AddDays(1)));
        var entries = await db.MessageBook.AsNoTracking().Where(m => m.WrittenAt >= start && m.WrittenAt < end)
            .OrderByDescending(m => m.WrittenAt).Take(1000).ToListAsync(cancellationToken);
        var list = new Contract.MessageList();
        list.Messages.AddRange(entries.Select(SatisfactionMapping.ToContract));
        return list;
    }
}
