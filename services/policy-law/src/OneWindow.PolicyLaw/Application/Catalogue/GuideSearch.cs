using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Catalogue;

/// <summary>
/// Finding guides by the words a resident types (老人, 高龄 残疾). Chinese has no spaces to cut words at, so a word is
/// whatever the resident typed between spaces, looked for as it stands in the guide's text: 老人 finds 高龄老人营养补贴 and
/// 残疾 finds every item whose materials ask for a 残疾人证. The catalogue is a district's, a few hundred guides at most,
/// already held whole in the cache: searched there, it costs no query and cannot disagree with the guides listed.
/// </summary>
public static class GuideSearch
{
    public const int MaxQueryLength = 50;

    private static readonly char[] Separators = [' ', '\u3000', ',', '，', '、', ';', '；'];

    public static IReadOnlyList<string> Words(string? query) =>
        string.IsNullOrWhiteSpace(query) ? [] : query.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool Contains(ServiceGuide guide, IReadOnlyList<string> words) =>
        words.All(word => TextOf(guide).Any(text => text.Contains(word, StringComparison.OrdinalIgnoreCase)));

    public static bool NameContains(ServiceGuide guide, IReadOnlyList<string> words) =>
        words.Count > 0 && words.All(word => guide.Name.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> TextOf(ServiceGuide guide)
    {
        yield return guide.Name;
        yield return guide.Category;
        foreach (var material in guide.Materials)
        {
            yield return material.Name;
            if (material.Condition is { } condition)
            {
                yield return condition;
            }
        }

        foreach (var step in guide.FlowSteps)
        {
            yield return step;
        }

        yield return guide.LegalBasis;
        if (guide.LocalNote is { } note)
        {
            yield return note;
        }
    }
}
