using System.Globalization;
using OneWindow.Centres;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Notification.Channels;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Templates;

/// <summary>
/// Staff see how a wording reads before saving it, or how a notice will read before it goes (a reviewer returning a
/// file reads the resident's text): rendered with the values they give, the caller's centre's name and opening hours
/// where they give none, and sample values for the rest, with the variables it uses; for SMS also the text Tencent
/// sends, its approved template with the same values (docs/adr/0034). Nothing is stored.
/// </summary>
public sealed class PreviewTemplate(NotificationDbContext db, ITenantContext tenant, SmsTemplates smsTemplates, IOptions<NotificationOptions> options)
{
    public async Task<Contract.PreviewTemplateReply> HandleAsync(Contract.PreviewTemplateRequest request, CancellationToken cancellationToken)
    {
        var channel = ChannelMapping.Channel(request.Channel);
        var kind = Template.KindFor(request.Kind, channel, Locales.Chinese);
        var syntax = TemplateSyntax.Parse(request.Body, kind);
        var values = new TemplateValues();
        var centre = tenant.Current.CentreCode is { } code ? await KnownCentres.LetterheadAsync(db, code, cancellationToken) : null;
        var ofTheCentre = new Dictionary<string, string?>(StringComparer.Ordinal) { ["centre_name"] = centre?.Name, ["opening_hours"] = centre is null ? null : Notify.DailyHours(centre) };
        foreach (var variable in kind.Variables)
        {
            if (request.Values.TryGetValue(variable.Name, out var text))
            {
                Parse(values, variable, text);
            }
            else if (ofTheCentre.GetValueOrDefault(variable.Name) is { } known)
            {
                values.Text(variable.Name, known);
            }
            else
            {
                Template.Sample(values, variable);
            }
        }

        var reply = new Contract.PreviewTemplateReply { Text = syntax.Render(kind, values, Locales.Chinese) };
        if (channel == Channel.Sms && smsTemplates.Find(kind.Code, Locales.Chinese) is { } sms)
        {
            reply.SentText = SmsTemplates.Render(options.Value.Sms.Tencent.SignName, sms, smsTemplates.Parameters(kind.Code, Locales.Chinese, values));
        }

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
}
