using System.Text;

namespace OneWindow.Intake.Domain.Residents;

/// <summary>
/// A name as a resident types it for real-name binding (实名认证), against the register's: the same person's name
/// whatever the spaces and the width of the characters, and the middle dot of minority names (·, •, ・) as one; any
/// other difference is another name. Exact, because a near match would bind an account to somebody else's record.
/// </summary>
public static class RealName
{
    public static bool Matches(string registered, string given) =>
        string.Equals(Canonical(registered), Canonical(given), StringComparison.Ordinal);

    private static string Canonical(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC);
        var canonical = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            canonical.Append(c is '•' or '・' or '‧' or '∙' ? '·' : c);
        }

        return canonical.ToString();
    }
}
