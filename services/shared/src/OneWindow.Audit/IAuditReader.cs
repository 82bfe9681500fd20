namespace OneWindow.Audit;

/// <summary>Reads the trail of the service it runs in, as far as the caller's tenant may see.</summary>
internal interface IAuditReader
{
    /// <summary>A page of the records the search matches, the newest first, and whether older ones match too.</summary>
    Task<(IReadOnlyList<AuditRecord> Records, bool More)> SearchAsync(AuditSearch search, CancellationToken cancellationToken);

    /// <summary>Every record the search matches, the newest first, read as it is written out (the export).</summary>
    IAsyncEnumerable<AuditRecord> EveryAsync(AuditSearch search);
}
