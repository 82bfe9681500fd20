using Microsoft.EntityFrameworkCore;

namespace OneWindow.Persistence;

public static class KeysetPaging
{
    /// <summary>
    /// Reads a page of a query already filtered past the token and ordered by (key, id). One row more than the page is
    /// read: whether it came says whether another page follows, without counting the list.
    /// </summary>
    public static async Task<KeysetPage<T>> ReadPageAsync<T>(this IQueryable<T> ordered, int size, Func<T, string> tokenAfter, CancellationToken cancellationToken)
    {
        var rows = await ordered.Take(size + 1).ToListAsync(cancellationToken);
        return rows.Count > size ? new KeysetPage<T>(rows[..size], tokenAfter(rows[size - 1])) : new KeysetPage<T>(rows, string.Empty);
    }
}
