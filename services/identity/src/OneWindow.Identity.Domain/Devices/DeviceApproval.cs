using System.Text.RegularExpressions;
using OneWindow.Common.Errors;

namespace OneWindow.Identity.Domain.Devices;

/// <summary>
/// What a director approves when a screen in the hall shows its code: which device it is (a number the centre gives
/// it, e.g. <c>kiosk-01</c>), of what kind, and for a rating pad the one window it stands at, so its ratings count
/// for the clerk of that window and no other.
/// </summary>
public sealed partial record DeviceApproval
{
    public const string KindClaim = "device_kind";
    public const string WindowClaim = "window";

    public static readonly IReadOnlyList<string> Kinds = ["kiosk", "rating-pad", "hall-display"];

    private DeviceApproval(string centre, string number, string kind, string name, string? window)
    {
        Centre = centre;
        Number = number;
        Kind = kind;
        Name = name;
        Window = window;
    }

    public string Centre { get; }

    public string Number { get; }

    public string Kind { get; }

    public string Name { get; }

    public string? Window { get; }

    /// <summary>The device's identity in tokens and in the audit trail: unique in the district, as staff ids are.</summary>
    public string Subject => $"{Centre}-{Number}";

    public static DeviceApproval Of(string centre, string? number, string? kind, string? name, string? window)
    {
        number = number?.Trim().ToLowerInvariant();
        window = string.IsNullOrWhiteSpace(window) ? null : window.Trim();
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (number is null || !NumberPattern().IsMatch(number))
        {
            throw Invalid("invalid-device-number", "设备编号为 2 至 20 位小写字母、数字或连字符，例如 kiosk-01。", "number");
        }

        if (kind is null || !Kinds.Contains(kind))
        {
            throw Invalid("invalid-device-kind", "请选择设备类型：取号机、评价器或叫号屏。", "kind");
        }

        if (kind == "rating-pad" && (window is null || !WindowPattern().IsMatch(window)))
        {
            throw Invalid("window-required", "评价器须绑定一个窗口号（1 至 3 位数字，例如 02）。", "window");
        }

        if (kind != "rating-pad" && window is not null)
        {
            throw Invalid("window-not-allowed", "只有评价器绑定窗口。", "window");
        }

        if (name is { Length: > 40 })
        {
            throw Invalid("device-name-too-long", "设备名称不超过 40 个字。", "name");
        }

        return new DeviceApproval(centre, number, kind, name ?? number, window);
    }

    private static DomainException Invalid(string code, string message, string field) =>
        new(DomainErrorKind.Invalid, code, message, field);

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{1,19}\z")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[0-9]{1,3}\z")]
    private static partial Regex WindowPattern();
}
