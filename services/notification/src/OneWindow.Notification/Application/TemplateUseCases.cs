using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application;

/// <summary>
/// The district's templates (district admins add versions) and the centres' own wording (directors, within the
/// district's rules). Every save is validated by the domain, versioned and audited.
/// </summary>
public sealed class TemplateUseCases(NotificationDbContext db, IAuditTrail audit, ITenantContext tenant, NotificationClock clock)
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
            var channel = Mapping.Channel(request.Channel);
            query = query.Where(t => t.Channel == channel);
        }

        var all = await query.ToListAsync(cancellationToken);
        var centre = tenant.Current.CentreCode;
        var own = centre is null ? [] : await db.CentreTemplates.AsNoTracking().ToListAsync(cancellationToken);
        var reply = new Contract.ListTemplatesReply();
        foreach (var latest in all.GroupBy(t => (t.Kind, t.Channel, t.Locale)).Select(g => g.MaxBy(t => t.Version)!)
                     .OrderBy(t => t.Kind, StringComparer.Ordinal).ThenBy(t => t.Channel).ThenBy(t => t.Locale, StringComparer.Ordinal))
        {
            var item = new Contract.TemplateInForce { District = Mapping.ToContract(latest) };
            var wording = own.Where(o => o.Kind == latest.Kind && o.Channel == latest.Channel && o.Locale == latest.Locale).MaxBy(o => o.Version);
            if (wording is not null && wording.Keeps(latest))
            {
                item.Centre = Mapping.ToContract(wording, centre!);
            }

            reply.Templates.Add(item);
        }

        return reply;
    }

    public async Task<Contract.TemplateHistory> HistoryAsync(Contract.GetTemplateHistoryRequest request, CancellationToken cancellationToken)
    {
        var channel = Mapping.Channel(request.Channel);
        var history = new Contract.TemplateHistory();
        history.District.AddRange((await db.Templates.AsNoTracking()
                .Where(t => t.Kind == request.Kind && t.Channel == channel && t.Locale == request.Locale)
                .OrderByDescending(t => t.Version).ToListAsync(cancellationToken))
            .Select(Mapping.ToContract));
        if (history.District.Count == 0)
        {
            throw new DomainException(DomainErrorKind.NotFound, "unknown-template", "The district has no such template.", "kind");
        }

        if (tenant.Current.CentreCode is { } centre)
        {
            history.Centre.AddRange((await db.CentreTemplates.AsNoTracking()
                    .Where(t => t.Kind == request.Kind && t.Channel == channel && t.Locale == request.Locale)
                    .OrderByDescending(t => t.Version).ToListAsync(cancellationToken))
                .Select(t => Mapping.ToContract(t, centre)));
        }

        return history;
    }

    public async Task<Contract.Template> SaveAsync(Contract.SaveTemplateRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var channel = Mapping.Channel(request.Channel);
        var previous = await db.Templates.Where(t => t.Kind == request.Kind && t.Channel == channel && t.Locale == request.Locale)
            .MaxAsync(t => (int?)t.Version, cancellationToken) ?? 0;
        var template = Template.Save(Guid.CreateVersion7(), request.Kind, channel, request.Locale, request.Title, request.Body, request.CentreOverridesAllowed, previous, caller.Subject, clock.GetUtcNow());
        db.Templates.Add(template);
        audit.Record(new AuditEntry("save-template", "template", $"{template.Kind}/{template.Channel}/{template.Locale}", $"version {template.Version}"));
        await SaveAsync(cancellationToken);
        return Mapping.ToContract(template);
    }

    public async Task<Contract.Template> SaveCentreAsync(Contract.SaveCentreTemplateRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var channel = Mapping.Channel(request.Channel);
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
        await SaveAsync(cancellationToken);
        return Mapping.ToContract(saved, centre);
    }

    public static Contract.PreviewTemplateReply Preview(Contract.PreviewTemplateRequest request)
    {
        var channel = Mapping.Channel(request.Channel);
        var kind = Template.KindFor(request.Kind, channel, Locales.Chinese);
        var syntax = TemplateSyntax.Parse(request.Body, kind);
        var values = new TemplateValues();
        foreach (var variable in kind.Variables)
        {
            if (request.Values.TryGetValue(variable.Name, out var text))
            {
                Parse(values, variable, text);
            }
            else
            {
                Template.Sample(values, variable);
            }
        }

        var reply = new Contract.PreviewTemplateReply { Text = syntax.Render(kind, values, Locales.Chinese) };
        reply.Variables.AddRange(syntax.Variables.Order(StringComparer.Ordinal));
        return reply;
    }

    private static void Parse(TemplateValues values, VariableDefinition variable, string text)
    {
        var field = $"values.{variable.Name}";
        var invariant = CultureInfo.InvariantCulture;
        _ = variable.Type switch
        {
            VariableType.Text => values.Text(variable.Name, text),
            VariableType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day) => values.Date(variable.Name, day),
            VariableType.Instant => values.Instant(variable.Name, Wire.ParseInstant(text, field, default)),
            VariableType.Money when decimal.TryParse(text, NumberStyles.Number, invariant, out var amount) => values.Money(variable.Name, amount),
            VariableType.Count when int.TryParse(text, NumberStyles.Integer, invariant, out var count) => values.Count(variable.Name, count),
            VariableType.Flag when bool.TryParse(text, out var flag) => values.Flag(variable.Name, flag),
            VariableType.List => values.List(variable.Name, text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
            _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-value", $"{field} is not a {variable.Type.ToString().ToLowerInvariant()}.", field),
        };
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbContextTransactions.IsUniqueViolation(exception))
        {
            throw new DomainException(DomainErrorKind.Conflict, "template-saved-meanwhile", "Someone saved this template at the same moment; reload and save again.", "body");
        }
    }
}
