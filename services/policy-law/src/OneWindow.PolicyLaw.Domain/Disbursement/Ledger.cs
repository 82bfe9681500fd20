using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Disbursement;

public static class Ledger
{
    /// <summary>Amounts are positive yuan with at most two decimals, below a sanity ceiling.</summary>
    public static void EnsureAmount(decimal amount, string field)
    {
        if (amount <= 0 || amount > 1_000_000m || decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", "An amount is positive yuan with at most two decimals.", field);
        }
    }
}
