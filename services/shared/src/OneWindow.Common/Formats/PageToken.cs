using System.Buffers.Text;
using System.Globalization;
using System.Text;
using OneWindow.Common.Errors;

namespace OneWindow.Common.Formats;

/// <summary>
/// How a list is paged on the wire (docs/adr/0021, after Google's AIP-158): the caller asks for <c>page_size</c>
/// (1 to 200; 50 when 0) and passes back the <c>next_page_token</c> of the page before; the list is ordered newest
/// first by an instant and an id, and the token says where the page before stopped. The token is opaque to callers;
/// one that does not parse is refused by its field.
/// </summary>
public static class PageToken
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static int Size(int requested) => requested switch
    {
        0 => DefaultSize,
        >= 1 and <= MaxSize => requested,
        _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-page-size", $"pageSize is 1 to {MaxSize}.", "pageSize"),
    };

    /// <summary>The token of a page whose last row is (<paramref name="at"/>, <paramref name="id"/>).</summary>
    public static string After(DateTimeOffset at, Guid id) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks}.{id:N}")));

    /// <summary>
    /// The token of a page whose last row is (<paramref name="day"/>, <paramref name="id"/>), for lists ordered by a
    /// calendar day (a visit's day, a recommendation's): the day travels as its midnight in UTC.
    /// </summary>
    public static string After(DateOnly day, Guid id) => After(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), id);

    /// <summary>Where a page of a list ordered by a calendar day starts (see <see cref="After(DateOnly, Guid)"/>).</summary>
    public static (DateOnly Day, Guid Id)? ParseDay(string? token) =>
        Parse(token) is var (at, id) ? (DateOnly.FromDateTime(at.UtcDateTime), id) : null;

    /// <summary>
    /// The token of a page whose last row is (<paramref name="key"/>, <paramref name="id"/>), for lists ordered by a
    /// name and then their rows (a month's quality checks, reviewer by reviewer).
    /// </summary>
    public static string After(string key, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id:N}:{key}")));

    /// <summary>Where a page of a list ordered by a name starts (see <see cref="After(string, Guid)"/>).</summary>
    public static (string Key, Guid Id)? ParseKeyed(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.Length > 33 && text[32] == ':' && Guid.TryParseExact(text[..32], "N", out var id))
            {
                return (text[33..], id);
            }
        }
        catch (FormatException)
        {
            // Not base64url: refused below like any other token this service did not write.
        }

        throw Refused();
    }

    /// <summary>Where the page starts: after the row the token names, or at the start when there is no token.</summary>
    public static (DateTimeOffset At, Guid Id)? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split('.');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
            }
        }
        catch (FormatException)
        {
            // Not base64url: refused below like any other token this service did not write.
        }

        throw Refused();
    }

    private static DomainException Refused() =>
        new(DomainErrorKind.Invalid, "invalid-page-token", "pageToken is the nextPageToken of the page before.", "pageToken");
}
