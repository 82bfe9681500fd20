namespace OneWindow.Persistence;

/// <summary>One page of a list read by keyset (docs/adr/0021), and the token of the page after it: empty on the last.</summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Rows, string NextPageToken);
