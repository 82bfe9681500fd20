using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;

namespace OneWindow.Intake.Domain.Queue;

/// <summary>A window of a centre (e.g. <c>03</c>), of one type, open with a clerk at it or closed.</summary>
public sealed class ServiceWindow
{
    private ServiceWindow()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Number { get; private set; } = string.Empty;

    public WindowType Type { get; private set; }

    public bool Open { get; private set; }

    public string? ClerkStaffId { get; private set; }

    public static ServiceWindow Create(string number, WindowType type) => new() { Number = number, Type = type };

    public void OpenFor(string clerk, WindowType type)
    {
        if (Open && ClerkStaffId != clerk)
        {
            throw new DomainException(DomainErrorKind.Conflict, "window-taken", $"Window {Number} is open with another clerk.", "number");
        }

        Type = type;
        Open = true;
        ClerkStaffId = clerk;
    }

    public void Close()
    {
        Open = false;
        ClerkStaffId = null;
    }

    public void RequireClerk(string clerk)
    {
        if (!Open || ClerkStaffId != clerk)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "not-at-window", $"You are not at window {Number}: open it first.", "window");
        }
    }

    /// <summary>Fees are taken only at a payment window (缴费窗口), by the clerk sitting at it.</summary>
    public void RequireCashier(string clerk)
    {
        RequireClerk(clerk);
        if (Type != WindowType.Payment)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "not-a-payment-window", $"Window {Number} is not a payment window (缴费窗口).", "window");
        }
    }
}
