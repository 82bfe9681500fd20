namespace OneWindow.Web.Http;

/// <summary>Where a "back to" parameter may send the browser: a path of this site, never another.</summary>
public static class LocalPath
{
    public static string OrHome(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
            ? path
            : "/";
}
