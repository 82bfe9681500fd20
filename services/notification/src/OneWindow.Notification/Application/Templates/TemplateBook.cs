using Microsoft.EntityFrameworkCore;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Templates;

/// <summary>
/// The wording in force for a notice: the district's latest version in the recipient's language (Chinese when
/// there is none in theirs), or the centre's own latest wording where it still keeps the district's variables.
/// </summary>
public sealed class TemplateBook(NotificationDbContext db, ITenantContext tenant)
{
    /// <summary>The notice rendered, or null when the district has no template for this kind on this channel.</summary>
    public async Task<RenderedNotice?> RenderAsync(NotificationKind kind, Channel channel, string locale, TemplateValues values, CancellationToken cancellationToken)
    {
        var district = await LatestAsync(kind.Code, channel, locale, cancellationToken)
            ?? (locale == Locales.Chinese ? null : await LatestAsync(kind.Code, channel, Locales.Chinese, cancellationToken));
        if (district is null)
        {
            return null;
        }

        var centre = tenant.Current.CentreCode is null ? null : await db.CentreTemplates.AsNoTracking()
            .Where(t => t.Kind == kind.Code && t.Channel == channel && t.Locale == district.Locale)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
        if (centre is not null && centre.Keeps(district))
        {
            return new RenderedNotice(centre.Id, centre.Version, true, centre.Locale, centre.Title, centre.Syntax().Render(kind, values, centre.Locale));
        }

        return new RenderedNotice(district.Id, district.Version, false, district.Locale, district.Title, district.Syntax().Render(kind, values, district.Locale));
    }

    private Task<Template?> LatestAsync(string kind, Channel channel, string locale, CancellationToken cancellationToken) =>
        db.Templates.AsNoTracking()
            .Where(t => t.Kind == kind && t.Channel == channel && t.Locale == locale)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
}
