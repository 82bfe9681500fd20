namespace OneWindow.Web.SignIn;

/// <summary>The claims of the console's own cookie, beside the token's <c>sub</c>, <c>role</c> and <c>tenant</c>.</summary>
public static class ConsoleClaims
{
    /// <summary>The id of the server-side session holding the tokens (<see cref="SessionStore"/>).</summary>
    public const string Session = "console_session";
}
