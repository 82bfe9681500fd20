using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Centres;
using OneWindow.Notification.Application.Templates;
using OneWindow.Notification.Channels;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Notices;

/// <summary>
/// Turns a fact into deliveries, inside the transaction of whatever caused it (an event's inbox transaction, a
/// reminder run): one per recipient and channel, rendered now from the wording in force. Nothing is sent here —
/// the sender takes queued deliveries afterwards, outside any transaction — so an event handled twice, or a
/// transaction rolled back, never sends anything twice.
/// </summary>
public sealed class Notify(NotificationDbContext db, TemplateBook book, SmsTemplates smsTemplates, IOptions<NotificationOptions> options, ITenantContext tenant, NotificationClock clock)
{
    /// <summary>The values every notice of this centre may use, from the district's register of centres.</summary>
    public async Task<TemplateValues> ValuesAsync(CancellationToken cancellationToken)
    {
        var centre = await KnownCentres.LetterheadAsync(db, tenant.RequireCentre(), cancellationToken);
        return new TemplateValues().Text("centre_name", centre.Name).Text("opening_hours", DailyHours(centre));
    }

    /// <summary>"每天08:30-17:00"; empty for a centre whose hours the copy does not know (the template leaves them out).</summary>
    public static string DailyHours(KnownCentre centre) => centre.OpeningHours.Length == 0 ? string.Empty : $"每天{centre.OpeningHours}";

    public async Task<IReadOnlyList<Delivery>> ResidentAsync(Guid sourceId, string kindCode, Guid residentId, Guid? fileId, TemplateValues values, CancellationToken cancellationToken)
    {
        var kind = NotificationKinds.Get(kindCode);
        var preference = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.ResidentId == residentId, cancellationToken)
            ?? RecipientPreference.Default(residentId);
        var created = new List<Delivery>();
        foreach (var channel in preference.Channels())
        {
            if (await CreateAsync(sourceId, kind, Recipient.Resident(residentId), channel, preference.Locale, fileId, values, cancellationToken) is not { } delivery)
            {
                continue;
            }

            if (preference.Refuses(kind, channel) is { } reason)
            {
                delivery.Suppress(reason);
            }

            created.Add(delivery);
        }

        return created;
    }

    public async Task<Delivery?> StaffAsync(Guid sourceId, string kindCode, Recipient recipient, Guid? fileId, TemplateValues values, CancellationToken cancellationToken) =>
        await CreateAsync(sourceId, NotificationKinds.Get(kindCode), recipient, Channel.StaffInbox, Locales.Chinese, fileId, values, cancellationToken);

    /// <summary>A legally required notice that could not go by SMS goes by letter instead.</summary>
    public async Task<Delivery?> LetterInsteadAsync(Delivery sms, CancellationToken cancellationToken)
    {
        if (!sms.LegallyRequired || sms.RecipientKind != RecipientKind.Resident
            || await db.Deliveries.AnyAsync(d => d.SourceId == sms.SourceId && d.RecipientId == sms.RecipientId && d.Channel == Channel.Letter, cancellationToken))
        {
            return null;
        }

        // The letter says word for word what the text message would have said; the printed batch puts the
        // centre's letterhead, the resident's name and address and the date around it.
        var letter = sms.AsLetter(Guid.CreateVersion7(), clock.GetUtcNow());
        db.Deliveries.Add(letter);
        return letter;
    }

    private async Task<Delivery?> CreateAsync(
        Guid sourceId, NotificationKind kind, Recipient recipient, Channel channel, string locale, Guid? fileId, TemplateValues values, CancellationToken cancellationToken)
    {
        var notice = await book.RenderAsync(kind, channel, locale, values, cancellationToken);
        if (notice is null)
        {
            return null;
        }

        string[] parameters = [];
        if (channel == Channel.Sms && smsTemplates.Find(kind.Code, notice.Locale) is { } sms)
        {
            // Tencent sends its approved template with these values, not our rendering: the delivery records what the
            // resident reads, and the values are kept as they were now for the sender.
            parameters = smsTemplates.Parameters(kind.Code, notice.Locale, values);
            notice = notice with { Body = SmsTemplates.Render(options.Value.Sms.Tencent.SignName, sms, parameters) };
        }

        var delivery = Delivery.Create(Guid.CreateVersion7(), sourceId, kind.Code, recipient, channel, kind.LegallyRequired, fileId, notice, clock.GetUtcNow());
        if (channel == Channel.Sms)
        {
            delivery.Parameterize(parameters);
        }

        db.Deliveries.Add(delivery);
        return delivery;
    }
}
