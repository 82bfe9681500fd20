using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Templates;

/// <summary>A district admin saves a new version of the district's template, validated by the domain and audited.</summary>
public sealed class SaveTemplate(NotificationDbContext db, IAuditTrail audit, NotificationClock clock)
{
    public async Task<Contract.Template> HandleAsync(Contract.SaveTemplateRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var channel = ChannelMapping.Channel(request.Channel);
        var previous = await db.Templates.Where(t => t.Kind == request.Kind && t.Channel == channel && t.Locale == request.Locale)
            .MaxAsync(t => (int?)t.Version, cancellationToken) ?? 0;
        var template = Template.Save(Guid.CreateVersion7(), request.Kind, channel, request.Locale, request.Title, request.Body, request.CentreOverridesAllowed, previous, caller.Subject, clock.GetUtcNow());
        db.Templates.Add(template);
        audit.Record(new AuditEntry("save-template", "template", $"{template.Kind}/{template.Channel}/{template.Locale}", $"version {template.Version}"));
        await TemplateVersions.SaveAsync(db, cancellationToken);
        return TemplateMapping.ToContract(template);
    }
}
