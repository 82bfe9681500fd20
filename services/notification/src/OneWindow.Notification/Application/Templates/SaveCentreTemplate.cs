using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Templates;

/// <summary>
/// A director saves the centre's own wording of a district template (一街一策), within the district's rules, or
/// withdraws it to use the district's again; a new version either way, audited.
/// </summary>
public sealed class SaveCentreTemplate(NotificationDbContext db, IAuditTrail audit, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.Template> HandleAsync(Contract.SaveCentreTemplateRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var channel = ChannelMapping.Channel(request.Channel);
        var district = await db.Templates.AsNoTracking().Where(t => t.Kind == request.Kind && t.Channel == channel && t.Locale == request.Locale)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-template", "The district has no such template to adapt.", "kind");
        var current = await db.CentreTemplates.Where(t => t.Kind == district.Kind && t.Channel == channel && t.Locale == district.Locale)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        CentreTemplate saved;
        if (request.Withdraw)
        {
            saved = current is { Withdrawn: false }
                ? CentreTemplate.Withdraw(Guid.CreateVersion7(), current, caller.Subject, now)
                : throw new DomainException(DomainErrorKind.Conflict, "nothing-to-withdraw", "The centre uses the district's wording already.", "withdraw");
        }
        else
        {
            saved = CentreTemplate.Save(Guid.CreateVersion7(), district, request.Title, request.Body, current?.Version ?? 0, caller.Subject, now);
        }

        db.CentreTemplates.Add(saved);
        audit.Record(new AuditEntry(request.Withdraw ? "withdraw-centre-template" : "save-centre-template", "template",
            $"{saved.Kind}/{saved.Channel}/{saved.Locale}", $"version {saved.Version}"));
        await TemplateVersions.SaveAsync(db, cancellationToken);
        return TemplateMapping.ToContract(saved, centre);
    }
}
