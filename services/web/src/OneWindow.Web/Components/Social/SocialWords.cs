namespace OneWindow.Web.Components.Social;

/// <summary>How social work's ids read on a page: social-work keeps no names, so a household is its id's first eight characters.</summary>
public static class SocialWords
{
    public static string ShortId(string id) => id.Length > 8 ? id[..8] : id;
}
