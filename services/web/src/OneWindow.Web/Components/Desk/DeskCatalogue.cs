using OneWindow.PolicyLaw.V1;

namespace OneWindow.Web.Components.Desk;

/// <summary>The district's items as the desk searches and names them (the public guides), read once per circuit.</summary>
public sealed class DeskCatalogue(Catalogue.CatalogueClient catalogue)
{
    private IReadOnlyList<ServiceGuide>? _guides;

    public async Task<IReadOnlyList<ServiceGuide>> GuidesAsync() =>
        _guides ??= [.. (await catalogue.ListGuidesAsync(new ListGuidesRequest())).Guides];

    /// <summary>
    /// Items whose name or code holds the words typed; then those whose name holds the typed characters in order, as
    /// the short forms a window uses do (低保 for 最低生活保障年审).
    /// </summary>
    public async Task<IReadOnlyList<ServiceGuide>> SearchAsync(string words, int most)
    {
        var typed = words.Trim();
        if (typed.Length == 0)
        {
            return [];
        }

        var guides = await GuidesAsync();
        var holding = guides.Where(g => g.Name.Contains(typed, StringComparison.Ordinal) || g.Code.Contains(typed, StringComparison.OrdinalIgnoreCase));
        var shortForms = guides.Where(g => InOrder(typed, g.Name));
        return [.. holding.Concat(shortForms).Distinct().Take(most)];
    }

    private static bool InOrder(string typed, string name)
    {
        var at = 0;
        foreach (var character in typed)
        {
            at = name.IndexOf(character, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    public async Task<string> NameAsync(string code) => (await GuidesAsync()).FirstOrDefault(g => g.Code == code)?.Name ?? code;
}
