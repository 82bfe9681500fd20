using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Satisfaction;

/// <summary>The centre's message book (留言簿) as staff read it: a period of days, newest first, a page at a time (docs/adr/0021).</summary>
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

        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var (start, end) = (ChinaTime.StartOfDay(from), ChinaTime.StartOfDay(to.AddDays(1)));
        var query = db.MessageBook.AsNoTracking().Where(m => m.WrittenAt >= start && m.WrittenAt < end);
        if (after is var (at, id))
        {
            query = query.Where(m => EF.Functions.LessThan(ValueTuple.Create(m.WrittenAt, m.Id), ValueTuple.Create(at, id)));
        }

        var page = await query.OrderByDescending(m => m.WrittenAt).ThenByDescending(m => m.Id)
            .ReadPageAsync(size, m => PageToken.After(m.WrittenAt, m.Id), cancellationToken);
        var list = new Contract.MessageList { NextPageToken = page.NextPageToken };
        list.Messages.AddRange(page.Rows.Select(SatisfactionMapping.ToContract));
        return list;
    }
}
