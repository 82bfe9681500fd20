namespace OneWindow.Notification.Domain.Templates;

/// <summary>The languages templates are written in: Chinese first, English optional.</summary>
public static class Locales
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Chinese, English };
}
