namespace OneWindow.PolicyLaw.Domain.Disbursement;

public enum LedgerEntryKind
{
    /// <summary>An amount due to the household for a period.</summary>
    Payment,

    /// <summary>Cancels an earlier entry; the ledger is never edited.</summary>
    Reversal,
}
