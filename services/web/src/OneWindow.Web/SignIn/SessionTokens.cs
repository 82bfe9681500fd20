namespace OneWindow.Web.SignIn;

/// <summary>
/// What the provider gave a signed-in browser: kept on the server (Redis, sealed with the data-protection keys), never
/// in the browser, whose cookie carries only the session's id.
/// </summary>
public sealed record SessionTokens(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt, string? IdToken);
