namespace OneWindow.Web.Components.Shared;

/// <summary>
/// Where a paged list is (docs/adr/0021): the token of the page shown and of those before it, so 上一页 asks for the
/// page before again and 下一页 for the one the service said follows. A new filter starts again at the first page.
/// </summary>
public sealed class PageTokens
{
    private readonly List<string> _shown = [string.Empty];

    /// <summary>The token to ask for the page shown (empty for the first).</summary>
    public string Current => _shown[^1];

    /// <summary>The next page's token, as the service last said; empty on the last page.</summary>
    public string Next { get; set; } = string.Empty;

    public int Number => _shown.Count;

    public bool HasPrevious => _shown.Count > 1;

    public bool HasNext => Next.Length > 0;

    public void Forward()
    {
        if (HasNext)
        {
            _shown.Add(Next);
        }
    }

    public void Back()
    {
        if (HasPrevious)
        {
            _shown.RemoveAt(_shown.Count - 1);
        }
    }

    public void Restart()
    {
        _shown.RemoveRange(1, _shown.Count - 1);
        Next = string.Empty;
    }
}
