namespace OneWindow.Web.Components.Shared;

/// <summary>
/// One list of a page read a page at a time from its service (docs/adr/0021): the rows shown, and the tokens that say
/// where they are. A page that shows several lists (the social worker's desk) keeps one of these for each, so paging
/// one list leaves the others where they are. A call that fails leaves the rows and the page number as they were; the page says why.
/// </summary>
/// <param name="read">Asks the service for the page the token names (empty: the first) and answers its rows and the next page's token.</param>
public sealed class PagedList<T>(Func<string, Task<(IEnumerable<T> Rows, string Next)>> read)
{
    private readonly PageTokens _pages = new();

    /// <summary>The page shown, in the service's order; null until first read.</summary>
    public List<T>? Rows { get; private set; }

    public int Number => _pages.Number;

    public bool HasPrevious => _pages.HasPrevious;

    public bool HasNext => _pages.HasNext;

    /// <summary>Whether the list has more than this one page, and so a pager to show.</summary>
    public bool Paged => HasPrevious || HasNext;

    /// <summary>Reads the first page (again): on opening, and once a change puts new rows at its top.</summary>
    public Task FirstAsync()
    {
        _pages.Restart();
        return ReadAsync();
    }

    public async Task NextAsync()
    {
        _pages.Forward();
        try
        {
            await ReadAsync();
        }
        catch
        {
            // Still on the page before, whose next page the service named: 下一页 tries it again.
            _pages.Back();
            throw;
        }
    }

    public async Task PreviousAsync()
    {
        var (shown, next) = (_pages.Current, _pages.Next);
        _pages.Back();
        try
        {
            await ReadAsync();
        }
        catch
        {
            _pages.Next = shown;
            _pages.Forward();
            _pages.Next = next;
            throw;
        }
    }

    /// <summary>Reads the page shown again, after one of its rows changed.</summary>
    public async Task ReadAsync()
    {
        var (rows, next) = await read(_pages.Current);
        Rows = [.. rows];
        _pages.Next = next;
    }
}
