using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Satisfaction;

/// <summary>The centre's message book (留言簿) as staff read it: a period of days, newest first.</summary>
public sealed class MessageBookReader(IntakeDbContext db, TimeProvider clock)
{
    private const int DefaultDays = 30;

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
