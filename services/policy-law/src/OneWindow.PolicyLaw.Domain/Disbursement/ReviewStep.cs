namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>What a review run does next to a periodic benefit whose review is not done.</summary>
public enum ReviewStep
{
    None,
    Notice,
    Suspend,
    End,
}
