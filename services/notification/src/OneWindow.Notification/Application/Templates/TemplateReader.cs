using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Templates;

/// <summary>The district's templates in force, with the centre's own wording where it keeps the district's, and their histories.</summary>
public sealed class TemplateReader(NotificationDbContext db, ITenantContext tenant)
{
    public async Task<Contract.ListTemplatesReply> ListAsync(Contract.ListTemplatesRequest request, CancellationToken cancellationToken)
    {
        var query = db.Templates.AsNoTracking();
        if (request.Kind.Length > 0)
        {
            query = query.Where(t => t.Kind == request.Kind);
        }

        if (request.Channel != Contract.Channel.Unspecified)
        {
            var channel = ChannelMapping.Channel(request.Channel);
            query = query.Where(t => t.Channel == channel);
        }

        var all = await query.ToListAsync(cancellationToken);
        var centre = tenant.Current.CentreCode;
        var own = centre is null ? [] : await db.CentreTemplates.AsNoTracking().ToListAsync(cancellationToken);
        var reply = new Contract.ListTemplatesReply();
        foreach (var latest in all.GroupBy(t => (t.Kind, t.Channel, t.Locale)).Select(g => g.MaxBy(t => t.Version)!)
                     .OrderBy(t => t.Kind, StringComparer.Ordinal).ThenBy(t => t.Channel).ThenBy(t => t.Locale, StringComparer.Ordinal))
        {
            var item = new Contract.TemplateInForce { District = TemplateMapping.ToContract(latest) };
            var wording = own.Where(o => o.Kind == latest.Kind && o.Channel == latest.Channel && o.Locale == latest.Locale).MaxBy(o => o.Version);
            if (wording is not null && wording.Keeps(latest))
            {
                item.Centre = TemplateMapping.ToContract(wording, centre!);
            }

            reply.Templates.Add(item);
        }

        return reply;
    }

    public async Task<Contract.TemplateHistory> HistoryAsync(Contract.GetTemplateHistoryRequest request, CancellationToken cancellationToken)
    {
        var channel = ChannelMapping.Channel(request.Channel);
        var history = new Contract.TemplateHistory();
        history.District.AddRange((await db.Templates.AsNoTracking()
                .Where(t => t.Kind == request.Kind && t.Channel == channel && t.Locale == request.Locale)
                .OrderByDescending(t => t.Version).ToListAsync(cancellationToken))
            .Select(TemplateMapping.ToContract));
        if (history.District.Count == 0)
        {
            throw new DomainException(DomainErrorKind.NotFound, "unknown-template", "The district has no such template.", "kind");
        }

        if (tenant.Current.CentreCode is { } centre)
        {
            history.Centre.AddRange((await db.CentreTemplates.AsNoTracking()
                    .Where(t => t.Kind == request.Kind && t.Channel == channel && t.Locale == request.Locale)
                    .OrderByDescending(t => t.Version).ToListAsync(cancellationToken))
                .Select(t => TemplateMapping.ToContract(t, centre)));
        }

        return history;
    }
}
