using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>
/// Who a household's benefit is paid to (收款人) and into which account, both encrypted at rest (docs/adr/0026). The
/// payee can be corrected; when it was first recorded decides whether a batch's bank file carried the household.
/// </summary>
public sealed class Payee
{
    private Payee()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    public string NameProtected { get; private set; } = string.Empty;

    public string AccountProtected { get; private set; } = string.Empty;

    /// <summary>When a payee was first on file: a batch exported before then went to the bank without this household.</summary>
    public DateTimeOffset Since { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    public static Payee Record(Guid householdId, string itemCode, string nameProtected, string accountProtected, string by, DateTimeOffset at) =>
        new()
        {
            HouseholdId = householdId,
            ItemCode = itemCode,
            NameProtected = nameProtected,
            AccountProtected = accountProtected,
            Since = at,
            RecordedBy = by,
            RecordedAt = at,
        };

    public void Correct(string nameProtected, string accountProtected, string by, DateTimeOffset at)
    {
        NameProtected = nameProtected;
        AccountProtected = accountProtected;
        RecordedBy = by;
        RecordedAt = at;
    }

    /// <summary>The account holder's name as the bank has it: 1 to 50 characters, no control characters.</summary>
    public static string CheckName(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length is 0 or > 50 || trimmed.Any(char.IsControl))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-payee-name", "The payee's name is 1 to 50 characters, as on the account.", "payeeName");
        }

        return trimmed;
    }
}
