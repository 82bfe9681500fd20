using OneWindow.Common.Errors;
using OneWindow.Common.Formats;
using OneWindow.Common.Time;

namespace OneWindow.Audit;

/// <summary>
/// A search of the audit trail: the days it spans (China time, both included), what must match exactly, and where the
/// page starts (older than the last record of the page before). Built from the wire, so every field that does not parse
/// is refused by its name before any row is read.
/// </summary>
internal sealed record AuditSearch(
    DateTimeOffset From,
    DateTimeOffset Until,
    string? Actor,
    string? Action,
    string? SubjectId,
    bool DeniedOnly,
    int PageSize,
    long? BeforeId)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Longer spans are refused: a year is what a director or an inspector asks for at most.</summary>
    public const int MaxDays = 366;

    public static AuditSearch Parse(V1.SearchAuditRequest request, TimeProvider clock)
    {
        var to = Wire.DayOrToday(request.To, "to", clock);
        var from = string.IsNullOrEmpty(request.From) ? to.AddDays(-6) : Wire.ParseDay(request.From, "from");
        if (from > to)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-period", "from is on or before to.", "from");
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw new DomainException(DomainErrorKind.Invalid, "period-too-long", $"A search spans at most {MaxDays} days.", "from");
        }

        if (request.PageSize is < 0 or > MaxPageSize)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-page-size", $"pageSize is 1 to {MaxPageSize}.", "pageSize");
        }

        return new AuditSearch(
            ChinaTime.StartOfDay(from),
            ChinaTime.EndOfDay(to),
            Exact(request.Actor),
            Exact(request.Action),
            Exact(request.SubjectId),
            request.DeniedOnly,
            request.PageSize == 0 ? DefaultPageSize : request.PageSize,
            request.BeforeId switch
            {
                0 => null,
                > 0 and var id => id,
                _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-cursor", "beforeId is the id of a record a previous page returned.", "beforeId"),
            });
    }

    private static string? Exact(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
