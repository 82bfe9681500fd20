namespace OneWindow.Web.Components.Shared;

/// <summary>
/// One list of a page read a page at a time from its service (docs/adr/0021): the rows shown, and the tokens of the
/// page shown and of those before it, so 上一页 asks for the page before again and 下一页 for the one the service said
/// follows. A page that shows several lists (the social worker's desk) keeps one of these for each, so paging one list
/// leaves the others where they are. A call that fails leaves the rows and the page number as they were; the page says why.
/// </summary>
/// <param name="read">Asks the service for the page the token names (empty: the first) and answers its rows and the next page's token.</param>
public sealed class PagedList<T>(Func<string, Task<(IEnumerable<T> Rows, string Next)>> read)
{
    private readonly List<string> _shown = [string.Empty];
    private string _next = string.Empty;
    private int _reads;

    /// <summary>The page shown, in the service's order; null until first read.</summary>
    public List<T>? Rows { get; private set; }

    /// <summary>The page shown, from 1.</summary>
    public int Number => _shown.Count;

    public bool HasPrevious => _shown.Count > 1;

    public bool HasNext => _next.Length > 0;

    /// <summary>Whether the list has more than this one page, and so a pager to show.</summary>
    public bool Paged => HasPrevious || HasNext;

    /// <summary>Reads the first page (again): on opening, on a new filter, and once a change puts new rows at its top.</summary>
    public Task FirstAsync()
    {
        _shown.RemoveRange(1, _shown.Count - 1);
        _next = string.Empty;
        return ReadAsync();
    }

    public async Task NextAsync()
    {
        if (!HasNext)
        {
            return;
        }

        _shown.Add(_next);
        try
        {
            await ReadAsync();
        }
        catch
        {
            // Still on the page before, whose next page the service named: 下一页 tries it again.
            _shown.RemoveAt(_shown.Count - 1);
            throw;
        }
    }

    public async Task PreviousAsync()
    {
        if (!HasPrevious)
        {
            return;
        }

        var shown = _shown[^1];
        _shown.RemoveAt(_shown.Count - 1);
        try
        {
            await ReadAsync();
        }
        catch
        {
            // A read that fails changes nothing: still on the page shown, with its next page.
            _shown.Add(shown);
            throw;
        }
    }

    /// <summary>
    /// Every row of the list with its filter now, read a page at a time from the first (for a workbook), up to
    /// <paramref name="most"/>; the page shown stays as it is.
    /// </summary>
    public async Task<List<T>> EveryRowAsync(int most = 10_000)
    {
        var rows = new List<T>();
        var token = string.Empty;
        do
        {
            var (page, next) = await read(token);
            rows.AddRange(page);
            token = next;
        }
        while (token.Length > 0 && rows.Count < most);

        return rows.Count > most ? rows[..most] : rows;
    }

    /// <summary>
    /// Reads the page shown again, after one of its rows changed. Only the latest read is shown: an earlier one that
    /// answers after it (the page's first read, slow, after a search) is the list as it was, and is dropped.
    /// </summary>
    public async Task ReadAsync()
    {
        var latest = ++_reads;
        var (rows, next) = await read(_shown[^1]);
        if (latest != _reads)
        {
            return;
        }

        Rows = [.. rows];
        _next = next;
    }
}
