using FluentValidation;
using OneWindow.Common.Formats;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// The checks many request validators share, worded as <c>Wire</c> and <c>PageToken</c> word their refusals, so a
/// field is refused the same way whichever service reads it.
/// </summary>
public static class RequestRules
{
    /// <summary>A required id: a UUID.</summary>
    public static IRuleBuilderOptions<T, string> Id<T>(this IRuleBuilder<T, string> rule, string field) =>
        rule.Must(text => Guid.TryParse(text, out _)).WithMessage($"{field} is an id (a UUID).");

    /// <summary>An id, or empty for none.</summary>
    public static IRuleBuilderOptions<T, string> OptionalId<T>(this IRuleBuilder<T, string> rule, string field) =>
        rule.Must(text => string.IsNullOrEmpty(text) || Guid.TryParse(text, out _)).WithMessage($"{field} is an id (a UUID).");

    /// <summary>A day (yyyy-MM-dd), or empty for the default the reader applies.</summary>
    public static IRuleBuilderOptions<T, string> OptionalDay<T>(this IRuleBuilder<T, string> rule, string field) =>
        rule.Matches(@"\A([0-9]{4}-[0-9]{2}-[0-9]{2})?\z").WithMessage($"{field} is a date (yyyy-MM-dd).");

    /// <summary>A page size: 1 to <see cref="PageToken.MaxSize"/>, or 0 for the default.</summary>
    public static IRuleBuilderOptions<T, int> PageSize<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(0, PageToken.MaxSize).WithMessage($"pageSize is 1 to {PageToken.MaxSize}.");

    /// <summary>A page token as the page before handed it out (its form is checked where it is read).</summary>
    public static IRuleBuilderOptions<T, string> ReturnedPageToken<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(200).WithMessage("pageToken is the nextPageToken of the page before.");
}
