using OneWindow.EventBus;
using OneWindow.Events;

namespace OneWindow.Web.Hall;

/// <summary>
/// intake's calls and tickets, heard on the event bus (docs/adr/0023): the centre's live pages (the hall display, the
/// rating pads, the hall at a glance) are told at once whoever called or issued (a desk on another replica, a kiosk, a
/// clerk's own tool), not at their next regular read. Hearing an event twice only makes the pages read the hall once
/// more, so the console needs no inbox. An event without a centre names no hall, and is left alone.
/// </summary>
public sealed class HallAnnouncement(HallFeed feed) : IIntegrationEventHandler<TicketCalled>, IIntegrationEventHandler<TicketIssued>
{
    public Task HandleAsync(TicketCalled called, CancellationToken cancellationToken) => AnnounceAsync(called.Tenant);

    public Task HandleAsync(TicketIssued issued, CancellationToken cancellationToken) => AnnounceAsync(issued.Tenant);

    private Task AnnounceAsync(string? centre) => centre is null ? Task.CompletedTask : feed.AnnounceAsync(centre);
}
