namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>
/// One centre's part of a silent-family scan (a district's scan has one per centre, under one scan id). Stored when it
/// is asked for, scanning, with the households it will look at; the households are scanned in batches in household-id
/// order, each batch committing its findings with the count and the last household it reached, so the scan can be read
/// while it runs and a scan broken off resumes after the last batch that committed.
/// </summary>
public sealed class CentreScan
{
    private CentreScan()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The scan this centre's part belongs to: one per request, shared by every centre of a district's scan.</summary>
    public Guid ScanId { get; private set; }

    public ScanStatus Status { get; private set; }

    /// <summary>The centre's households when the scan was asked for; at the end, the households it scanned.</summary>
    public int HouseholdsTotal { get; private set; }

    public int HouseholdsScanned { get; private set; }

    public int FindingsRaised { get; private set; }

    /// <summary>Reasons added to findings already open.</summary>
    public int ReasonsAdded { get; private set; }

    /// <summary>The last household of the last batch committed: the scan goes on after it.</summary>
    public Guid? ScannedThrough { get; private set; }

    public string? Failure { get; private set; }

    public string? FailureDetail { get; private set; }

    public string RequestedBy { get; private set; } = null!;

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public static CentreScan Start(Guid scanId, int householdsTotal, string requestedBy, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(), ScanId = scanId, Status = ScanStatus.Scanning, HouseholdsTotal = householdsTotal, RequestedBy = requestedBy, RequestedAt = at };

    /// <summary>A batch scanned, up to and including <paramref name="through"/>; it commits with what it raised.</summary>
    public void Advance(int households, Guid through, int findingsRaised, int reasonsAdded)
    {
        EnsureScanning();
        HouseholdsScanned += households;
        ScannedThrough = through;
        FindingsRaised += findingsRaised;
        ReasonsAdded += reasonsAdded;
    }

    /// <summary>No household is left after the last batch. Households added meanwhile were scanned too, so the total is what was scanned.</summary>
    public void Finish(DateTimeOffset at)
    {
        EnsureScanning();
        HouseholdsTotal = HouseholdsScanned;
        Status = ScanStatus.Done;
        FinishedAt = at;
    }

    public void Fail(string failure, string detail, DateTimeOffset at)
    {
        EnsureScanning();
        Failure = failure;
        FailureDetail = detail.Length > 500 ? detail[..500] : detail;
        Status = ScanStatus.Failed;
        FinishedAt = at;
    }

    private void EnsureScanning()
    {
        if (Status != ScanStatus.Scanning)
        {
            throw new InvalidOperationException($"Scan {Id} is {Status}, not scanning.");
        }
    }
}
