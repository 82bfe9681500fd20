namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>The bank's word on one ledger entry, from its return file. Append-only like the ledger.</summary>
public sealed class PaymentRecord
{
    private PaymentRecord()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid EntryId { get; private set; }

    public Guid BatchId { get; private set; }

    public bool Paid { get; private set; }

    public string BankReference { get; private set; } = string.Empty;

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static PaymentRecord From(Guid entryId, Guid batchId, bool paid, string bankReference, string? note, DateTimeOffset at) =>
        new() { EntryId = entryId, BatchId = batchId, Paid = paid, BankReference = bankReference, Note = note, RecordedAt = at };
}
