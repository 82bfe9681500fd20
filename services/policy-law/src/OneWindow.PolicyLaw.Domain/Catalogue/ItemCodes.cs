namespace OneWindow.PolicyLaw.Domain.Catalogue;

public static class ItemCodes
{
    public static bool IsValid(string? code) =>
        code is { Length: >= 3 and <= 40 } && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && char.IsAsciiLetterLower(code[0]);
}
