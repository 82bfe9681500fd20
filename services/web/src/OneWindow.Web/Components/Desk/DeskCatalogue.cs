using OneWindow.PolicyLaw.V1;

namespace OneWindow.Web.Components.Desk;

/// <summary>The district's items as the desk searches and names them (the public guides), read once per circuit.</summary>
public sealed class DeskCatalogue(Catalogue.CatalogueClient catalogue)
{
    private IReadOnlyList<ServiceGuide>? _guides;

    public async Task<IReadOnlyList<ServiceGuide>> GuidesAsync() =>
        _guides ??= [.. (await catalogue.ListGuidesAsync(new ListGuidesRequest())).Guides];

    /// <summary>Items whose name or code holds the words typed, by name.</summary>
    public async Task<IReadOnlyList<ServiceGuide>> SearchAsync(string words, int most)
    {
        var typed = words.Trim();
        return typed.Length == 0
            ? []
            : [.. (await GuidesAsync())
                .Where(g => g.Name.Contains(typed, StringComparison.Ordinal) || g.Code.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .Take(most)];
    }

    public async Task<string> NameAsync(string code) => (await GuidesAsync()).FirstOrDefault(g => g.Code == code)?.Name ?? code;
}
