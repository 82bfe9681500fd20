namespace OneWindow.PolicyLaw.Domain.Disbursement;

public enum BatchStatus
{
    Prepared,
    Approved,
    Exported,
    Settled,
}
