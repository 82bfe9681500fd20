namespace OneWindow.Web.SignIn;

/// <summary>One poll of the device flow: the tokens, or still waiting, or refused for good.</summary>
public sealed record DevicePoll(SessionTokens? Tokens, bool Refused);
